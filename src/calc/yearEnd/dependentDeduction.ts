import { dependentDeductionRules, forTaxYear } from "../law/yearEnd";

/** Counts of 控除対象扶養親族 by category, as declared in the 扶養控除等申告書. */
export interface DependentCounts {
  /** 一般 (16〜18歳・23〜69歳) */
  general: number;
  /** 特定扶養親族 (19〜22歳) */
  specific: number;
  /** 老人扶養親族 (70歳以上) のうち同居老親等以外 */
  elderly: number;
  /** 同居老親等 */
  elderlyParents: number;
}

/**
 * 扶養控除 (所得税法第84条, 租税特別措置法第41条の16): the year's amount per 控除対象扶養親族 times the count
 * in each category — 一般 38万円, 特定 63万円, 老人 48万円, 同居老親等 58万円. Who counts (合計所得金額 令和7年分
 * 58万円以下, 令和8年分 62万円以下, 16歳以上) is decided by the 申告書.
 * @example dependentDeduction({ general: 1, specific: 1, elderly: 0, elderlyParents: 1, year: 2026 }) // 1,590,000
 */
export function dependentDeduction(a: DependentCounts & { year: number }): number {
  const r = forTaxYear(dependentDeductionRules, a.year);
  return a.general * r.general + a.specific * r.specific + a.elderly * r.elderly + a.elderlyParents * r.elderlyParents;
}
