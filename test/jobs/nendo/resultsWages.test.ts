/** The year's wages from results files: a 仮払い row never counts as 賃金; the true row of its month does. */
import type { PreviousResult } from "../../../src/calc/records/previousResults";
import { wagesOfResults } from "../../../src/jobs/nendo/resultsWages";

const salary = (employeeId: string, period: string, gross: number, extra: Pick<PreviousResult, "provisional"> = {}): PreviousResult => ({ employeeId, kind: "給与", period, payDate: `${period}-25`, gross, variables: { employeeId }, ...extra });

test("the true 6月分 (310,000) replaces the 仮払い 6月分 (300,000, last month's figure), with a note naming both files", () => {
  const { wages, problems } = wagesOfResults([
    { file: "仮払い台帳.csv", results: [salary("0001", "2026-06", 300_000, { provisional: true })], rows: [2] },
    { file: "2026-06.csv", results: [salary("0001", "2026-06", 310_000)], rows: [5] },
  ]);
  expect(wages.map((w) => [w.employeeId, w.period, w.gross])).toEqual([["0001", "2026-06", 310_000]]);
  expect(problems).toEqual([expect.objectContaining({ file: "仮払い台帳.csv", row: 2, column: "備考", severity: "warning", message: expect.stringContaining("「2026-06.csv」5行目を使い") })]);
});

test("a 仮払い month without its true results is an error and adds nothing to the 賃金総額", () => {
  const { wages, problems } = wagesOfResults([
    { file: "仮払い台帳.csv", results: [salary("0001", "2026-06", 300_000, { provisional: true })], rows: [2] },
    { file: "2026-05.csv", results: [salary("0001", "2026-05", 300_000)], rows: [2] },
  ]);
  expect(wages.map((w) => w.period)).toEqual(["2026-05"]);
  expect(problems).toEqual([expect.objectContaining({ severity: "error", message: expect.stringContaining("確定した結果がありません") })]);
});
