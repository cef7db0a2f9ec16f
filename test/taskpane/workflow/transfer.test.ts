import { importMasterFile } from "../../../src/import";
import type { Employee } from "../../../src/calc/payroll/employee";
import { defaultPayrollSettings } from "../../../src/calc/payroll/settings";
import { parseZenginFile } from "../../../src/zengin/parse";
import {
  amountSourceProblem, amountsFromSheet, checkTransferDate, defaultTransferForm, EMPTY_SENDER, prepareTransfer, readSender, restoreTransferForm, SenderForm,
  storedTransfer, TransferForm, transferFileName,
} from "../../../src/taskpane/workflow/transfer";
import { computeNetPay } from "../../../src/taskpane/workflow/payrollNet";
import { MASTER_LINES, masterCsvBytes, VALID_IDS } from "../fixtures";

const SENDER: SenderForm = { ...EMPTY_SENDER, requesterCode: "1234567890", requesterName: "カブシキガイシャ サンプル", bankCode: "0005", branchCode: "001", accountType: "1", accountNumber: "7777777" };
const FORM: TransferForm = defaultTransferForm("2026-04-24", SENDER);

let employees: Employee[];
beforeAll(async () => {
  employees = (await importMasterFile(masterCsvBytes(), "master.csv")).employees;
  expect(employees.map((e) => e.id)).toEqual(VALID_IDS);
});

describe("振込指定日: a bank holiday (銀行法第15条第1項, 同施行令第5条第1項) is warned about with the previous business day", () => {
  // Dates: 内閣府「国民の祝日について」(令和8年・令和9年), https://www8.cao.go.jp/chosei/shukujitsu/gaiyou.html
  const cases: { id: string; date: string; kind: string; reason?: RegExp; proposed?: string }[] = [
    { id: "friday", date: "2026-04-24", kind: "ok" },
    { id: "saturday", date: "2026-04-25", kind: "holiday", reason: /土曜日/, proposed: "2026-04-24" },
    { id: "sunday", date: "2026-04-26", kind: "holiday", reason: /日曜日/, proposed: "2026-04-24" },
    { id: "furikae-2026-05-06", date: "2026-05-06", kind: "holiday", reason: /休日/, proposed: "2026-05-01" },
    { id: "seijin-2027-01-11", date: "2027-01-11", kind: "holiday", reason: /成人の日/, proposed: "2027-01-08" },
    { id: "year-end-12-31", date: "2026-12-31", kind: "holiday", reason: /年末年始/, proposed: "2026-12-30" },
    { id: "new-year-01-04", date: "2027-01-04", kind: "ok" },
    { id: "typed-slashes", date: "2026/4/24", kind: "ok" },
    { id: "not-a-date", date: "2026-02-30", kind: "invalid" },
    { id: "blank", date: "", kind: "invalid" },
  ];
  test.each(cases)("$id: $date → $kind $proposed", ({ date, kind, reason, proposed }) => {
    const r = checkTransferDate(date);
    expect(r.kind).toBe(kind);
    if (r.kind === "holiday") {
      expect(r.message).toMatch(reason!);
      expect(r.proposed).toBe(proposed);
    }
    if (r.kind === "invalid") expect(r.message).toMatch(/^振込指定日「.*」は使えません。/);
  });
  test("the table has cases", () => expect(cases.length).toBeGreaterThan(0));
});

describe("依頼人 typed in the pane", () => {
  test("complete: read as the builder needs it, codes keep their zeros, full-width digits folded", () => {
    expect(readSender({ ...SENDER, bankCode: "０００５" })).toEqual({ sender: { ...SENDER, bankCode: "0005", bankName: undefined, branchName: undefined }, problems: [] });
  });
  test("a blank required field is named by its label", () => {
    const r = readSender({ ...SENDER, requesterCode: "" });
    expect(r.sender).toBeUndefined();
    expect(r.problems).toEqual([expect.objectContaining({ field: "依頼人コード", message: "依頼人コードを入力してください。", severity: "error" })]);
  });
});

describe("the file from the net pay", () => {
  test("one data record per employee; the file's total is the sum of 差引支給額; names changed are listed", () => {
    const settings = defaultPayrollSettings("2026-04", { payDate: "2026-04-24" });
    const net = computeNetPay({ employees, settings });
    expect(net.items).toHaveLength(3);
    const o = prepareTransfer({ form: FORM, items: net.items });
    expect(o.result.problems.filter((p) => p.severity === "error")).toEqual([]);
    const sum = net.items[0].net + net.items[1].net + net.items[2].net;
    expect(o.result.total).toBe(sum);
    expect(o.summary).toBe(`振込件数 3件　合計 ${sum.toLocaleString("en-US")}円`);
    const parsed = parseZenginFile(o.result.bytes);
    expect(parsed.problems).toEqual([]);
    expect(Number(parsed.records.find((r) => r.kind === "trailer")!.fields.total)).toBe(sum);
    expect(o.review.map((r) => [r.row, r.employeeId, r.bankBranch, r.accountNumber, r.status])).toEqual([
      [1, "0001", "0005-001", "1234567", "ok"],
      [2, "0002", "0009-123", "7654321", "ok"],
      [3, "0005", "0005-002", "3333333", "ok"],
    ]);
    expect(o.review[1].payeeName).toBe("ｻﾄｳ ﾊﾅｺ");
    expect(o.result.nameChanges.map((c) => [c.row, c.before, c.after])).toEqual([
      [0, "カブシキガイシャ サンプル", "ｶﾌﾞｼｷｶﾞｲｼﾔ ｻﾝﾌﾟﾙ"],
      [1, "ヤマダ タロウ", "ﾔﾏﾀﾞ ﾀﾛｳ"],
      [2, "さとう はなこ", "ｻﾄｳ ﾊﾅｺ"],
      [3, "イトウ ミサキ", "ｲﾄｳ ﾐｻｷ"],
    ]);
    expect(o.fileName).toBe("ZENGIN_11_給与振込_20260424.txt");
  });

  test("a blank sender field: no file, and the field is named once", () => {
    const o = prepareTransfer({ form: { ...FORM, sender: { ...SENDER, requesterCode: "" } }, items: [{ employee: employees[0], net: 100_000 }] });
    expect(o.result.bytes.length).toBe(0);
    expect(o.fileProblems.filter((p) => p.field === "依頼人コード")).toHaveLength(1);
    expect(o.summary).toMatch(/エラーが 1件あるため、ファイルは作成できません。/);
  });

  test("an employee whose net could not be read is an error row: no file, nobody dropped", () => {
    const orphan = { employeeId: "0009", amount: 0, notes: [{ severity: "error" as const, field: "差引支給額", value: "", message: "計算できません" }] };
    const o = prepareTransfer({ form: FORM, items: [{ employee: employees[0], net: 100_000 }], orphans: [orphan] });
    expect(o.result.bytes.length).toBe(0);
    expect(o.review.map((r) => [r.employeeId, r.status])).toEqual([
      ["0001", "ok"],
      ["0009", "error"],
    ]);
  });

  test("a net pay of 0円 is listed as not paid", () => {
    const o = prepareTransfer({ form: FORM, items: [{ employee: employees[0], net: 100_000 }, { employee: employees[1], net: 0 }] });
    expect(o.review.map((r) => r.status)).toEqual(["ok", "skipped"]);
    expect(o.result.count).toBe(1);
  });

  test("file names carry the type and the date", () => {
    expect(transferFileName("12", "2026-12-10")).toBe("ZENGIN_12_賞与振込_20261210.txt");
  });
});

describe("amounts read from the computed 給与計算 sheet", () => {
  const header = ["社員番号", "氏名", "差引支給額"];
  test("the values Excel computed, per employee of the master; the totals row (no 社員番号) ends the table", () => {
    const r = amountsFromSheet({
      sheetName: "給与計算",
      cells: [header, ["0001", "山田 太郎", 262_098], ["0002", "佐藤 花子", 202_945], ["0005", "伊藤 美咲", 191_665], ["", "合計", 656_708]],
      firstRow: 1,
      employees,
    });
    expect(r.problem).toBeUndefined();
    expect(r.orphans).toEqual([]);
    expect(r.items.map((i) => [i.employee.id, i.net])).toEqual([
      ["0001", 262_098],
      ["0002", 202_945],
      ["0005", 191_665],
    ]);
  });
  test("a value not computed (an error, a blank), a 社員番号 not in the master and a missing employee are error rows naming the sheet row", () => {
    const r = amountsFromSheet({
      sheetName: "給与計算",
      cells: [header, ["0001", "", "#VALUE!"], ["0002", "", null], ["0099", "", 1000]],
      firstRow: 1,
      employees,
    });
    expect(r.items).toEqual([]);
    expect(r.orphans.map((o) => [o.employeeId, o.notes![0].message])).toEqual([
      ["0001", "シート「給与計算」2行目の差引支給額が円の整数ではありません（計算が終わっていないか、エラーです）。"],
      ["0002", "シート「給与計算」3行目の差引支給額が円の整数ではありません（計算が終わっていないか、エラーです）。"],
      ["0099", "シート「給与計算」4行目の社員番号が従業員マスタにありません。"],
      ["0005", "シート「給与計算」にこの社員番号の行がありません。"],
    ]);
  });
  test("a sheet without the headers says so", () => {
    expect(amountsFromSheet({ sheetName: "給与計算", cells: [["A", "B"]], firstRow: 1, employees }).problem).toBe(
      "シート「給与計算」に「社員番号」と「差引支給額」の見出しが見つかりません。",
    );
  });
});

describe("the 依頼人 and the file's form are remembered in the workbook", () => {
  test("round trip; the type and the date are not remembered", () => {
    const form: TransferForm = { ...FORM, type: "21", lineBreak: "none", eof: true, longVowel: "ｰ", useSecondAccount: false };
    const back = restoreTransferForm(JSON.parse(JSON.stringify(storedTransfer(form))), "2026-05-25");
    expect(back).toEqual({ ...form, type: "11", payDate: "2026-05-25" });
  });
  test("anything unreadable stays at its default", () => {
    expect(restoreTransferForm({ sender: { requesterCode: 123 }, lineBreak: "lf" }, "2026-05-25")).toEqual(defaultTransferForm("2026-05-25"));
  });
});

describe("the amounts fit the type", () => {
  const cases: [string, "11" | "12" | "21", "payrollSheet" | "bonusSheet" | "computed", boolean][] = [
    ["給与振込 from 給与計算", "11", "payrollSheet", true],
    ["給与振込 computed", "11", "computed", true],
    ["給与振込 from 賞与計算", "11", "bonusSheet", false],
    ["賞与振込 from 賞与計算", "12", "bonusSheet", true],
    ["賞与振込 from 給与計算", "12", "payrollSheet", false],
    ["賞与振込 computed (the pane computes salaries only)", "12", "computed", false],
    ["総合振込 from 給与計算", "21", "payrollSheet", true],
    ["総合振込 from 賞与計算", "21", "bonusSheet", true],
  ];
  test.each(cases)("%s: type %s, source %s → fits %s", (_, type, source, fits) => {
    expect(amountSourceProblem(type, source) === undefined).toBe(fits);
  });
});

describe("nobody blocks everyone else's pay", () => {
  const settings = defaultPayrollSettings("2026-04", { payDate: "2026-04-24" });
  const items = () => computeNetPay({ employees, settings }).items;

  test("an employee without an account is listed as 振込先なし and the file is made for the others", () => {
    const [first, second, third] = items();
    const noAccount = { ...second, employee: { ...second.employee, bank: undefined } };
    const o = prepareTransfer({ form: FORM, items: [first, noAccount, third] });
    expect(o.result.count).toBe(2);
    expect(o.result.total).toBe(first.net + third.net);
    const row = o.review.find((r) => r.employeeId === second.employee.id)!;
    expect(row.status).toBe("skipped");
    expect(row.messages.join("")).toContain("振込先なし");
  });

  test("a master row whose account lacks its 支店コード stays in payroll and is 振込先なし with the master's reason", async () => {
    // 0002's account without its branch: "0009,,1,7654321"
    const lines = MASTER_LINES.map((l) => (l.startsWith("0002,") ? l.replace("0009,123,1,7654321", "0009,,1,7654321") : l));
    const imported = await importMasterFile(masterCsvBytes(lines), "master.csv");
    expect(imported.employees.map((e) => e.id)).toEqual(VALID_IDS);
    const warning = imported.problems.find((p) => p.row === 3)!;
    expect([warning.column, warning.value, warning.severity]).toEqual(["支店コード", "", "warning"]);
    const netItems = computeNetPay({ employees: imported.employees, settings }).items;
    expect(netItems.map((i) => i.employee.id)).toEqual(VALID_IDS);
    const o = prepareTransfer({ form: FORM, items: netItems });
    const [first, second, third] = netItems;
    expect(o.result.count).toBe(2);
    expect(o.result.total).toBe(first.net + third.net);
    const row = o.review.find((r) => r.employeeId === "0002")!;
    expect(row.status).toBe("skipped");
    expect(row.amount).toBe(second.net);
    expect(row.messages.join("")).toContain("振込先なし: 従業員マスタの振込先に不備があるため、このファイルには入れません（支店コード（空欄）: 必須の項目「支店コード」が空欄です。）");
  });

  test("a person the clerk leaves out, even with a negative amount, is out of the file with the reason shown", () => {
    const [first, second, third] = items();
    const negative = { ...second, net: -34_096 };
    const blocked = prepareTransfer({ form: FORM, items: [first, negative, third] });
    expect(blocked.result.bytes.length).toBe(0);
    const o = prepareTransfer({ form: FORM, items: [first, negative, third], leftOut: { [second.employee.id]: "現金で支払う" } });
    expect(o.result.count).toBe(2);
    expect(o.result.total).toBe(first.net + third.net);
    const row = o.review.find((r) => r.employeeId === second.employee.id)!;
    expect(row.status).toBe("skipped");
    expect(row.messages.join("")).toContain("ファイルから外しました: 現金で支払う");
  });
});
