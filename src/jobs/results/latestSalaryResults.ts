/**
 * The previous month of each employee from a results file that may hold a year: 検算, 前月同額 and 仮払い compare
 * with the last 給与, never with a 賞与 row or an older month of the same file.
 */
import type { PreviousResult } from "../../calc/records/previousResults";

function laterOf(a: PreviousResult, b: PreviousResult): PreviousResult {
  const key = (r: PreviousResult) => r.payDate ?? r.period ?? "";
  return key(b) >= key(a) ? b : a;
}

/**
 * One 給与 row per employee, the latest by 支給日 (else 対象年月, else the later row), in the order employees first
 * appear. A file of one row per employee comes back as it is.
 * @example latestSalaryResults([{ id 1, 給与 11/25 }, { id 1, 賞与 12/10 }, { id 1, 給与 12/25 }]) // [{ id 1, 給与 12/25 }]
 */
export function latestSalaryResults(results: readonly PreviousResult[]): PreviousResult[] {
  const latest = new Map<string, PreviousResult>();
  for (const r of results) {
    if (r.kind === "賞与") continue;
    const seen = latest.get(r.employeeId);
    latest.set(r.employeeId, seen === undefined ? r : laterOf(seen, r));
  }
  return [...latest.values()];
}
