/**
 * A year of results from several results files (any mix of the vendor's exports and Sonae's --results-out
 * months, in any order): every payment as the 届書 rules take it (PaidResult), with the file and row it came
 * from, per employee. The same payment in two files (same 社員番号, 種別 and 支給日) is an error naming both:
 * which of them is right is the clerk's to say, and adding both would double the 報酬.
 */
import { isoToDay } from "../../calc/dates/calendar";
import type { PreviousResult } from "../../calc/records/previousResults";
import { PaidResult, resultsByEmployee } from "../../calc/socialInsurance/paidResult";
import type { JobProblem } from "../problem";

/** One imported results file: its name (as the clerk gave it) and what the import read. */
export interface ResultsFileInput {
  file: string;
  results: readonly PreviousResult[];
  /** rows[i] is the file row of results[i]. */
  rows: readonly number[];
}

export interface SourcedResult extends PaidResult {
  file: string;
  row: number;
}

export interface YearProblem extends JobProblem {
  file: string;
}

export interface YearOfResults {
  /** Each employee's payments, in the order of the files and rows given. */
  byEmployee: Map<string, SourcedResult[]>;
  problems: YearProblem[];
  /** Rows left out (no 支給日, no 総支給額, a duplicate): more than 0 means exit code 1. */
  rejectedCount: number;
}

function paidResultOf(r: PreviousResult, file: string, row: number): SourcedResult | YearProblem {
  const problem = (column: string, message: string): YearProblem => ({ file, row, column, value: "", message: `社員番号 ${r.employeeId}: ${message}`, severity: "error" });
  if (r.payDate === undefined) return problem("支給日", "支給日が空欄のため届書に使えません（4〜6月に支払った給与かどうかは支給日で決まります）。");
  if (r.gross === undefined) return problem("総支給額", "総支給額が空欄のため届書に使えません。");
  const paid: SourcedResult = { employeeId: r.employeeId, kind: r.kind ?? "給与", payDay: isoToDay(r.payDate), cash: r.gross, inKind: r.inKind ?? 0, file, row };
  if (r.basisDays !== undefined) paid.basisDays = r.basisDays;
  if (r.fixedWage !== undefined) paid.fixedWage = r.fixedWage;
  return paid;
}

/**
 * @example yearOfResults([{ file: "2026-04.csv", results, rows }, { file: "vendor.csv", … }]) // { byEmployee: Map { "F001" => [4月, 5月, 6月…] }, problems: [] }
 */
export function yearOfResults(files: readonly ResultsFileInput[]): YearOfResults {
  const problems: YearProblem[] = [];
  const seen = new Map<string, SourcedResult>();
  const duplicates = new Set<SourcedResult>();
  const all: SourcedResult[] = [];
  for (const f of files) {
    f.results.forEach((r, i) => {
      const paid = paidResultOf(r, f.file, f.rows[i] ?? 0);
      if ("message" in paid) return void problems.push(paid);
      const key = [paid.employeeId, paid.kind, paid.payDay].join("\u0000");
      const first = seen.get(key);
      if (!first) {
        seen.set(key, paid);
        all.push(paid);
        return;
      }
      duplicates.add(first).add(paid);
      const message = `社員番号 ${paid.employeeId} の${paid.kind}（支給日 ${r.payDate}）が「${first.file}」${first.row}行目と「${paid.file}」${paid.row}行目の両方にあります。どちらか一方にしてください。`;
      problems.push({ file: paid.file, row: paid.row, column: "社員番号", value: paid.employeeId, message, severity: "error" });
    });
  }
  const kept = all.filter((p) => !duplicates.has(p));
  const rejectedCount = problems.length + [...duplicates].filter((d) => all.includes(d)).length;
  return { byEmployee: resultsByEmployee(kept) as Map<string, SourcedResult[]>, problems, rejectedCount };
}
