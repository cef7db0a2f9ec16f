/**
 * From net pay to transfer rows: the second-account split, the name used, the customer codes, and rows
 * that are listed rather than dropped.
 */
import { NO_ACCOUNT, payrollItems, transferRows, transfersFromPayroll } from "../../src/zengin/transfers";
import { STAFF } from "./fixtures";
import { employee } from "./support";

const account = { bankCode: "0005", branchCode: "001", accountType: "1" as const, accountNumber: "1234567", holderKana: "ﾃｽﾄ ｲﾁ" };
const second = { bankCode: "9900", branchCode: "018", accountType: "1" as const, accountNumber: "7654321", holderKana: "ﾃｽﾄ ｲﾁ" };

describe("second account: a fixed amount there, the rest to the first", () => {
  test.each([
    // net 250,000, fixed 30,000 → first 250,000 − 30,000 = 220,000; second 30,000
    ["250,000 with 30,000 fixed", 250_000, 30_000, [250_000 - 30_000, 30_000]],
    // net one yen above the fixed amount → first 1
    ["30,001 with 30,000 fixed", 30_001, 30_000, [1, 30_000]],
    // net equal to the fixed amount → all to the first (the first account is the main one), with a warning
    ["30,000 with 30,000 fixed", 30_000, 30_000, [30_000]],
    ["20,000 with 30,000 fixed", 20_000, 30_000, [20_000]],
    ["fixed 0 = no split", 250_000, 0, [250_000]],
  ])("%s", (_id, net, fixedAmount, amounts) => {
    const e = employee({ id: "1", name: "テスト", bank: account, bank2: { ...second, fixedAmount } });
    const rows = transferRows({ employee: e, net });
    expect(rows.map((r) => r.amount)).toEqual(amounts);
    expect(rows.reduce((t, r) => t + r.amount, 0)).toBe(net);
    expect(rows.map((r) => r.slot)).toEqual(amounts.map((_, i) => i + 1));
    if (amounts.length === 2) expect(rows[1].account?.bankCode).toBe("9900");
    const warned = rows[0].notes?.some((n) => n.field === "第2振込先の定額" && n.severity === "warning") ?? false;
    expect(warned).toBe(fixedAmount > 0 && net <= fixedAmount);
  });

  test("a bonus run may turn the split off", () => {
    const e = employee({ id: "1", name: "テスト", bank: account, bank2: { ...second, fixedAmount: 30_000 } });
    expect(transferRows({ employee: e, net: 500_000 }, { useSecondAccount: false }).map((r) => r.amount)).toEqual([500_000]);
  });

  test("a fixed amount that is not whole yen is an error", () => {
    const e = employee({ id: "1", name: "テスト", bank: account, bank2: { ...second, fixedAmount: 1000.5 } });
    expect(transferRows({ employee: e, net: 500_000 })[0].notes).toEqual([expect.objectContaining({ severity: "error", field: "第2振込先の定額", value: "1000.5" })]);
  });
});

describe("rows that are listed, never dropped", () => {
  test("no account: the row is listed as 振込先なし with its amount, out of the file", () => {
    const rows = transferRows({ employee: employee({ id: "7", name: "口座なし" }), net: 200_000 });
    expect(rows).toEqual([expect.objectContaining({ employeeId: "7", amount: 200_000, skip: NO_ACCOUNT })]);
    expect(rows[0].account).toBeUndefined();
  });

  test("an account the master could not use: 振込先なし names the master's problem", () => {
    const e = employee({ id: "7", name: "口座不備", bankProblem: "口座番号「12-34」: 数字で入力してください。" });
    const [row] = transferRows({ employee: e, net: 200_000 });
    expect(row.skip).toBe("振込先なし: 従業員マスタの振込先に不備があるため、このファイルには入れません（口座番号「12-34」: 数字で入力してください。）。現金支給か別の振込で支払ってください。");
  });

  test("net 0: listed as not paid, with the reason", () => {
    const rows = transferRows({ employee: employee({ id: "8", name: "休職", bank: account }), net: 0 });
    expect(rows).toEqual([expect.objectContaining({ employeeId: "8", amount: 0, skip: "差引支給額が0円のため振り込みません。" })]);
  });

  test("negative net: an error note", () => {
    const rows = transferRows({ employee: employee({ id: "9", name: "マイナス", bank: account }), net: -5_000 });
    expect(rows[0].notes).toEqual([expect.objectContaining({ severity: "error", field: "差引支給額", value: "-5000" })]);
  });

  test("a payroll line whose employee is not in the master becomes an error row", () => {
    const { items, orphans } = payrollItems(STAFF, [
      { employeeId: "101", net: 1 } as never,
      { employeeId: "999", net: 2 } as never,
    ]);
    expect(items.map((i) => i.employee.id)).toEqual(["101"]);
    expect(orphans).toEqual([expect.objectContaining({ employeeId: "999", amount: 2, notes: [expect.objectContaining({ severity: "error", field: "社員番号" })] })]);
  });
});

describe("受取人名 and customer codes", () => {
  test("blank 口座名義カナ falls back to 氏名カナ with a warning", () => {
    const e = employee({ id: "1", name: "テスト", nameKana: "テスト イチ", bank: { ...account, holderKana: "" } });
    const [row] = transferRows({ employee: e, net: 1_000 });
    expect(row.account?.holderName).toBe("テスト イチ");
    expect(row.notes).toEqual([expect.objectContaining({ severity: "warning", field: "受取人名" })]);
  });

  test.each([
    ["numeric id and department", "101", "0100", "101", "0100", false],
    ["department name is not a code", "101", "営業部", "101", undefined, false],
    ["alphanumeric id: blank, with a warning", "E-101", "0100", undefined, "0100", true],
    ["11 digits is too long for N(10)", "12345678901", undefined, undefined, undefined, true],
  ])("%s", (_id, id, department, code1, code2, warned) => {
    const [row] = transferRows({ employee: employee({ id, name: "テスト", department, bank: account }), net: 1_000 });
    expect([row.customerCode1, row.customerCode2]).toEqual([code1, code2]);
    expect(row.notes?.some((n) => n.field.startsWith("社員番号")) ?? false).toBe(warned);
  });
});

test("every employee in order; the rows' total is the nets' total", () => {
  const nets = [251_234, 198_765, 305_000, 187_650];
  const rows = transfersFromPayroll(STAFF.map((e, i) => ({ employee: e, net: nets[i] })));
  expect(rows.map((r) => r.employeeId)).toEqual(["101", "102", "102", "103", "104"]);
  expect(rows.reduce((t, r) => t + r.amount, 0)).toBe(251_234 + 198_765 + 305_000 + 187_650);
});
