/**
 * The transfer file job on the fictional company of the 全銀 tests (test/zengin/fixtures): the file's total
 * is the payroll sheet's total of 差引支給額 (251,234 + 198,765 + 305,000 + 187,650), 102's fixed 30,000 goes
 * to the second account, and the run's decisions and the bank-name lookup apply before the file is built.
 */
import { makeTransferFile } from "../../../src/jobs/transfer/makeTransferFile";
import { payrollItems } from "../../../src/zengin/transfers";
import { parseZenginFile } from "../../../src/zengin/parse";
import { LINES, SENDER, STAFF } from "../../zengin/fixtures";

const { items } = payrollItems(STAFF, LINES);
const base = { sender: SENDER, type: "11" as const, payDate: "2026-11-25", items };

test("one record per account; the file's total is the sum of 差引支給額", () => {
  const { result, rows, hints } = makeTransferFile(base);
  expect(result.total).toBe(251_234 + 198_765 + 305_000 + 187_650);
  expect(result.count).toBe(5); // 4 employees, 102 over two accounts
  expect(rows.filter((r) => r.employeeId === "102").map((r) => r.amount)).toEqual([198_765 - 30_000, 30_000]);
  expect(hints).toEqual([]);
  const trailer = parseZenginFile(result.bytes).records.find((r) => r.kind === "trailer")!;
  expect(Number(trailer.fields.total)).toBe(942_649);
});

test("without the second account (a bonus run), 102 is paid whole into the first", () => {
  const { rows, result } = makeTransferFile({ ...base, useSecondAccount: false });
  expect(rows.filter((r) => r.employeeId === "102").map((r) => r.amount)).toEqual([198_765]);
  expect(result.count).toBe(4);
});

test("the run's decisions come before the names are looked up, and what the lookup finds is returned beside the file", () => {
  const seen: string[][] = [];
  const { rows, result, hints } = makeTransferFile({
    ...base,
    arrange: (paired) => paired.map((r, i) => ({ ...r, sourceRow: 10 + i })),
    decorate: (arranged) => {
      seen.push(arranged.map((r) => String(r.sourceRow)));
      return { rows: arranged, problems: [{ row: 10, field: "銀行コード", value: "0005", message: "見本", severity: "warning" }] };
    },
  });
  expect(seen).toEqual([["10", "11", "12", "13", "14"]]);
  expect(rows[0].sourceRow).toBe(10);
  expect(hints).toEqual([expect.objectContaining({ message: "見本" })]);
  expect(result.problems.some((p) => p.message === "見本")).toBe(false);
});

test("a row that could not be paired is an error of the file, never dropped", () => {
  const orphan = { employeeId: "999", amount: 1_000, notes: [{ severity: "error" as const, field: "社員番号", value: "999", message: "従業員マスタにありません。" }] };
  const { rows, result } = makeTransferFile({ ...base, orphans: [orphan] });
  expect(rows.at(-1)!.employeeId).toBe("999");
  expect(result.problems).toContainEqual(expect.objectContaining({ severity: "error", message: "従業員マスタにありません。" }));
});
