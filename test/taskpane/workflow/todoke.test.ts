/**
 * 「届書を作る」 as the pane runs it (workflow/todoke/*), on the hand-made year of test/fixtures/todoke-year:
 * the SHFD0006.CSV is the command's for the same files and 作成年月日, byte for byte, and its figures are the
 * public samples' (nenkin-csv-samples.yaml) and the hand arithmetic written out below.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { decodeSjis, parseOffice } from "../../../src/todoke";
import { geppenCandidates } from "../../../src/jobs/todoke/geppenCandidates";
import { checkOfficeForm, emptyOfficeForm, officeFormFromJson, officeJsonText } from "../../../src/taskpane/workflow/todoke/officeForm";
import { describeMonths, resultsFileSummary } from "../../../src/taskpane/workflow/todoke/resultsFiles";
import { checkParams, readMasterFile, readResultsFile, resultsInputs, runTodoke, TodokeParams } from "../../../src/taskpane/workflow/todoke/todokeRun";
import { blockedReason, todokeView } from "../../../src/taskpane/workflow/todoke/todokeScreen";
import { samples } from "../../todoke/samples";
import { runInProcess } from "../../cli/support";

const FIX = path.resolve(__dirname, "../../fixtures/todoke-year");
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), "sonae-pane-todoke-"));
const picked = (name: string) => ({ name, bytes: new Uint8Array(fs.readFileSync(path.join(FIX, name))) });

/** The pane's run: the files as picked, OFFICE.json through the form, the dates as typed. */
async function paneRun(o: { master: string; results: string[]; office: string; params: Partial<TodokeParams>; employees?: string[] }) {
  const masterFile = picked(o.master);
  const master = await readMasterFile(masterFile);
  const results = await Promise.all(o.results.map((r) => readResultsFile(picked(r), master)));
  const form = officeFormFromJson(fs.readFileSync(path.join(FIX, o.office), "utf8")).form!;
  const office = checkOfficeForm(form).office!;
  const params: TodokeParams = { procedure: "santei", yearText: "2026", payDateText: "", createdText: "2026-07-01", ...o.params };
  const checked = checkParams(params);
  const outcome = runTodoke({ masterFile: masterFile.name, master, results, office, params, checked, employees: o.employees });
  const candidates = params.procedure === "geppen" ? geppenCandidates({ master, results: resultsInputs(results) }) : undefined;
  return { master, results, outcome, view: todokeView({ params, year: checked.year, created: checked.created, outcome, candidates, confirmed: o.employees ?? [], masterFile: masterFile.name }) };
}

async function cliFile(procedure: string, args: string[]): Promise<Buffer> {
  const out = path.join(TMP, procedure, "SHFD0006.CSV");
  const run = await runInProcess(["todoke", procedure, ...args, "--out", out]);
  expect(run.code).toBe(0);
  return fs.readFileSync(out);
}

describe("算定基礎届", () => {
  const files = ["vendor-2026-05-06.csv", "vendor-2026-04.csv"];
  let pane: Awaited<ReturnType<typeof paneRun>>;
  beforeAll(async () => {
    pane = await paneRun({ master: "master.csv", results: files, office: "office.json", params: { yearText: "令和8年" } });
  });

  test("the same bytes as `sonae todoke santei` for the same files, year and --date", async () => {
    const cli = await cliFile("santei", ["--master", path.join(FIX, "master.csv"), "--results", ...files.map((f) => path.join(FIX, f)), "--office", path.join(FIX, "office.json"), "--year", "2026", "--date", "2026-07-01"]);
    expect(pane.view.downloads.map((d) => d.fileName)).toEqual(["SHFD0006.CSV"]);
    expect(Buffer.from(pane.view.downloads[0].bytes).equals(cli)).toBe(true);
  });

  test("the frame of the public sample: FD管理 21,14,ｸﾄﾜ,005,20260701,22223 and the sample 事業所 line", () => {
    const lines = decodeSjis(pane.view.downloads[0].bytes).split("\r\n");
    expect(lines.slice(0, 5)).toEqual(["21,14,ｸﾄﾜ,005,20260701,22223", "[kanri]", ",001", samples.company.line, "[data]"]);
  });

  test("吉田 太郎: 平均 611,721 (= (556,110 + 667,332) ÷ 2, April's 3 days left out) → 健保 620,000円 27級→34級, 厚年 620,000円", () => {
    const yoshida = pane.view.santei.find((p) => p.id === "T001")!;
    // 健保: 605,000 ≦ 611,721 < 635,000 is 34級 620,000; 従前 410,000 is 27級. 厚年: 従前 200,000 is 14級, 620,000 is 31級.
    expect(yoshida.health).toBe("620,000円・27級→34級（7等級上がる）");
    expect(yoshida.pension).toBe("620,000円・14級→31級（17等級上がる）");
    const detail = Object.fromEntries(yoshida.details);
    expect(detail["⑭総計"]).toBe((556_110 + 667_332).toLocaleString("ja-JP"));
    expect(detail["⑮平均額"]).toBe("611,721");
    expect(detail["4月 算定に入れる"]).toBe("×");
  });

  test("見本 三郎 (入社 2026-06-10) is left out with the reason and his master row", () => {
    expect(pane.view.leftOut).toEqual([expect.objectContaining({ row: 4, employeeId: "T003", reason: expect.stringContaining("6月1日以降の資格取得") })]);
  });

  test("the picker lists each file's months by 支給日 and its rows", () => {
    expect(pane.results.map((r) => resultsFileSummary(r.imported))).toEqual([
      { rows: 5, rejected: 0, months: "2026年5月〜6月", bonuses: 1 },
      { rows: 2, rejected: 0, months: "2026年4月", bonuses: 0 },
    ]);
  });

  test("the worksheet is the command's --xlsx plan: 算定基礎届 and 対象外, named for the year", () => {
    expect(pane.view.worksheet!.fileName).toBe("算定基礎届_2026.xlsx");
    expect(pane.view.worksheet!.plan.sheets.map((s) => s.name)).toEqual(["算定基礎届", "対象外"]);
    expect(pane.view.worksheet!.plan.employees).toHaveLength(2);
  });
});

test("the same payment in two files: both files and rows named, and no file to download", async () => {
  const pane = await paneRun({ master: "master.csv", results: ["vendor-2026-05-06.csv", "vendor-2026-04.csv", "duplicate-may.csv"], office: "office.json", params: {} });
  expect(pane.view.downloads).toEqual([]);
  expect(pane.view.noFile).toContain("エラーがあるため");
  const dup = pane.view.problems.filter((p) => p.message.includes("両方にあります"));
  expect(dup[0]).toMatchObject({ file: "duplicate-may.csv", row: 2, column: "社員番号", value: "T001", severity: "error" });
  expect(dup[0].message).toContain("「vendor-2026-05-06.csv」5行目と「duplicate-may.csv」2行目の両方にあります");
});

test("賞与支払届: 500,500 paid on 2026-06-30 → 合計 500,000 (1,000円未満切捨て), the command's bytes", async () => {
  const pane = await paneRun({ master: "master.csv", results: ["vendor-2026-05-06.csv"], office: "office.json", params: { procedure: "shoyo", payDateText: "令和8年6月30日" } });
  const cli = await cliFile("shoyo", ["--master", path.join(FIX, "master.csv"), "--results", path.join(FIX, "vendor-2026-05-06.csv"), "--office", path.join(FIX, "office.json"), "--pay-date", "2026-06-30", "--date", "2026-07-01"]);
  expect(Buffer.from(pane.view.downloads[0].bytes).equals(cli)).toBe(true);
  const record = decodeSjis(pane.view.downloads[0].bytes).split("\r\n")[5].split(",");
  expect(record.slice(9, 14)).toEqual(["9", "080630", "500500", "0", "500000"]);
});

describe("月額変更届", () => {
  const args = ["--master", path.join(FIX, "geppen-master.csv"), "--results", path.join(FIX, "geppen-2019.csv"), "--office", path.join(FIX, "office-kema.json"), "--date", "2019-12-01"];
  const run = (employees?: string[]) => paneRun({ master: "geppen-master.csv", results: ["geppen-2019.csv"], office: "office-kema.json", params: { procedure: "geppen", createdText: "2019-12-01" }, employees });

  test("the candidate of the public sample: 260,000 → 300,000 from 2019年9月, 12月から 健保 20級→22級", async () => {
    const { master, results } = await run([]);
    const { candidates } = geppenCandidates({ master, results: resultsInputs(results) });
    // 9月〜11月 300,000 each: 平均 300,000 is 健保 22級 (290,000 ≦ … < 310,000), 厚年 19級; 従前 260,000 is 20級 / 17級.
    expect(candidates.map((c) => [c.employeeId, c.average, c.previous.health.grade, c.revised.health.grade, c.previous.pension.grade, c.revised.pension.grade])).toEqual([["K017", 300_000, 20, 22, 17, 19]]);
  });

  test("nobody confirmed yet: no file and no error, the clerk is asked to choose", async () => {
    const { view } = await run([]);
    expect(view.downloads).toEqual([]);
    expect(view.problems).toEqual([]);
    expect(view.candidates.map((c) => c.id)).toEqual(["K017"]);
    expect(view.noFile).toBe("月額変更届に書く人を、上の対象者から選んでください。");
    expect(view.worksheet).toBeUndefined();
  });

  test("K017 confirmed: the public sample line field by field, and the command's bytes", async () => {
    const { view } = await run(["K017"]);
    expect(view.worksheet!.fileName).toBe("月額変更届_2019-12-01.xlsx");
    expect(Buffer.from(view.downloads[0].bytes).equals(await cliFile("geppen", args))).toBe(true);
    const expected = samples.geppen_2221700.line.split(",");
    expected[45] = "固定的賃金の変動（昇給）"; // 46 理由: Sonae's own words (the sample's clerk wrote 「基本給の変更」)
    const actual = decodeSjis(view.downloads[0].bytes).split("\r\n")[5].split(",");
    actual.forEach((value, i) => expect(`${i + 1}: ${value}`).toBe(`${i + 1}: ${expected[i]}`));
  });
});

describe("the office form", () => {
  test("templates/office.json read into the form: 東京都 becomes 都道府県コード 21 (日本年金機構's list), saved back with the same fields", () => {
    const text = fs.readFileSync(path.resolve(__dirname, "../../../templates/office.json"), "utf8");
    const { form, problems } = officeFormFromJson(text);
    expect(problems).toEqual([]);
    expect(checkOfficeForm(form!).office).toEqual(parseOffice(text).office);
    expect(checkOfficeForm(form!).office!.prefectureCode).toBe("21");
    expect(JSON.parse(officeJsonText(form!))).toEqual(JSON.parse(text));
  });

  test("an unknown key is an error as in the command, the 年度更新's keys pass and are saved back; a blank form names each required field", () => {
    const file = JSON.parse(fs.readFileSync(path.join(FIX, "office.json"), "utf8"));
    const typo = officeFormFromJson(JSON.stringify({ ...file, fax: "03-0000-0000" }));
    expect(checkOfficeForm(typo.form!, typo.extra).problems).toEqual([expect.objectContaining({ field: "fax（不明な項目）", value: "03-0000-0000", severity: "error" })]);
    const shared = officeFormFromJson(JSON.stringify({ ...file, laborInsuranceNumber: "13101123456000" }));
    expect(checkOfficeForm(shared.form!, shared.extra).office).toEqual(parseOffice(file).office);
    expect(JSON.parse(officeJsonText(shared.form!, shared.extra))).toEqual({ ...file, laborInsuranceNumber: "13101123456000" });
    expect(checkOfficeForm(emptyOfficeForm()).problems.map((p) => p.field)).toContain("officeSymbol（事業所記号）");
  });
});

test("months as runs by 支給日, the year written when it changes", () => {
  expect(describeMonths(["2026-06", "2026-04", "2026-05", "2026-12", "2026-05"])).toBe("2026年4月〜6月・12月");
  expect(describeMonths(["2025-12", "2026-01", "2026-02"])).toBe("2025年12月〜2026年2月");
});

test("what is missing is said one thing at a time: the master, the results, the office, the dates", () => {
  const office = { problems: [] };
  const checked = { errors: {} };
  const master = { file: { name: "m.csv", bytes: new Uint8Array() }, result: { employees: [{}] } };
  expect(blockedReason({ results: [], office, checked })).toContain("従業員マスタ");
  expect(blockedReason({ master, results: [], office, checked })).toContain("結果のファイル");
  expect(blockedReason({ master, results: [{}], office, checked })).toContain("事業所の設定");
  expect(checkParams({ procedure: "santei", yearText: "2O26", payDateText: "", createdText: "2026-07-01" }).errors.year).toContain("算定の年");
});
