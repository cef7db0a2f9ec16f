import { incomeAdjustmentRules } from "../law/yearEnd";
import { ceilYen } from "../money/yearEndRounding";

/**
 * 所得金額調整控除 (子ども・特別障害者等を有する者等; 租税特別措置法第41条の3の3第1項, 年末調整は第41条の3の4):
 * for an eligible employee (本人が特別障害者 / 年齢23歳未満の扶養親族を有する / 特別障害者である同一生計配偶者
 * 又は扶養親族を有する) whose 給与等の収入金額 is over 850万円,
 * (給与等の収入金額 (1,000万円超は1,000万円) − 850万円) × 10%, 1円未満切上げ — at most 15万円.
 * @example incomeAdjustmentDeduction({ salary: 8_970_000, eligible: true }) // 47,000
 */
export function incomeAdjustmentDeduction(a: { salary: number; eligible: boolean }): number {
  const r = incomeAdjustmentRules.value;
  if (!a.eligible || a.salary <= r.salaryOver) return 0;
  return ceilYen((Math.min(a.salary, r.salaryCap) - r.salaryOver) * r.percent, 100);
}
