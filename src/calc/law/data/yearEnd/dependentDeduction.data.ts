/**
 * 扶養控除 (所得税法第84条, 租税特別措置法第41条の16 同居老親等), per 控除対象扶養親族. Yen.
 * The amounts are unchanged by the 令和7・8年度改正; the 扶養親族's income limit moved.
 */
export interface DependentDeductionRules {
  /** 扶養親族の合計所得金額の上限 (以下): above it the relative is not a 扶養親族. */
  readonly incomeLimit: number;
  /** 一般の控除対象扶養親族 (16〜18歳・23〜69歳). */
  readonly general: number;
  /** 特定扶養親族 (19〜22歳). */
  readonly specific: number;
  /** 老人扶養親族 (70歳以上) のうち同居老親等以外. */
  readonly elderly: number;
  /** 同居老親等 (70歳以上の直系尊属で同居を常況とする者). */
  readonly elderlyParents: number;
}

const AMOUNTS = { general: 380_000, specific: 630_000, elderly: 480_000, elderlyParents: 580_000 } as const;

/** 令和7年分: 扶養親族の合計所得金額 58万円以下 (給与収入のみなら123万円以下). */
export const DEPENDENT_DEDUCTION_R07: DependentDeductionRules = { incomeLimit: 580_000, ...AMOUNTS };

/** 令和8年分: 62万円以下 (給与収入のみなら136万円以下; 令和8年4月 改正のあらまし 2頁). */
export const DEPENDENT_DEDUCTION_R08: DependentDeductionRules = { incomeLimit: 620_000, ...AMOUNTS };
