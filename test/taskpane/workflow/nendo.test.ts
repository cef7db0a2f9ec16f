/**
 * 「年度更新（労働保険）」 as the pane runs it (workflow/nendo/*), on the hand-worked 令和7年度 of
 * test/cli/nendo.test.ts (test/jobs/nendo/handWorkedYear.ts writes its files): the figures, the JSON and the
 * .xlsx are the command's for the same files, and the figures are the hand arithmetic written out there.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { listZip, readZipEntry } from "../../../src/import/zip";
import { planToXlsx } from "../../../src/workbook/xlsx/writer";
import { writeWorkbook } from "../../../src/workbook/excel/writer";
import { createFakeExcel } from "../../support/fakeExcel";
import { sjis, utf8 } from "../../import/helpers";
import { checkNendoOfficeForm, emptyNendoOfficeForm, nendoOfficeFormFromFile, nendoOfficeFormFromJson, nendoOfficeJsonText } from "../../../src/taskpane/workflow/nendo/nendoOfficeForm";
import { checkNendoParams, defaultNendoYear, initialNendoParams, type NendoParams } from "../../../src/taskpane/workflow/nendo/nendoParams";
import { nendoBlockedReason, readNendoMaster, readNendoResults, runNendo } from "../../../src/taskpane/workflow/nendo/nendoRun";
import { nendoView, type NendoView } from "../../../src/taskpane/workflow/nendo/nendoView";
import { runInProcess } from "../../cli/support";
import { writeHandWorkedYear } from "../../jobs/nendo/handWorkedYear";

const TMP = fs.mkdtempSync(path.join(os.tmpdir(), "sonae-pane-nendo-"));
const FILES = writeHandWorkedYear(TMP);
const picked = (file: string) => ({ name: path.basename(file), bytes: new Uint8Array(fs.readFileSync(file)) });

/** The pane's run: the files as picked, OFFICE.json through the form, the inputs as typed. */
async function paneRun(o: { master: string; results: string[]; params?: Partial<NendoParams> }): Promise<NendoView> {
  const master = await readNendoMaster(picked(o.master));
  const results = await Promise.all(o.results.map((r) => readNendoResults(picked(r))));
  const read = nendoOfficeFormFromJson(fs.readFileSync(FILES.office, "utf8"));
  const office = checkNendoOfficeForm(read.form!, read.extra).office!;
  const checked = checkNendoParams({ ...initialNendoParams(2025), ...o.params });
  expect(nendoBlockedReason({ master: { name: path.basename(o.master), result: master }, results: results.map((r) => ({ read: r })), office, checked })).toBeUndefined();
  const outcome = runNendo({ masterFile: path.basename(o.master), master, results, office, checked });
  return nendoView({ outcome, office, year: checked.year!, employees: master.employees });
}

const figure = (v: NendoView, heading: RegExp, label: string) => v.sections.find((s) => heading.test(s.heading))?.lines.find((l) => l.label === label)?.value;

async function cli(args: string[]) {
  const run = await runInProcess(["nendo", "--office", FILES.office, "--year", "2025", ...args]);
  expect(run.code).toBe(0);
  return run;
}

async function sheetXml(bytes: Uint8Array): Promise<string[]> {
  const entries = listZip(bytes);
  const names = [...entries.keys()].filter((n) => /^xl\/(worksheets\/sheet\d+|sharedStrings|workbook)\.xml$/.test(n)).sort();
  return Promise.all(names.map(async (n) => `${n}\n${new TextDecoder().decode(await readZipEntry(bytes, entries.get(n)!))}`));
}

describe("令和7年度, the two halves of the year in the wrong order", () => {
  let view: NendoView;
  beforeAll(async () => {
    view = await paneRun({ master: FILES.master, results: [FILES.results[1], FILES.results[0]] });
  });

  test("the 申告書's figures are the hand calculation", () => {
    expect(figure(view, /^労働者数$/, "④常時使用労働者数")).toBe("4 人");
    expect(figure(view, /^労働者数$/, "⑤雇用保険被保険者数")).toBe("2 人");
    expect(figure(view, /^確定保険料算定内訳（令和7年度）/, "⑧算定基礎額 （ロ）労災保険分")).toBe("16,229 千円");
    expect(figure(view, /^確定/, "⑨保険料率 （ロ）労災保険分")).toBe("3/1000");
    expect(figure(view, /^確定/, "⑩確定保険料額 （ロ）労災保険分")).toBe("48,687 円");
    expect(figure(view, /^確定/, "⑧算定基礎額 （ホ）雇用保険分")).toBe("12,763 千円");
    expect(figure(view, /^確定/, "⑨保険料率 （ホ）雇用保険分")).toBe("14.5/1000");
    expect(figure(view, /^確定/, "⑩確定保険料額 （ホ）雇用保険分")).toBe("185,063 円");
    expect(figure(view, /^確定/, "⑩確定保険料額（イ）労働保険料（労災保険分＋雇用保険分）")).toBe("233,750 円");
    expect(figure(view, /^確定/, "⑩一般拠出金額（ヘ）")).toBe("324 円");
    expect(figure(view, /^概算保険料算定内訳（令和8年度）/, "⑭概算保険料額（イ）労働保険料")).toBe("220,987 円");
    expect(figure(view, /^概算/, "延納")).toBe("なし（一括で納付）");
    // Without last year's 概算 the 差引額 is not made up: said, in the pane's words.
    expect(figure(view, /^申告済概算保険料額と差引額$/, "⑱申告済概算保険料額")).toBe("指定なし（前年度の申告書の概算保険料額を「申告済概算保険料額」の欄か declaredEstimate に）");
  });

  test("the 集計表: 4月 has 5 workers for 労災 (1,328,888円) and 3 insured (1,040,000円); the totals and bases", () => {
    // 4月: 0001 310,000 + 0006 280,000 + 0002 450,000 + 0007 200,000 + 0004 88,888; 雇用 0001, 0006, 0002.
    expect(view.table[0]).toEqual({ label: "4月", rosai: { wages: "1,328,888円", count: "5人" }, koyo: { wages: "1,040,000円", count: "3人" } });
    expect(view.table.map((r) => r.label)).toEqual(["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月", "賞与（7月）", "賞与（12月）"]);
    expect(view.totals).toEqual([
      { label: "合計", rosai: { wages: "16,229,956円" }, koyo: { wages: "12,763,300円" } },
      { label: "算定基礎額（千円未満切捨て）", rosai: { wages: "16,229,000円" }, koyo: { wages: "12,763,000円" } },
    ]);
  });

  test("the only problem is the note on the 兼務役員, naming the master and its column", () => {
    expect(view.problems.map((p) => [p.severity, p.file, p.column, p.value])).toEqual([["warning", "master.csv", "役員", "兼務"]]);
    expect(view.notes).toEqual([]);
  });

  test("the JSON is the command's --json line, byte for byte", async () => {
    const run = await cli(["--master", FILES.master, "--results", ...FILES.results, "--json"]);
    expect(view.json!.fileName).toBe("年度更新_2025.json");
    expect(view.json!.bytes).toBe(run.stdout);
  }, 60_000);

  test("the .xlsx is the command's --xlsx: the same sheets, cells and strings", async () => {
    const out = path.join(TMP, "cli", "nendo.xlsx");
    await cli(["--master", FILES.master, "--results", ...FILES.results, "--xlsx", out]);
    expect(view.workbook!.fileName).toBe("年度更新_2025.xlsx");
    const pane = await planToXlsx(view.workbook!.plan, { valuesOnly: false });
    expect(await sheetXml(pane)).toEqual(await sheetXml(new Uint8Array(fs.readFileSync(out))));
  }, 60_000);

  test("in Excel the same plan becomes the two sheets of the open workbook, the 集計表's totals as SUM formulas", async () => {
    const fake = createFakeExcel();
    const report = await writeWorkbook(view.workbook!.plan, { host: fake.host, confirmOverwrite: async () => "cancel" });
    expect(report.written).toEqual(["申告書に転記", "算定基礎賃金集計表"]);
    const declaration = fake.workbook.sheet("申告書に転記")!;
    const amounts = [...Array(40).keys()].map((r) => declaration.cell(`B${r + 1}`).value);
    for (const v of [16_229, 48_687, 12_763, 185_063, 233_750, 324, 220_987]) expect(amounts).toContain(v);
    // 労災 16,229,956 and 雇用 12,763,300 are the sums of rows 7 (4月) to 20 (賞与（12月）).
    const table = fake.workbook.sheet("算定基礎賃金集計表")!;
    expect([table.cell("I21").formula, table.cell("O21").formula]).toEqual(["=SUM(I7:I20)", "=SUM(O7:O20)"]);
  });
});

test("延納: 概算 541,480 in three, the remainder in the first (180,494 / 180,493 / 180,493)", async () => {
  const view = await paneRun({ master: FILES.big.master, results: [FILES.big.results] });
  expect(figure(view, /^確定/, "⑩確定保険料額（イ）労働保険料（労災保険分＋雇用保険分）")).toBe("574,297 円");
  expect(figure(view, /^確定/, "⑩一般拠出金額（ヘ）")).toBe("656 円");
  expect(figure(view, /^概算/, "⑭概算保険料額（イ）労働保険料")).toBe("541,480 円");
  expect([1, 2, 3].map((n) => figure(view, /^概算/, `延納 第${n}期`))).toEqual(["180,494 円", "180,493 円", "180,493 円"]);
});

test("a missing month is an error naming the master's row and the months, and there is no workbook or JSON", async () => {
  // Only the first half: 0001 has no 給与 for 2025-10〜2026-03 (and the others likewise).
  const view = await paneRun({ master: FILES.master, results: [FILES.results[0]] });
  const missing = view.problems.find((p) => p.column === "対象年月" && p.message.startsWith("社員番号 0001:"))!;
  expect(missing).toMatchObject({ severity: "error", file: "master.csv", row: 2, value: "2025-10〜2026-03" });
  expect(missing.message).toBe("社員番号 0001: 2025年10月〜2026年3月分（賃金締切日 2025-10-31〜2026-03-31）の給与の結果がありません（6か月）。その月の結果のファイルを「給与計算の結果のファイル」に加えてください（支払いがなかった月は総支給額 0 の行に）。");
  expect(view.workbook).toBeUndefined();
  expect(view.json).toBeUndefined();
  expect(view.noFile).toContain("結果のない月");
  expect(view.notes[0]).toContain("一部の賃金だけの額");
});

test("the 見込額 outside 50〜200% is used for the 概算, as --estimate-koyo is", async () => {
  // 雇用 見込 30,000,000 > 200% of 12,763,300 → 30,000,000 × 13.5/1000 = 405,000; 労災 this year's 48,687 → 453,687 ≥ 400,000:
  // 延納 453,687 = 3 × 151,229: 151,229 each.
  const view = await paneRun({ master: FILES.master, results: FILES.results, params: { estimateKoyoText: "30,000,000円" } });
  expect(figure(view, /^概算/, "⑫算定基礎額の見込額 （ホ）雇用保険分")).toBe("30,000 千円");
  expect(figure(view, /^概算/, "⑭概算保険料額（イ）労働保険料")).toBe("453,687 円");
  expect([1, 2, 3].map((n) => figure(view, /^概算/, `延納 第${n}期`))).toEqual(["151,229 円", "151,229 円", "151,229 円"]);
});

test("申告済概算保険料額 200,000, as --declared-estimate: the same JSON as the command; 不足 33,750, pays 255,061 at once", async () => {
  // 不足 233,750 − 200,000 = 33,750; 一括 220,987 + 33,750 + 324 = 255,061 (test/cli/nendo.test.ts).
  const view = await paneRun({ master: FILES.master, results: FILES.results, params: { declaredEstimateText: "200,000" } });
  expect(figure(view, /^申告済概算/, "⑱申告済概算保険料額")).toBe("200,000 円");
  expect(figure(view, /^申告済概算/, "⑳差引額（ハ）不足額")).toBe("33,750 円");
  expect(figure(view, /^期別納付額$/, "一括 今期納付額")).toBe("255,061 円");
  const run = await cli(["--master", FILES.master, "--results", ...FILES.results, "--json", "--declared-estimate", "200000"]);
  expect(view.json!.bytes).toBe(run.stdout);
}, 60_000);

describe("the inputs", () => {
  test("the default 保険年度 is the one that ended on the last 31 March", () => {
    expect(defaultNendoYear(2026, 6)).toBe(2025);
    expect(defaultNendoYear(2026, 4)).toBe(2025);
    expect(defaultNendoYear(2026, 3)).toBe(2024);
    expect(defaultNendoYear(2027, 1)).toBe(2025);
  });

  test("the year in 西暦 or as the 申告書 names it; the 締め日 and 見込額 as the command's options", () => {
    expect(checkNendoParams({ ...initialNendoParams(2025), yearText: "令和7年度" }).year).toBe(2025);
    expect(checkNendoParams({ ...initialNendoParams(2025), closingDayText: "２０" }).closingDay).toBe(20);
    const bad = checkNendoParams({ yearText: "7", closingDayText: "32", estimateRosaiText: "多め", estimateKoyoText: "", declaredEstimateText: "" });
    expect(bad.errors.closingDayText).toBe("締め日「32」は 1〜31 の整数で入れてください（末日は 31）。");
    expect(bad.errors.estimateRosaiText).toBe("労災保険の見込額「多め」は円の整数で入れてください（例 16,500,000）。");
    expect(bad.errors.yearText).toContain("7");
    expect(bad.estimate).toEqual({});
  });

  test("the office form: checked as --office, saved with the 届書's keys kept", () => {
    const form = { ...emptyNendoOfficeForm(), rosaiRatePermille: "3", rosaiBusinessType: "94" };
    expect(checkNendoOfficeForm(form).office).toEqual({ rosaiRatePermille: 3, rosaiBusinessType: "94" });
    const read = nendoOfficeFormFromJson(JSON.stringify({ prefectureCode: "東京都", rosaiRatePermille: 3, rosaiBusinessType: "94" }));
    expect(read.form!.rosaiRatePermille).toBe("3");
    expect(JSON.parse(nendoOfficeJsonText(read.form!, read.extra))).toEqual({ prefectureCode: "東京都", rosaiRatePermille: 3, rosaiBusinessType: "94" });
    const wrong = checkNendoOfficeForm({ ...form, rosaiRatePermille: "三" });
    expect(wrong.office).toBeUndefined();
    expect(wrong.problems.map((p) => [p.column, p.value])).toEqual([["rosaiRatePermille（労災保険率）", "三"]]);
  });

  test("OFFICE.json saved by メモ帳 in Shift_JIS reads as in UTF-8; a broken one says the line and column", () => {
    const text = JSON.stringify({ name: "ソナエ商事株式会社", rosaiRatePermille: 3, rosaiBusinessType: "94" });
    const read = nendoOfficeFormFromFile(sjis(text));
    expect(read.form!.name).toBe("ソナエ商事株式会社");
    expect(read.form!.rosaiRatePermille).toBe("3");
    expect(() => nendoOfficeFormFromFile(utf8('{\n  "rosaiRatePermille"： 3\n}'))).toThrow(/2行目/);
  });

  test("what is missing is said, one thing at a time", () => {
    const checked = checkNendoParams(initialNendoParams(2025));
    expect(nendoBlockedReason({ results: [], checked })).toBe("従業員マスタのファイルを選んでください。");
  });
});
