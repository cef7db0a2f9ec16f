/**
 * The system's 給与 rows of the drilled month from a results file that may hold a year (freee's 賃金台帳 puts
 * 給与 and 賞与 of every month in one file): a row with 対象年月 is the month's when it says that month; a row
 * with only 支給日 when it was paid in the month Sonae pays; a row with neither belongs to a file of one month.
 */
import type { PreviousResult } from "../../calc/records/previousResults";
import { employeeIdKey } from "../../calc/records/employeeIdKey";
import type { JobProblem } from "../problem";

export interface ResultRow {
  result: PreviousResult;
  /** The row of the results file. */
  row: number;
}

export interface MonthRows {
  rows: ResultRow[];
  /** The other months the file holds (対象年月 or 支給日's month), sorted: said when none is the month drilled. */
  otherMonths: string[];
  /** A second 給与 row of the same person in the month: which one is right is the clerk's to say. */
  problems: JobProblem[];
}

function monthOfRow(r: PreviousResult, payMonth: string, period: string): { month: string; ours: boolean } | undefined {
  if (r.period !== undefined) return { month: r.period, ours: r.period === period };
  if (r.payDate !== undefined) return { month: `${r.payDate.slice(0, 7)}（支給日）`, ours: r.payDate.slice(0, 7) === payMonth };
  return undefined;
}

/** @example salaryRowsOfMonth({ results: [10月分, 11月分, 賞与 12/10], rows: [2, 3, 4], period: "2026-11", payDate: "2026-11-25" }).rows // [11月分 (row 3)] */
export function salaryRowsOfMonth(a: { results: readonly PreviousResult[]; rows: readonly number[]; period: string; payDate: string }): MonthRows {
  const out: MonthRows = { rows: [], otherMonths: [], problems: [] };
  const first = new Map<string, ResultRow>();
  const others = new Set<string>();
  a.results.forEach((result, i) => {
    if (result.kind === "賞与") return;
    const row = a.rows[i] ?? 0;
    const month = monthOfRow(result, a.payDate.slice(0, 7), a.period);
    if (month !== undefined && !month.ours) return void others.add(month.month);
    const key = employeeIdKey(result.employeeId);
    const seen = first.get(key);
    if (seen === undefined) {
      first.set(key, { result, row });
      return void out.rows.push({ result, row });
    }
    const message = `社員番号 ${result.employeeId} の ${a.period} の給与が ${seen.row}行目と${row}行目の両方にあります。${seen.row}行目と比べました。どちらが正しいか確認してください。`;
    out.problems.push({ row, column: "社員番号", value: result.employeeId, message, severity: "error" });
  });
  out.otherMonths = [...others].sort();
  return out;
}
