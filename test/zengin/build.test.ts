/**
 * buildZenginFile: what stops a file (errors) and what the clerk confirms (warnings), each with its row,
 * field and value; framing options; trailer totals.
 */
import { buildZenginFile, ZenginBuildInput } from "../../src/zengin/build";
import { describeProblem } from "../../src/zengin/problems";
import { TransferRow } from "../../src/zengin/transfers";
import { SENDER } from "./fixtures";
import { recordsOf } from "./support";

const payee = { bankCode: "0005", branchCode: "001", accountType: "1", accountNumber: "1234567", holderName: "ﾃｽﾄ ｲﾁ" };
const ok: TransferRow = { employeeId: "1", account: payee, amount: 100_000 };
const base: ZenginBuildInput = { sender: SENDER, type: "11", payDate: "2026-11-25", rows: [ok] };

function problemsOf(input: Partial<ZenginBuildInput>) {
  const r = buildZenginFile({ ...base, ...input });
  return { r, errors: r.problems.filter((p) => p.severity === "error"), warnings: r.problems.filter((p) => p.severity === "warning") };
}

test("a clean input: no problems, a file", () => {
  const { r } = problemsOf({});
  expect(r.problems).toEqual([]);
  expect(r.count).toBe(1);
  expect(r.total).toBe(100_000);
  expect(r.bytes.length).toBe(4 * 120 + 3 * 2);
});

describe("errors: named with row, field and value; no file at all", () => {
  test.each<[string, Partial<ZenginBuildInput>, { row: number; field: string; value: string }]>([
    ["no account", { rows: [{ employeeId: "7", amount: 1000 }] }, { row: 1, field: "振込先口座", value: "" }],
    ["bank code lost its zeros", { rows: [{ ...ok, account: { ...payee, bankCode: "5" } }] }, { row: 1, field: "被仕向銀行番号", value: "5" }],
    ["branch code of 4 digits", { rows: [{ ...ok, account: { ...payee, branchCode: "0001" } }] }, { row: 1, field: "被仕向支店番号", value: "0001" }],
    ["account of 8 digits", { rows: [{ ...ok, account: { ...payee, accountNumber: "12345678" } }] }, { row: 1, field: "口座番号", value: "12345678" }],
    ["預金種目 9 for a payee", { rows: [{ ...ok, account: { ...payee, accountType: "9" } }] }, { row: 1, field: "預金種目", value: "9" }],
    ["amount 10,000,000,000", { rows: [{ ...ok, amount: 10 ** 10 }] }, { row: 1, field: "振込金額", value: "10000000000" }],
    ["amount with a fraction", { rows: [{ ...ok, amount: 1.5 }] }, { row: 1, field: "振込金額", value: "1.5" }],
    ["kanji name", { rows: [{ ...ok, account: { ...payee, holderName: "山田太郎" } }] }, { row: 1, field: "受取人名", value: "山田太郎" }],
    ["blank name", { rows: [{ ...ok, account: { ...payee, holderName: "" } }] }, { row: 1, field: "受取人名", value: "" }],
    ["customer code too long", { rows: [{ ...ok, customerCode1: "12345678901" }] }, { row: 1, field: "顧客コード1", value: "12345678901" }],
    ["依頼人コード 9 digits", { sender: { ...SENDER, requesterCode: "123456789" } }, { row: 0, field: "依頼人コード", value: "123456789" }],
    ["依頼人名 in kanji", { sender: { ...SENDER, requesterName: "備え商事" } }, { row: 0, field: "依頼人名", value: "備え商事" }],
    ["sender 預金種目 4", { sender: { ...SENDER, accountType: "4" as never } }, { row: 0, field: "預金種目（依頼人）", value: "4" }],
    ["no such date", { payDate: "2026-11-31" }, { row: 0, field: "振込指定日", value: "2026-11-31" }],
    ["種別 13", { type: "13" as never }, { row: 0, field: "種別コード", value: "13" }],
    ["no rows", { rows: [] }, { row: 0, field: "振込データ", value: "0件" }],
  ])("%s", (_id, input, where) => {
    const { r, errors } = problemsOf(input);
    expect(errors).toEqual([expect.objectContaining(where)]);
    expect(errors[0].message.length).toBeGreaterThan(5);
    expect(r.bytes.length).toBe(0);
    expect(r.records).toEqual([]);
  });

  test("the other rows are still checked, so every error shows at once", () => {
    const { errors } = problemsOf({ rows: [{ employeeId: "1", amount: 1 }, ok, { ...ok, employeeId: "3", amount: 0 }] });
    expect(errors.map((e) => [e.row, e.field, e.employeeId])).toEqual([
      [1, "振込先口座", "1"],
      [3, "振込金額", "3"],
    ]);
  });

  test("a problem reads as a sentence naming row, employee, field and value", () => {
    const { errors } = problemsOf({ rows: [{ ...ok, employeeId: "102", account: { ...payee, accountNumber: "12345678" } }] });
    expect(describeProblem(errors[0])).toBe("[エラー] 1行目（社員番号 102） 口座番号「12345678」: 7桁以内の数字で指定してください。");
  });
});

describe("warnings: the file is still made", () => {
  test("the same account twice", () => {
    const { r, warnings } = problemsOf({ rows: [ok, { ...ok, employeeId: "2" }] });
    expect(warnings).toEqual([expect.objectContaining({ row: 2, field: "振込先口座", employeeId: "2" })]);
    expect(warnings[0].message).toContain("1行目と同じ口座");
    expect(r.count).toBe(2);
  });

  test("a 振込指定日 on a holiday proposes the previous business day", () => {
    const { r, warnings } = problemsOf({ payDate: "2026-11-23" });
    expect(warnings).toEqual([expect.objectContaining({ row: 0, field: "振込指定日", value: "2026-11-23" })]);
    expect(warnings[0].message).toContain("勤労感謝の日");
    expect(warnings[0].message).toContain("2026-11-20");
    expect(recordsOf(r.bytes)[0].slice(54, 58)).toBe("1123");
  });

  test("a name over 30 bytes is cut, saying what was cut", () => {
    const { r, warnings } = problemsOf({ rows: [{ ...ok, account: { ...payee, holderName: "ア".repeat(29) + "ガ" } }] });
    expect(warnings).toEqual([expect.objectContaining({ row: 1, field: "受取人名" })]);
    expect(warnings[0].message).toContain("「ｶﾞ」を切り捨て");
    expect(recordsOf(r.bytes)[1].slice(50, 80)).toBe("ｱ".repeat(29) + " ");
  });

  test("a row not paid (0円) is listed, not written", () => {
    const { r, warnings } = problemsOf({ rows: [ok, { employeeId: "2", amount: 0, skip: "差引支給額が0円のため振り込みません。" }] });
    expect(warnings).toEqual([expect.objectContaining({ row: 2, field: "振込金額", value: "0", message: "差引支給額が0円のため振り込みません。" })]);
    expect(r.count).toBe(1);
  });
});

describe("trailer totals", () => {
  test.each([
    ["one row", [1], 1, 1],
    ["three rows", [100_000, 250_500, 1], 3, 100_000 + 250_500 + 1],
    // The largest amounts: 3 × 9,999,999,999 = 29,999,999,997 fits N(12).
    ["maximum amounts", [10 ** 10 - 1, 10 ** 10 - 1, 10 ** 10 - 1], 3, 3 * (10 ** 10 - 1)],
  ])("%s", (_id, amounts, count, total) => {
    const rows = amounts.map((amount, i) => ({ ...ok, account: { ...payee, accountNumber: String(i + 1) }, amount }));
    const r = buildZenginFile({ ...base, rows });
    const trailer = recordsOf(r.bytes)[1 + amounts.length];
    expect(trailer.slice(0, 1)).toBe("8");
    expect(trailer.slice(1, 7)).toBe(String(count).padStart(6, "0"));
    expect(trailer.slice(7, 19)).toBe(String(total).padStart(12, "0"));
    expect([r.count, r.total]).toEqual([count, total]);
  });
});

describe("framing", () => {
  test.each([
    // header, 1 data, trailer, end = 4 records
    ["CRLF between (default)", {}, 4 * 120 + 3 * 2],
    ["CRLF after the last too", { finalLineBreak: true }, 4 * 120 + 4 * 2],
    ["no line breaks", { lineBreak: "none" as const }, 4 * 120],
    ["no line breaks + EOF", { lineBreak: "none" as const, eof: true }, 4 * 120 + 1],
    ["CRLF + EOF", { eof: true }, 4 * 120 + 3 * 2 + 1],
  ])("%s: %d bytes", (_id, options: { lineBreak?: "none"; eof?: boolean; finalLineBreak?: boolean }, length) => {
    const r = buildZenginFile({ ...base, options });
    expect(r.bytes.length).toBe(length);
    expect(r.bytes[r.bytes.length - 1] === 0x1a).toBe(options.eof === true);
    expect(Array.from(r.bytes.subarray(120, 122))).toEqual(options.lineBreak === "none" ? [0x32, 0x30] : [0x0d, 0x0a]);
  });

  test("手形交換所番号 as spaces and 振込指定区分 8 when a bank asks (総合振込)", () => {
    const r = buildZenginFile({ ...base, type: "21", options: { clearingHouse: "spaces", transferCategory: "8" } });
    const data = recordsOf(r.bytes)[1];
    expect(data.slice(38, 42)).toBe("    ");
    expect(data.slice(111, 112)).toBe("8");
  });
});
