/**
 * 所得税の税率 (所得税法第89条第1項) as the 速算表 prints it: for 課税所得金額 from `from` (以上, 1,000円
 * 未満切捨て後), tax = amount × percent / 100 − subtract. 国税庁 タックスアンサー No.2260.
 */
export interface RateBracket {
  readonly from: number;
  readonly percent: number;
  readonly subtract: number;
}

/** 平成27年分以後 (平成25年度改正で 4,000万円超 45% を追加). */
export const INCOME_TAX_RATES_2015: readonly RateBracket[] = [
  { from: 0, percent: 5, subtract: 0 },
  { from: 1_950_000, percent: 10, subtract: 97_500 },
  { from: 3_300_000, percent: 20, subtract: 427_500 },
  { from: 6_950_000, percent: 23, subtract: 636_000 },
  { from: 9_000_000, percent: 33, subtract: 1_536_000 },
  { from: 18_000_000, percent: 40, subtract: 2_796_000 },
  { from: 40_000_000, percent: 45, subtract: 4_796_000 },
];

/**
 * 所得金額調整控除 (子ども・特別障害者等を有する者等; 租税特別措置法第41条の3の3第1項, 年末調整は第41条の3の4,
 * 令和2年分以後): (給与等の収入金額 (上限 salaryCap) − salaryOver) × percent%, 1円未満切上げ.
 * 国税庁 タックスアンサー No.1411.
 */
export interface IncomeAdjustmentRules {
  readonly salaryOver: number;
  readonly salaryCap: number;
  readonly percent: number;
}

export const INCOME_ADJUSTMENT: IncomeAdjustmentRules = { salaryOver: 8_500_000, salaryCap: 10_000_000, percent: 10 };
