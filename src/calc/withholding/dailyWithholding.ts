import type { LawContext } from "../law/lawContext";
import { dailyTaxTableOn } from "../law/taxTableOn";
import { Day } from "../dates/calendar";
import { tableTax } from "./tableTax";
import { checkDependents, checkYen, WithholdingColumn } from "./types";

/**
 * 日額表による源泉徴収税額 (所得税法第185条第1項第2号・第3号, 別表第三): for pay by the day or the week, or
 * 日割 pay (週給は7で、半月払等でない日割は支給日数で割った日額で引き、その倍数を掛ける — the caller's step). Columns 甲
 * (7人を超える1人ごとに50円を控除), 乙, and 丙 (日雇い: 扶養親族等は数えない). 24,000円以上は算式 (1円未満切捨て).
 * Only 令和8年分 is built in; another year answers from the table the user added (`law`, userTaxTable.ts), or
 * #N/A naming the missing table.
 * @example dailyWithholding({ taxable: 10_000, dependents: 0, column: "甲", paymentDate: 2026-11-25 }) // 265
 */
export function dailyWithholding(a: { taxable: number; dependents: number; column: WithholdingColumn; paymentDate: Day; law?: LawContext }): number {
  const table = dailyTaxTableOn(a.paymentDate, a.law);
  return tableTax(table, a.column, checkDependents(a.dependents), checkYen("その日の社会保険料等控除後の給与等の金額", a.taxable), 1);
}
