/**
 * The year's wage rows from results files (the vendor's exports and Sonae's --results-out months, in any
 * order): a 給与 by its 対象年月 (the month of the 賃金締切日), a 賞与 by its 支給日. The rules on repeats and 仮払い
 * rows are paymentsOfYear's; a row without 総支給額 is an error, never a zero.
 */
import type { PreviousResult } from "../../calc/records/previousResults";
import type { NendoWageRow } from "./wageRows";
import { PaymentFiling, paymentsOfYear, ResultsFileInput, YearProblem } from "../results/paymentsOfYear";

export type ResultsFile = ResultsFileInput;
export type FileProblem = YearProblem;

function wageRowOf(r: PreviousResult, file: string, row: number): NendoWageRow | FileProblem {
  const kind = r.kind === "賞与" ? "bonus" : "salary";
  if (r.gross === undefined) {
    return { file, row, column: "総支給額", value: "", message: `社員番号 ${r.employeeId}: 総支給額が空欄です。支払いがなかったのなら 0 と書いてください（空欄を 0 とはみなしません）。`, severity: "error" };
  }
  const w: NendoWageRow = { employeeId: r.employeeId, kind, gross: r.gross, file, row };
  if (r.period !== undefined) w.period = r.period;
  if (r.payDate !== undefined) w.payDate = r.payDate;
  return w;
}

const isSalary = (r: PreviousResult) => r.kind !== "賞与";

/** A payment by its 対象年月 and 支給日; a 給与 is named by its 対象年月, a 賞与 by its 支給日. */
const BY_PERIOD: PaymentFiling<NendoWageRow> = {
  paymentOf: wageRowOf,
  when: (r) => ({
    key: [r.period ?? "", r.payDate ?? ""].join("\u0000"),
    shown: isSalary(r) ? `対象年月 ${r.period ?? "（空欄）"}` : `支給日 ${r.payDate ?? "（空欄）"}`,
  }),
  monthOf: (r) => (isSalary(r) && r.period !== undefined ? r.period : r.payDate?.slice(0, 7)),
};

/**
 * A row whose 備考 says 仮払い gives way to the true row of its payment (a note), or is an error when there is none.
 * @example wagesOfResults([{ file: "2026-04.csv", results, rows }, …]) // { wages: [{ employeeId: "F001", kind: "salary", period: "2026-04", gross: 310,000, … }], problems: [] }
 */
export function wagesOfResults(files: readonly ResultsFile[]): { wages: NendoWageRow[]; problems: FileProblem[] } {
  const { payments, problems } = paymentsOfYear(files, BY_PERIOD);
  return { wages: payments, problems };
}
