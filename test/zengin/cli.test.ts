/**
 * `sonae zengin`: the command's decisions through runZengin, which takes employees and payroll lines
 * directly (the file reading in `command` is thin and goes through runPayrollFromFiles). Includes the
 * issue's check that the file's total equals the payroll sheet's total of 差引支給額.
 */
import { command, parseNetLines, parseZenginArgs, runZengin, ZenginRunInput } from "../../src/cli/commands/zengin";
import { parseZenginFile } from "../../src/zengin/parse";
import { UsageError } from "../../src/cli/usageError";
import type { BankDirectory } from "../../src/zengin/bankNames";
import { LINES, SENDER, STAFF } from "./fixtures";
import { employee } from "./support";

const base: ZenginRunInput = { employees: STAFF, lines: LINES, sender: { ...SENDER }, type: "11", payDate: "2026-11-25" };

test("the file's total equals the payroll sheet's total of 差引支給額", () => {
  const out = runZengin(base);
  expect(out.exitCode).toBe(0);
  const sheetTotal = LINES.reduce((t, l) => t + l.net, 0); // 251,234 + 198,765 + 305,000 + 187,650
  expect(sheetTotal).toBe(942_649);
  const parsed = parseZenginFile(out.bytes!);
  expect(parsed.problems).toEqual([]);
  const trailer = parsed.records.find((r) => r.kind === "trailer")!;
  expect(Number(trailer.fields.total)).toBe(sheetTotal);
  const data = parsed.records.filter((r) => r.kind === "data");
  expect(data.reduce((t, r) => t + Number(r.fields.amount), 0)).toBe(sheetTotal);
  // 4 employees, 102 split over two accounts → 5 transfers
  expect(Number(trailer.fields.count)).toBe(5);
  expect(out.stdout.at(-1)).toBe("給与振込（種別 11） 振込指定日 2026-11-25: 5件 合計 942,649円（差引支給額の合計 942,649円）");
});

test("the name changes are printed before → after", () => {
  const out = runZengin(base);
  expect(out.stdout).toContain("  1行目 社員番号 101 受取人名: ヤマダ タロウ → ﾔﾏﾀﾞ ﾀﾛｳ");
  expect(out.stdout).toContain("  依頼人名: ソナエショウジ（カ → ｿﾅｴｼﾖｳｼﾞ(ｶ");
});

test("an employee without an account is listed as 振込先なし with the amount; the file is made for the others", () => {
  const out = runZengin({ ...base, employees: [...STAFF.slice(0, 3), employee({ id: "104", name: "ジョン・スミス" })] });
  expect(out.exitCode).toBe(0);
  const trailer = parseZenginFile(out.bytes!).records.find((r) => r.kind === "trailer")!;
  // 251,234 + 198,765 + 305,000: everyone but 104 (187,650)
  expect(Number(trailer.fields.total)).toBe(754_999);
  expect(out.stderr).toContain("[注意] 5行目（社員番号 104） 振込金額「187,650」: 振込先なし: 口座が登録されていないため、このファイルには入れません（現金支給か別の振込で支払ってください）。");
  expect(out.stdout).toContain("振込先なし（このファイルに入れていません。現金支給か別の振込で支払ってください）: 1人 合計 187,650円");
  expect(out.stdout).toContain("  社員番号 104 ジョン・スミス 187,650円");
});

test("an employee whose master account was incomplete is 振込先なし with the master's reason", () => {
  const partial = employee({ id: "104", name: "ジョン・スミス", bankProblem: "支店コード（空欄）: 必須の項目「支店コード」が空欄です。" });
  const out = runZengin({ ...base, employees: [...STAFF.slice(0, 3), partial] });
  expect(out.exitCode).toBe(0);
  expect(out.stderr.find((l) => l.includes("社員番号 104"))).toBe(
    "[注意] 5行目（社員番号 104） 振込金額「187,650」: 振込先なし: 従業員マスタの振込先に不備があるため、このファイルには入れません（支店コード（空欄）: 必須の項目「支店コード」が空欄です。）。現金支給か別の振込で支払ってください。",
  );
});

test("a payroll error blocks the file (someone would be missing); a payroll warning does not", () => {
  const error = runZengin({ ...base, payrollProblems: [{ row: 5, column: "基本給", value: "abc", message: "数値ではありません。" }] });
  expect(error.exitCode).toBe(1);
  expect(error.stderr).toContain("[エラー] 給与計算 5行目 基本給 「abc」: 数値ではありません。");
  const warning = runZengin({ ...base, payrollProblems: [{ row: 0, column: "", value: "", message: "確認してください。", severity: "warning" }] });
  expect(warning.exitCode).toBe(0);
});

test("sender settings with an unknown key or a missing one are refused", () => {
  const out = runZengin({ ...base, sender: { ...SENDER, requesterCode: undefined, bankname: "ミズホ" } });
  expect(out.exitCode).toBe(1);
  expect(out.stderr.join("\n")).toContain("bankname");
  expect(out.stderr.join("\n")).toContain("requesterCode がありません");
});

test("with the bank table: names filled in the file, the table's date shown", () => {
  const dir: BankDirectory = {
    source: "zengin-code test",
    dataDate: "2026-08-24",
    banks: { "0005": { code: "0005", name: "三菱ＵＦＪ", kana: "ミツビシユ－エフジエイ", branches: { "001": { code: "001", name: "本店", kana: "ホンテン" } } } },
  };
  const out = runZengin({ ...base, directory: dir });
  expect(out.exitCode).toBe(0);
  expect(out.stdout[0]).toBe("銀行名・支店名: 全銀コード表（zengin-code test、2026-08-24 時点）");
  const first = parseZenginFile(out.bytes!).records[1];
  // ミツビシユ－エフジエイ: 11 characters + 2 voiced marks = 13 bytes, space-filled to 15
  expect(first.fields.bankName).toBe("ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ".padEnd(15, " "));
  expect(first.fields.branchName.trimEnd()).toBe("ﾎﾝﾃﾝ");
  // codes missing from this small table are warnings only
  expect(out.stderr.every((l) => l.startsWith("[注意]"))).toBe(true);
});

describe("arguments", () => {
  const required = ["--master", "m.csv", "--period", "2026-11", "--pay-date", "2026-11-25", "--sender", "s.json", "--out", "o.txt"];
  test("defaults: 種別 11, CRLF, no EOF", () => {
    expect(parseZenginArgs(required)).toEqual({
      args: { master: "m.csv", period: "2026-11", payDate: "2026-11-25", sender: "s.json", out: "o.txt", type: "11", lineBreak: "crlf", eof: false },
    });
  });
  test("options", () => {
    const r = parseZenginArgs([...required, "--type", "21", "--no-crlf", "--eof", "--variables", "v.csv"]);
    expect(r).toEqual({ args: expect.objectContaining({ type: "21", lineBreak: "none", eof: true, variables: "v.csv" }) });
  });
  test.each([
    ["missing --out", required.slice(0, 8), "--out を指定してください。"],
    ["bad type", [...required, "--type", "13"], "--type「13」は 11・12・21 のいずれかで指定してください。"],
    ["bad period", [...required.slice(0, 3), "2026/11", ...required.slice(4)], "--period「2026/11」は YYYY-MM で指定してください。"],
    ["unknown flag", [...required, "--fast"], "不明な引数: --fast"],
    ["bonus without its results", [...required, "--type", "12"], expect.stringContaining("--lines")],
  ])("%s", (_id, argv, error) => {
    expect(parseZenginArgs(argv)).toEqual({ error });
  });

  test("the command answers a usage error (exit code 2 in main) before reading any file", async () => {
    await expect(command(["--type", "13"])).rejects.toThrow(UsageError);
    await expect(command(["--type", "13"])).rejects.toThrow("--master を指定してください。");
  });
});

test("--lines: JSON lines as `sonae payroll` prints them", () => {
  const r = parseNetLines('{"employeeId":"101","net":400000,"gross":500000}\n\n{"employeeId":"102","net":350500}\nnot json\n');
  expect(r.lines).toEqual([
    { employeeId: "101", net: 400_000 },
    { employeeId: "102", net: 350_500 },
  ]);
  expect(r.errors).toEqual(['--lines 4行目: {"employeeId": "…", "net": 数値} の JSON ではありません。']);
});

describe("one row numbering: the master file's rows", () => {
  // The master file: header on row 1, 101–104 on rows 2–5, a rejected row 6 (社員番号 105), then 106 on row 7.
  const masterRows = new Map([["101", 2], ["102", 3], ["103", 4], ["104", 5], ["105", 6], ["106", 7]]);

  test("a problem names the employee's master row, not the transfer list's (102 is split into two transfers)", () => {
    const noAccount = employee({ id: "106", name: "ジョン・スミス" });
    const out = runZengin({ ...base, employees: [...STAFF, noAccount], lines: [...LINES, { ...LINES[0], employeeId: "106", net: 1 }], masterRows });
    // In the transfer list 106 is the 6th row (101, 102 ×2, 103, 104, 106); in the master it is row 7.
    expect(out.stderr.some((l) => l.startsWith("[注意] 7行目（社員番号 106） 振込金額「1」: 振込先なし"))).toBe(true);
    expect(out.stderr.some((l) => l.startsWith("[注意] 6行目"))).toBe(false);
    expect(out.stdout).toContain("  7行目 社員番号 106 ジョン・スミス 1円");
  });

  test("a --lines employee whose master row was rejected says so, with that row, instead of 'not in the master'", () => {
    const out = runZengin({ ...base, lines: [...LINES, { employeeId: "105", net: 200_000 }], masterRows, rejectedMasterRows: new Set([6]) });
    expect(out.exitCode).toBe(1);
    const line = out.stderr.find((l) => l.includes("社員番号 105"))!;
    expect(line).toContain("[エラー] 6行目");
    expect(line).toContain("従業員マスタでエラーのため除外");
    expect(line).not.toContain("従業員マスタにありません");
  });

  test("an id that is in no row of the master is still 'not in the master'", () => {
    const out = runZengin({ ...base, lines: [...LINES, { employeeId: "999", net: 1_000 }], masterRows, rejectedMasterRows: new Set([6]) });
    expect(out.stderr.join("\n")).toContain("給与計算結果の社員番号が従業員マスタにありません。");
  });
});
