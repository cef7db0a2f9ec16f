/**
 * A year of results from several results files (any mix of the vendor's exports and Sonae's --results-out
 * months, in any order): every payment as the 届書 rules take it (PaidResult), with the file and row it came
 * from, per employee. The same payment in two files (same 社員番号, 種別 and 支給日) is an error naming both:
 * which of them is right is the clerk's to say, and adding both would double the 報酬. A month paid provisionally
 * (仮払い・前月同額, flagged in 備考) is not a second payment but a stand-in: the true results of that month replace it.
 */
import { isoOf, isoToDay } from "../../calc/dates/calendar";
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

export interface ProvisionalRow {
  result: PreviousResult;
  file: string;
  row: number;
}

/** 社員番号, 種別 and the month paid: what a provisional row and the true row of its month share. */
function monthKey(employeeId: string, kind: string, isoDay: string): string {
  return [employeeId, kind, isoDay.slice(0, 7)].join("\u0000");
}

/** The month a provisional row stands for: its 支給日, or its 対象年月 when it has no 支給日. */
function provisionalMonthDay(r: PreviousResult): string | undefined {
  return r.payDate ?? (r.period ? `${r.period}-01` : undefined);
}

function replaceProvisional(p: ProvisionalRow, truth: ReadonlyMap<string, SourcedResult>): YearProblem {
  const day = provisionalMonthDay(p.result);
  return provisionalProblem(p, day === undefined ? undefined : truth.get(monthKey(p.result.employeeId, p.result.kind ?? "給与", day)));
}

/**
 * A provisional row (仮払い・前月同額) gives way to the true row of its month (`found`): a note naming both files.
 * Without a true row it is an error, never used — its figures are last month's, and filing them as this month's
 * 報酬 or 賃金 would be wrong. The 年度更新 (jobs/nendo), which files 給与 by 対象年月, asks the same.
 */
export function provisionalProblem(p: ProvisionalRow, found: { file: string; row: number } | undefined): YearProblem {
  const { result: r, file, row } = p;
  const shown = r.payDate ? `支給日 ${r.payDate}` : r.period ? `対象年月 ${r.period}` : "支給日なし";
  if (found) {
    const message = `社員番号 ${r.employeeId} の${r.kind ?? "給与"}（${shown}）は仮払い（前月同額）です。確定した「${found.file}」${found.row}行目を使い、「${file}」${row}行目の仮払いは使いません。`;
    return { file, row, column: "備考", value: "仮払い", message, severity: "warning" };
  }
  const message = `社員番号 ${r.employeeId}: ${shown}の${r.kind ?? "給与"}は仮払い（前月同額）で、その月の確定した結果がありません。確定した結果のファイル（復旧したシステムの結果、または sonae payroll --results-out）を加えてください。仮払いの額は届書・年度更新・台帳に使いません。`;
  return { file, row, column: "備考", value: "仮払い", message, severity: "error" };
}

/**
 * Rows flagged 仮払い (備考) are provisional: the true row of the same 社員番号, 種別 and month, from any file,
 * replaces them (a note naming both files), so that 算定基礎届, 年度更新 and the ledgers read the true figures.
 * Two true rows of one payment are still an error.
 * @example yearOfResults([{ file: "2026-04.csv", results, rows }, { file: "vendor.csv", … }]) // { byEmployee: Map { "F001" => [4月, 5月, 6月…] }, problems: [] }
 */
export function yearOfResults(files: readonly ResultsFileInput[]): YearOfResults {
  const problems: YearProblem[] = [];
  const seen = new Map<string, SourcedResult>();
  const duplicates = new Set<SourcedResult>();
  const all: SourcedResult[] = [];
  const provisional: ProvisionalRow[] = [];
  for (const f of files) {
    f.results.forEach((r, i) => {
      if (r.provisional) return void provisional.push({ result: r, file: f.file, row: f.rows[i] ?? 0 });
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
  const truth = new Map(all.map((p) => [monthKey(p.employeeId, p.kind, isoOf(p.payDay)), p]));
  const replaced = provisional.map((p) => replaceProvisional(p, truth));
  problems.push(...replaced);
  const kept = all.filter((p) => !duplicates.has(p));
  const rejectedCount = problems.filter((p) => p.severity === "error").length + [...duplicates].filter((d) => all.includes(d)).length;
  return { byEmployee: resultsByEmployee(kept) as Map<string, SourcedResult[]>, problems, rejectedCount };
}
