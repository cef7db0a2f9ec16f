import { monthlyTaxTables, onPaymentDate } from "../law/withholding";
import { Day } from "../dates/calendar";
import { tableTax } from "./tableTax";
import { checkDependents, checkYen } from "./types";

/**
 * 月額表による源泉徴収税額 (所得税法第185条第1項第1号イ・ロ, 別表第二; 令和9年分からは防衛特別所得税を含む):
 * the table of the year of the payment date, the row of その月の社会保険料等控除後の給与等の金額, and the 甲欄
 * column of 扶養親族等の数 or the 乙欄. 740,000円以上 and 乙欄の最初の行 are 算式 (1円未満切捨て); more than
 * 7 dependants: 1,610円 less per person over 7. For 乙, `dependents` is the number declared in a
 * 「従たる給与についての扶養控除等申告書」 (0 if none): 1,610円 less per person.
 * @example monthlyWithholding({ taxable: 300_000, dependents: 0, column: "甲", paymentDate: 2026-11-25 }) // 7,930
 */
export function monthlyWithholding(a: { taxable: number; dependents: number; column: "甲" | "乙"; paymentDate: Day }): number {
  const table = onPaymentDate(monthlyTaxTables, a.paymentDate);
  return tableTax(table, a.column, checkDependents(a.dependents), checkYen("社会保険料等控除後の給与等の金額", a.taxable), 1);
}
