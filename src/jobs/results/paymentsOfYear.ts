/**
 * The one reader of a year of results files (any mix of the vendor's exports and Sonae's --results-out months, in
 * any order). What differs between its users is only how a payment is told apart and dated: the 届書 and the
 * ledgers file a 給与 by its 支給日, the 年度更新 by its 対象年月 (the month of the 賃金締切日). The rules are the
 * same for all: the same payment in two files is an error naming both (which is right is the clerk's to say,
 * and adding both would double the 報酬 or the 賃金総額), and a month paid provisionally (仮払い・前月同額, flagged
 * in 備考) is not a second payment but a stand-in that the true row of its month replaces.
 */
import type { PreviousResult } from "../../calc/records/previousResults";
import type { JobProblem } from "../problem";

/** One imported results file: its name (as the clerk gave it) and what the import read. */
export interface ResultsFileInput {
  file: string;
  results: readonly PreviousResult[];
  /** rows[i] is the file row of results[i]. */
  rows: readonly number[];
}

export interface YearProblem extends JobProblem {
  file: string;
}

/** How a use case files the rows of a year. */
export interface PaymentFiling<T> {
  /** The payment a row makes, or why the row cannot be used. */
  paymentOf(r: PreviousResult, file: string, row: number): T | YearProblem;
  /** What tells one payment of a person and 種別 from another (`key`), and how a message names it (`shown`). */
  when(r: PreviousResult): { key: string; shown: string };
  /** The month (YYYY-MM) a row is of: a provisional row gives way to the true row of the same month. */
  monthOf(r: PreviousResult): string | undefined;
}

export interface PaymentsOfYear<T> {
  /** Every payment used, in the order of the files and rows given. */
  payments: T[];
  problems: YearProblem[];
  /** Payments left out because a later row repeats them (each repeat has its own error in `problems`). */
  repeatedCount: number;
}

export interface ProvisionalRow {
  result: PreviousResult;
  file: string;
  row: number;
}

interface Filed<T> {
  payment: T;
  result: PreviousResult;
  file: string;
  row: number;
}

const kindOf = (r: PreviousResult): string => r.kind ?? "給与";

/** A payment is never a problem: only a problem has a message. */
const isProblem = <T>(x: T | YearProblem): x is YearProblem => typeof x === "object" && x !== null && "message" in x;

/**
 * A provisional row (仮払い・前月同額) gives way to the true row of its month (`found`): a note naming both files.
 * Without a true row it is an error, never used — its figures are last month's, and filing them as this month's
 * 報酬 or 賃金 would be wrong.
 */
export function provisionalProblem(p: ProvisionalRow, found: { file: string; row: number } | undefined): YearProblem {
  const { result: r, file, row } = p;
  const shown = r.payDate ? `支給日 ${r.payDate}` : r.period ? `対象年月 ${r.period}` : "支給日なし";
  if (found) {
    const message = `社員番号 ${r.employeeId} の${kindOf(r)}（${shown}）は仮払い（前月同額）です。確定した「${found.file}」${found.row}行目を使い、「${file}」${row}行目の仮払いは使いません。`;
    return { file, row, column: "備考", value: "仮払い", message, severity: "warning" };
  }
  const message = `社員番号 ${r.employeeId}: ${shown}の${kindOf(r)}は仮払い（前月同額）で、その月の確定した結果がありません。確定した結果のファイル（復旧したシステムの結果、または sonae payroll --results-out）を加えてください。仮払いの額は届書・年度更新・台帳に使いません。`;
  return { file, row, column: "備考", value: "仮払い", message, severity: "error" };
}

function repeatProblem<T>(first: Filed<T>, again: Filed<T>, shown: string): YearProblem {
  const id = again.result.employeeId;
  const message = `社員番号 ${id} の${kindOf(again.result)}（${shown}）が「${first.file}」${first.row}行目と「${again.file}」${again.row}行目の両方にあります。どちらか一方にしてください。`;
  return { file: again.file, row: again.row, column: "社員番号", value: id, message, severity: "error" };
}

/** The true row a provisional row stands for: the first of the same 社員番号, 種別 and month. */
function trueRowOf<T>(p: ProvisionalRow, filed: readonly Filed<T>[], monthOf: (r: PreviousResult) => string | undefined): Filed<T> | undefined {
  const month = monthOf(p.result);
  if (month === undefined) return undefined;
  const same = (r: PreviousResult) => r.employeeId === p.result.employeeId && kindOf(r) === kindOf(p.result) && monthOf(r) === month;
  return filed.find((f) => same(f.result));
}

/**
 * Every payment of the year as `filing` reads it, the repeats and the unusable rows as problems, and each
 * provisional row replaced by its true row (a note) or refused (an error).
 * @example paymentsOfYear([{ file: "2026-04.csv", results, rows }, …], filing) // { payments: [4月, 5月…], problems: [], repeatedCount: 0 }
 */
export function paymentsOfYear<T>(files: readonly ResultsFileInput[], filing: PaymentFiling<T>): PaymentsOfYear<T> {
  const problems: YearProblem[] = [];
  const first = new Map<string, Filed<T>>();
  const repeated = new Set<Filed<T>>();
  const provisional: ProvisionalRow[] = [];
  for (const f of files) {
    f.results.forEach((result, i) => {
      const row = f.rows[i] ?? 0;
      if (result.provisional) return void provisional.push({ result, file: f.file, row });
      const payment = filing.paymentOf(result, f.file, row);
      if (isProblem(payment)) return void problems.push(payment);
      const { key, shown } = filing.when(result);
      const fullKey = [result.employeeId, kindOf(result), key].join("\u0000");
      const seen = first.get(fullKey);
      const filed = { payment, result, file: f.file, row };
      if (!seen) return void first.set(fullKey, filed);
      repeated.add(seen);
      problems.push(repeatProblem(seen, filed, shown));
    });
  }
  const filed = [...first.values()];
  for (const p of provisional) problems.push(provisionalProblem(p, trueRowOf(p, filed, filing.monthOf)));
  const payments = filed.filter((f) => !repeated.has(f)).map((f) => f.payment);
  return { payments, problems, repeatedCount: repeated.size };
}
