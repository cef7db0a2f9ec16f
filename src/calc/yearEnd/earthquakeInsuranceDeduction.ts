import { earthquakeInsuranceRules } from "../law/yearEnd";
import { premiumDeduction } from "./brackets";

/**
 * 地震保険料控除 (所得税法第77条): 地震保険料は全額 (上限5万円); 旧長期損害保険料は 1万円以下 全額, 2万円以下
 * ×1/2+5千円, 超 1万5千円 (1円未満切上げ); 両方あるときは合計で上限5万円. A contract in both categories is
 * entered in one of them only (the employee's choice, 年末調整のしかた).
 * @example earthquakeInsuranceDeduction({ earthquake: 30_000, oldLongTerm: 15_000 }) // 30,000 + 12,500 = 42,500
 */
export function earthquakeInsuranceDeduction(a: { earthquake: number; oldLongTerm: number }): number {
  const r = earthquakeInsuranceRules.value;
  const quake = Math.min(a.earthquake, r.earthquakeCap);
  return Math.min(quake + premiumDeduction(r.oldLongTerm, a.oldLongTerm), r.totalCap);
}
