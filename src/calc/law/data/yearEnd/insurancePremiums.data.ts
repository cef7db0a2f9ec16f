import { UpTo } from "./incomeBrackets";

/**
 * How a year's premiums become a deduction: by the amount paid (以下 `upTo`), either
 * ceil(premium × percent / 100) + add, or a fixed amount. 国税庁「年末調整のしかた」: 控除額の計算において
 * 算出した金額に1円未満の端数があるときは、その端数を切り上げます.
 */
export type PremiumFormula = readonly UpTo<{ readonly percent: number; readonly add: number } | { readonly fixed: number }>[];

export interface LifeInsuranceRules {
  /** 新契約 (平成24年1月1日以後に締結): 一般の生命保険料・介護医療保険料・個人年金保険料 each. */
  readonly newContract: PremiumFormula;
  /** 旧契約 (平成23年12月31日以前に締結): 一般の生命保険料・個人年金保険料 each. */
  readonly oldContract: PremiumFormula;
  /** 新旧両方を支払った区分: 新の額 + 旧の額 の上限 (旧だけの額の方が大きければそちら). */
  readonly newAndOldCap: number;
  /** 一般・介護医療・個人年金の合計の上限. */
  readonly totalCap: number;
}

/**
 * 生命保険料控除 (所得税法第76条第1項〜第4項・第7項, 平成22年度改正, 平成24年分以後). No tax-year dependence
 * since then; a year's special measure is in LIFE_INSURANCE_YOUNG_DEPENDENT below.
 */
export const LIFE_INSURANCE: LifeInsuranceRules = {
  newContract: [
    { upTo: 20_000, value: { percent: 100, add: 0 } },
    { upTo: 40_000, value: { percent: 50, add: 10_000 } },
    { upTo: 80_000, value: { percent: 25, add: 20_000 } },
    { upTo: null, value: { fixed: 40_000 } },
  ],
  oldContract: [
    { upTo: 25_000, value: { percent: 100, add: 0 } },
    { upTo: 50_000, value: { percent: 50, add: 12_500 } },
    { upTo: 100_000, value: { percent: 25, add: 25_000 } },
    { upTo: null, value: { fixed: 50_000 } },
  ],
  newAndOldCap: 40_000,
  totalCap: 120_000,
};

/** A year's special rule for the 一般の生命保険料 (新契約) of a taxpayer with a 23歳未満の扶養親族. */
export interface YoungDependentLifeRules {
  readonly newContract: PremiumFormula;
  readonly newAndOldCap: number;
}

/**
 * 令和8年分に限り, 年齢23歳未満の扶養親族を有する居住者の一般生命保険料控除 (新生命保険料) は上限6万円:
 * 3万円以下 全額, 6万円以下 ×1/2+1.5万円, 12万円以下 ×1/4+3万円, 超 6万円; 新旧合計も上限6万円. 合計12万円は
 * 据置き (令和7年度税制改正, 租税特別措置法). 財務省 令和7年度税制改正の大綱; 明治安田生命「生命保険料控除制度」改正について.
 */
export const LIFE_INSURANCE_YOUNG_DEPENDENT_R08: YoungDependentLifeRules = {
  newContract: [
    { upTo: 30_000, value: { percent: 100, add: 0 } },
    { upTo: 60_000, value: { percent: 50, add: 15_000 } },
    { upTo: 120_000, value: { percent: 25, add: 30_000 } },
    { upTo: null, value: { fixed: 60_000 } },
  ],
  newAndOldCap: 60_000,
};

export interface EarthquakeInsuranceRules {
  /** 地震保険料: 全額, この額まで. */
  readonly earthquakeCap: number;
  /** 旧長期損害保険料 (平成18年12月31日までに締結した長期損害保険契約等). */
  readonly oldLongTerm: PremiumFormula;
  /** 両方あるときの合計の上限. */
  readonly totalCap: number;
}

/**
 * 地震保険料控除 (所得税法第77条, 平成18年度改正, 平成19年分以後; 旧長期損害保険料は 平成18年改正法附則第10条).
 */
export const EARTHQUAKE_INSURANCE: EarthquakeInsuranceRules = {
  earthquakeCap: 50_000,
  oldLongTerm: [
    { upTo: 10_000, value: { percent: 100, add: 0 } },
    { upTo: 20_000, value: { percent: 50, add: 5_000 } },
    { upTo: null, value: { fixed: 15_000 } },
  ],
  totalCap: 50_000,
};
