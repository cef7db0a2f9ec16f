/**
 * A year of results as the 届書 and the ledgers read it: every payment as the 届書 rules take it (PaidResult),
 * with the file and row it came from, per employee. A payment is told apart by its 社員番号, 種別 and 支給日 (whether
 * a 給与 counts for 4〜6月 is fixed by its 支給日); the rules on repeats and 仮払い rows are paymentsOfYear's.
 */
import { isoToDay } from "../../calc/dates/calendar";
import type { PreviousResult } from "../../calc/records/previousResults";
import { PaidResult, resultsByEmployee } from "../../calc/socialInsurance/paidResult";
import { PaymentFiling, paymentsOfYear, ResultsFileInput, YearProblem } from "./paymentsOfYear";

export type { ResultsFileInput, YearProblem } from "./paymentsOfYear";

export interface SourcedResult extends PaidResult {
  file: string;
  row: number;
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

/** By 支給日; a provisional row without 支給日 stands for its 対象年月. */
const BY_PAY_DATE: PaymentFiling<SourcedResult> = {
  paymentOf: paidResultOf,
  when: (r) => ({ key: r.payDate ?? "", shown: `支給日 ${r.payDate}` }),
  monthOf: (r) => r.payDate?.slice(0, 7) ?? (r.period || undefined),
};

/**
 * Rows flagged 仮払い (備考) are provisional: the true row of the same 社員番号, 種別 and month, from any file,
 * replaces them (a note naming both files), so that 算定基礎届, 年度更新 and the ledgers read the true figures.
 * Two true rows of one payment are still an error.
 * @example yearOfResults([{ file: "2026-04.csv", results, rows }, { file: "vendor.csv", … }]) // { byEmployee: Map { "F001" => [4月, 5月, 6月…] }, problems: [] }
 */
export function yearOfResults(files: readonly ResultsFileInput[]): YearOfResults {
  const { payments, problems, repeatedCount } = paymentsOfYear(files, BY_PAY_DATE);
  const rejectedCount = problems.filter((p) => p.severity === "error").length + repeatedCount;
  return { byEmployee: resultsByEmployee(payments) as Map<string, SourcedResult[]>, problems, rejectedCount };
}
