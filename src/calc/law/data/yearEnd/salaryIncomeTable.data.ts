/**
 * 年末調整等のための給与所得控除後の給与等の金額の表 (所得税法第28条第4項・別表第五), with the formulas
 * that the same table prints for 6,600,000円以上. S = 給与等の収入金額 (年額).
 *
 * A bracket applies from its `from` (以上) to the next bracket's `from` (未満). Its amount is either the
 * figure printed in the table (`fixed`: the zero row and the irregular rows) or, for a run of rows of one
 * width, the arithmetic that generates every printed row of the run:
 *
 *   floor( (S を step 円単位に切り捨てた額) × percent / 100 ) + add
 *
 * e.g. 令和8年分 2,200,000〜3,600,000円: the table's 4,000円 rows are "A × 2.8 − 80,000" with
 * A = floor(S ÷ 4,000) × 1,000, which is the row's lower bound × 70% − 80,000. step 1 means no stepping
 * (S itself); the formulas from 6,600,000円 are applied to S with 1円未満切捨て as the table's note says.
 *
 * Sources: 国税庁「年末調整のしかた」各年分 (給与所得控除後の給与等の金額の表); the rows were transcribed
 * from nencho2026/pdf/nencho_all.pdf and nencho2025 by kishida-devil/jp-payroll-mcp src/data/year-end-r8.json
 * and year-end-r7.json (1,103 rows for 令和8年分), which these brackets reproduce row for row (see
 * test/calc/yearEnd/salaryIncomeAfterDeduction.test.ts).
 */
export type SalaryIncomeBracket =
  | { readonly from: number; readonly fixed: number }
  | { readonly from: number; readonly step: number; readonly percent: number; readonly add: number };

export interface SalaryIncomeTable {
  readonly brackets: readonly SalaryIncomeBracket[];
  /**
   * 年末調整 applies only when the year's 給与等の金額 is 2,000万円以下 (所得税法第190条: 「二千万円以下
   * であるもの」). Above it the table gives no amount: the employee settles by 確定申告.
   */
  readonly maxSalary: number;
}

const YEAR_END_LIMIT = 20_000_000;

/** 6,600,000円以上: the same in every year since 令和2年分 (所得税法第28条第3項の控除額 20%/10%/195万). */
const UPPER: readonly SalaryIncomeBracket[] = [
  { from: 3_600_000, step: 4_000, percent: 80, add: -440_000 }, // A × 3.2 − 440,000
  { from: 6_600_000, step: 1, percent: 90, add: -1_100_000 }, // S × 90% − 1,100,000（1円未満切捨て）
  { from: 8_500_000, step: 1, percent: 100, add: -1_950_000 }, // S − 1,950,000
];

/**
 * 令和8年分 (令和8年度税制改正 所得税法等の一部を改正する法律 令和8年法律第12号, 令和8年12月1日施行・令和8年分
 * 以後に適用): 給与所得控除の最低保障額 74万円 (本則69万円 + 令和8・9年分の特例5万円), so the table
 * starts at 741,000円 and joins "A × 2.8 − 80,000" at 2,200,000円 through three irregular rows.
 */
export const SALARY_INCOME_R08: SalaryIncomeTable = {
  maxSalary: YEAR_END_LIMIT,
  brackets: [
    { from: 0, fixed: 0 },
    { from: 741_000, step: 1, percent: 100, add: -740_000 }, // S − 740,000
    { from: 2_191_000, fixed: 1_451_000 },
    { from: 2_193_000, fixed: 1_453_000 },
    { from: 2_196_000, fixed: 1_456_000 },
    { from: 2_200_000, step: 4_000, percent: 70, add: -80_000 }, // A × 2.8 − 80,000
    ...UPPER,
  ],
};

/**
 * 令和7年分 (令和7年度税制改正, 令和7年12月1日施行・令和7年分以後): 最低保障額 65万円. S − 650,000 meets
 * "A × 2.8 − 80,000" exactly at 1,900,000円, so there are no irregular rows.
 */
export const SALARY_INCOME_R07: SalaryIncomeTable = {
  maxSalary: YEAR_END_LIMIT,
  brackets: [
    { from: 0, fixed: 0 },
    { from: 651_000, step: 1, percent: 100, add: -650_000 }, // S − 650,000
    { from: 1_900_000, step: 4_000, percent: 70, add: -80_000 }, // A × 2.8 − 80,000
    ...UPPER,
  ],
};

/**
 * 令和2年分〜令和6年分 (平成30年度税制改正, 最低保障額 55万円). S − 550,000 and "A × 2.4 + 100,000"
 * (収入×60%+10万) meet through four irregular rows at 1,619,000〜1,628,000円.
 */
export const SALARY_INCOME_R02: SalaryIncomeTable = {
  maxSalary: YEAR_END_LIMIT,
  brackets: [
    { from: 0, fixed: 0 },
    { from: 551_000, step: 1, percent: 100, add: -550_000 }, // S − 550,000
    { from: 1_619_000, fixed: 1_069_000 },
    { from: 1_620_000, fixed: 1_070_000 },
    { from: 1_622_000, fixed: 1_072_000 },
    { from: 1_624_000, fixed: 1_074_000 },
    { from: 1_628_000, step: 4_000, percent: 60, add: 100_000 }, // A × 2.4 + 100,000
    { from: 1_800_000, step: 4_000, percent: 70, add: -80_000 }, // A × 2.8 − 80,000
    ...UPPER,
  ],
};
