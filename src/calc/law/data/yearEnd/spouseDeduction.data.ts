import { UpTo } from "./incomeBrackets";

/**
 * 配偶者控除 (所得税法第83条) and 配偶者特別控除 (同第83条の2). Yen.
 *
 * Both shrink with the earner's own 合計所得金額 in three steps (900万円以下 / 950万円以下 / 1,000万円以下)
 * and are 0 above 1,000万円. The spouse's 合計所得金額 decides which applies: up to `spouseIncomeLimit`
 * (同一生計配偶者) 配偶者控除; above it up to the last row of `special` 配偶者特別控除; above that nothing.
 * The amounts are the same in 令和7年分 and 令和8年分; only the spouse's limit moved (58万 → 62万).
 */
export interface SpouseDeductionRules {
  /** 同一生計配偶者の合計所得金額の上限 (以下). */
  readonly spouseIncomeLimit: number;
  /** 配偶者控除 by the earner's 合計所得金額: 一般 / 老人控除対象配偶者 (70歳以上). */
  readonly deduction: readonly UpTo<{ readonly general: number; readonly elderly: number }>[];
  /**
   * 配偶者特別控除 by the spouse's 合計所得金額 (超 spouseIncomeLimit). Each row's three amounts are for
   * the earner's 合計所得金額 900万円以下 / 950万円以下 / 1,000万円以下 (the bands of `deduction`).
   */
  readonly special: readonly UpTo<readonly [number, number, number]>[];
}

const DEDUCTION: SpouseDeductionRules["deduction"] = [
  { upTo: 9_000_000, value: { general: 380_000, elderly: 480_000 } },
  { upTo: 9_500_000, value: { general: 260_000, elderly: 320_000 } },
  { upTo: 10_000_000, value: { general: 130_000, elderly: 160_000 } },
  { upTo: null, value: { general: 0, elderly: 0 } },
];

const SPECIAL: SpouseDeductionRules["special"] = [
  { upTo: 950_000, value: [380_000, 260_000, 130_000] },
  { upTo: 1_000_000, value: [360_000, 240_000, 120_000] },
  { upTo: 1_050_000, value: [310_000, 210_000, 110_000] },
  { upTo: 1_100_000, value: [260_000, 180_000, 90_000] },
  { upTo: 1_150_000, value: [210_000, 140_000, 70_000] },
  { upTo: 1_200_000, value: [160_000, 110_000, 60_000] },
  { upTo: 1_250_000, value: [110_000, 80_000, 40_000] },
  { upTo: 1_300_000, value: [60_000, 40_000, 20_000] },
  { upTo: 1_330_000, value: [30_000, 20_000, 10_000] },
];

/** 令和7年分: 配偶者の合計所得金額 58万円以下 → 配偶者控除; 58万円超133万円以下 → 配偶者特別控除. */
export const SPOUSE_DEDUCTION_R07: SpouseDeductionRules = { spouseIncomeLimit: 580_000, deduction: DEDUCTION, special: SPECIAL };

/**
 * 令和8年分: 62万円以下 → 配偶者控除; 62万円超133万円以下 → 配偶者特別控除 (the first row of the special
 * table becomes 62万円超95万円以下; 国税庁「令和8年4月 源泉所得税の改正のあらまし」2頁).
 */
export const SPOUSE_DEDUCTION_R08: SpouseDeductionRules = { spouseIncomeLimit: 620_000, deduction: DEDUCTION, special: SPECIAL };
