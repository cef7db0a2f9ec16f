/** The drilled month's 給与 rows out of a results file that may hold a year of 給与 and 賞与. */
import type { PreviousResult } from "../../../src/calc/records/previousResults";
import { salaryRowsOfMonth } from "../../../src/jobs/drill/salaryRowsOfMonth";

const row = (employeeId: string, r: Partial<PreviousResult>): PreviousResult => ({ employeeId, variables: { employeeId }, ...r });

describe("salaryRowsOfMonth", () => {
  const pick = (results: PreviousResult[]) => salaryRowsOfMonth({ results, rows: results.map((_, i) => i + 2), period: "2026-11", payDate: "2026-11-25" });

  test.each([
    ["対象年月 says the month", [row("1", { period: "2026-10" }), row("1", { period: "2026-11" })], [3], ["2026-10"]],
    ["賞与 rows are not the month's pay", [row("1", { period: "2026-11", kind: "賞与" }), row("1", { period: "2026-11", kind: "給与" })], [3], []],
    ["only 支給日: paid in the month Sonae pays", [row("1", { payDate: "2026-10-25" }), row("1", { payDate: "2026-11-25" })], [3], ["2026-10（支給日）"]],
    ["neither: a file of one month", [row("1", {}), row("2", {})], [2, 3], []],
  ] as const)("%s", (_, results, rows, otherMonths) => {
    const m = pick([...results]);
    expect(m.rows.map((r) => r.row)).toEqual(rows);
    expect(m.otherMonths).toEqual(otherMonths);
    expect(m.problems).toEqual([]);
  });

  test("the same person twice in the month (社員番号 with and without leading zeros): compared with the first, the second named", () => {
    const m = pick([row("0001", { period: "2026-11", payDate: "2026-11-25" }), row("1", { period: "2026-11", payDate: "2026-11-30" })]);
    expect(m.rows.map((r) => r.row)).toEqual([2]);
    expect(m.problems).toEqual([
      { row: 3, column: "社員番号", value: "1", message: "社員番号 1 の 2026-11 の給与が 2行目と3行目の両方にあります。2行目と比べました。どちらが正しいか確認してください。", severity: "error" },
    ]);
  });
});
