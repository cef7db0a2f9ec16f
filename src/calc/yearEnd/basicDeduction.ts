import { basicDeductionTable, forTaxYear } from "../law/yearEnd";
import { rowFor } from "./brackets";

/**
 * 基礎控除 (所得税法第86条 and the 租税特別措置法 特例加算 of the year): the amount for the row of the year's
 * table holding the 合計所得金額 (以下・超).
 * @example basicDeduction({ totalIncome: 6_973_000, year: 2026 }) // 620,000
 */
export function basicDeduction(a: { totalIncome: number; year: number }): number {
  return rowFor(forTaxYear(basicDeductionTable, a.year), a.totalIncome)?.value ?? 0;
}
