import { forTaxYear, specificRelativeRules } from "../law/yearEnd";
import { rowFor } from "./brackets";

/**
 * 特定親族特別控除 (所得税法第84条の2, 令和7年分以後) for one 19歳以上23歳未満の親族, by the relative's
 * 合計所得金額: 0 up to the year's 扶養親族 limit (令和7年分 58万円, 令和8年分 62万円 — that relative is a
 * 特定扶養親族 under 扶養控除 instead), then the row of the table up to 123万円, 0 above.
 * @example specificRelativeDeduction({ relativeTotalIncome: 1_000_000, year: 2026 }) // 410,000
 */
export function specificRelativeDeduction(a: { relativeTotalIncome: number; year: number }): number {
  const r = forTaxYear(specificRelativeRules, a.year);
  if (a.relativeTotalIncome <= r.lowerExclusive) return 0;
  return rowFor(r.rows, a.relativeTotalIncome)?.value ?? 0;
}
