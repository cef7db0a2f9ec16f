import { latestSalaryResults } from "../../../src/jobs/results/latestSalaryResults";
import type { PreviousResult } from "../../../src/calc/records/previousResults";

const row = (employeeId: string, over: Partial<PreviousResult>): PreviousResult => ({ employeeId, variables: { employeeId }, ...over });

test("a year of results gives each employee's last 給与, never a 賞与", () => {
  const year = [
    row("0001", { kind: "給与", payDate: "2026-11-25", net: 250_000 }),
    row("0002", { kind: "給与", payDate: "2026-12-25", net: 200_000 }),
    row("0001", { kind: "賞与", payDate: "2026-12-10", net: 400_000 }),
    row("0001", { kind: "給与", payDate: "2026-12-25", net: 251_000 }),
    row("0002", { kind: "給与", payDate: "2026-10-23", net: 199_000 }),
  ];
  expect(latestSalaryResults(year).map((r) => [r.employeeId, r.net])).toEqual([["0001", 251_000], ["0002", 200_000]]);
});

test("a file of one row per employee without the new columns comes back unchanged", () => {
  const month = [row("0001", { net: 1 }), row("0002", { net: 2 })];
  expect(latestSalaryResults(month)).toEqual(month);
});
