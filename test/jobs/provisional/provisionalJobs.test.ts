/**
 * The provisional-pay use cases without files: the changes file read by the import engine (every problem
 * names its row, column and value), the ledger's 社員番号 recovered from 顧客コード1 or the account, and the
 * settlement matching "1" of a bank file with "0001" of the results.
 */
import { readChangesFile } from "../../../src/jobs/provisional/changesFile";
import { employeeIdOf, ledgerRows } from "../../../src/jobs/provisional/provisionalLedger";
import { settleFromResults } from "../../../src/jobs/provisional/settleFromResults";
import type { Employee } from "../../../src/calc/payroll/employee";
import type { ProvisionalPayee } from "../../../src/zengin/provisional";

const csv = (text: string) => new TextEncoder().encode(text);

describe("the changes file", () => {
  test("by 社員番号 or by account (預金種目 blank = 普通), an amount or 除外", async () => {
    const r = await readChangesFile(csv("社員番号,銀行コード,支店コード,預金種目,口座番号,振込金額,除外\n0002,,,,,300000,\n,0009,456,,0012345,,○\n"), "changes.csv");
    expect(r.problems).toEqual([]);
    expect(r.changes).toEqual([
      { row: 2, employeeNumber: "0002", amount: 300_000, leaveOut: false },
      { row: 3, account: { bankCode: "0009", branchCode: "456", accountType: "1", accountNumber: "0012345" }, amount: undefined, leaveOut: true },
    ]);
  });

  test("a row naming nobody, a row with neither amount nor 除外, a row with both: each an error on its row and column", async () => {
    const r = await readChangesFile(csv("社員番号,口座番号,振込金額,除外\n,,1000,\n0003,,,\n0004,,2000,○\n"), "changes.csv");
    expect(r.changes).toEqual([]);
    expect(r.problems.map((p) => [p.row, p.column, p.value, p.severity])).toEqual([
      [2, "社員番号", "", "error"],
      [3, "振込金額", "", "error"],
      [4, "除外", "○", "error"],
    ]);
  });
});

describe("the ledger's 社員番号", () => {
  const payee = (over: Partial<ProvisionalPayee>): ProvisionalPayee => ({
    record: 2, bankCode: "0001", branchCode: "101", accountType: "1", accountNumber: "1234567", payeeName: "ﾔﾏﾀﾞ ﾀﾛｳ", amount: 1000, previousAmount: 1000, ...over,
  });
  const master = [{ id: "0001", name: "山田 太郎", bank: { bankCode: "0001", branchCode: "101", accountType: "1", accountNumber: "1234567", holderKana: "ﾔﾏﾀﾞ ﾀﾛｳ" } }] as unknown as Employee[];

  test("顧客コード1 1 is the master's 0001; without 顧客コード1 the account finds it; without a master, 顧客コード1 as it is", () => {
    expect(employeeIdOf(payee({ employeeNumber: "1" }), master)).toBe("0001");
    expect(employeeIdOf(payee({}), master)).toBe("0001");
    expect(employeeIdOf(payee({ employeeNumber: "1" }), undefined)).toBe("1");
    expect(employeeIdOf(payee({}), undefined)).toBe("");
  });

  test("two accounts of one person are one row (amounts added); a left-out payee is not in the ledger", () => {
    const rows = ledgerRows([payee({ employeeNumber: "7", amount: 478_727 }), payee({ record: 3, employeeNumber: "7", amount: 50_000 }), payee({ record: 4, employeeNumber: "8", change: "leftOut" })], "2026-12-25");
    expect(rows.map((r) => [r.employeeId, r.net, r.records])).toEqual([["7", 528_727, [2, 3]]]); // 478,727 + 50,000
  });
});

test("the settlement matches the bank file's 1 with the results' 0001, and names the true month's 社員番号", () => {
  const s = settleFromResults({
    provisional: [{ employeeId: "1", net: 376_261, variables: { employeeId: "1" } }],
    actual: [{ employeeId: "0001", net: 380_000, variables: { employeeId: "0001" } }],
  });
  expect(s.map((x) => [x.employeeId, x.difference, x.adjustment?.label])).toEqual([["0001", 3_739, "前月精算（支給）"]]); // 380,000 − 376,261
});
