import { UpTo } from "./incomeBrackets";

/**
 * 特定親族特別控除 (令和7年度税制改正で所得税法に創設 (第84条の2), 令和7年分以後): for a 19歳以上23歳未満
 * relative whose 合計所得金額 is above the 扶養親族 limit (so not a 特定扶養親族) and at most 123万円.
 * No limit on the earner's own income. Yen, per relative.
 */
export interface SpecificRelativeRules {
  /** The relative's 合計所得金額 must be 超 this (= the 扶養親族 income limit of the year). */
  readonly lowerExclusive: number;
  readonly rows: readonly UpTo<number>[];
}

const ROWS: SpecificRelativeRules["rows"] = [
  { upTo: 850_000, value: 630_000 },
  { upTo: 900_000, value: 610_000 },
  { upTo: 950_000, value: 510_000 },
  { upTo: 1_000_000, value: 410_000 },
  { upTo: 1_050_000, value: 310_000 },
  { upTo: 1_100_000, value: 210_000 },
  { upTo: 1_150_000, value: 110_000 },
  { upTo: 1_200_000, value: 60_000 },
  { upTo: 1_230_000, value: 30_000 },
];

/** 令和7年分: 58万円超123万円以下. */
export const SPECIFIC_RELATIVE_R07: SpecificRelativeRules = { lowerExclusive: 580_000, rows: ROWS };

/** 令和8年分: 62万円超123万円以下 (first row 62万円超85万円以下; 令和8年4月 改正のあらまし 2頁). */
export const SPECIFIC_RELATIVE_R08: SpecificRelativeRules = { lowerExclusive: 620_000, rows: ROWS };
