import { basicDeductionTable, forTaxYear } from "../law/yearEnd";
import { BasicDeductionTable } from "../law/data/yearEnd/basicDeduction.data";
import { rowFor } from "./brackets";

/**
 * 基礎控除 (所得税法第86条 and the 租税特別措置法 特例加算 of the year): the amount for the row of the year's
 * table holding the 合計所得金額 (以下・超).
 * @example basicDeduction({ totalIncome: 6_973_000, year: 2026 }) // 620,000
 */
export function basicDeduction(a: { totalIncome: number; year: number }): number {
  return basicDeductionOnTable(forTaxYear(basicDeductionTable, a.year), a.totalIncome);
}

/** The same on the year's table, already looked up (a 年調年税額 column looks it up once per 年分). */
export function basicDeductionOnTable(table: BasicDeductionTable, totalIncome: number): number {
  return rowFor(table, totalIncome)?.value ?? 0;
}
