/**
 * A 中途就職者: the 国税庁 令和8年分 計算例 (給与 8,970,000 / 社会保険料 1,386,102 / 源泉徴収済額 156,670, with the
 * same declarations as ntaWorkedExample.test.ts) at the new employer, plus a 前職 whose 源泉徴収票 shows
 * 支払金額 1,000,000, 社会保険料等の金額 150,000, 源泉徴収税額 20,000. Worked by hand:
 *   給与等の収入金額     8,970,000 + 1,000,000 = 9,970,000
 *   給与所得控除後       9,970,000 − 1,950,000 = 8,020,000 (令和8年分の表: 8,500,000円以上は S − 1,950,000)
 *   所得金額調整控除     (9,970,000 − 8,500,000) × 10% = 147,000 (租税特別措置法第41条の3の3第1項)
 *   調整控除後           8,020,000 − 147,000 = 7,873,000
 *   社会保険料控除       1,386,102 + 150,000 = 1,536,102
 *   配偶者控除           380,000 (本人の合計所得金額 7,873,000 ≤ 9,000,000)
 *   基礎控除             620,000 (令和8年分: 合計所得金額 6,550,000超 23,500,000以下)
 *   所得控除の合計       1,536,102 + 120,000 + 50,000 + 380,000 + 1,860,000 + 410,000 + 620,000 = 4,976,102
 *   課税給与所得金額     7,873,000 − 4,976,102 = 2,896,898 → 1,000円未満切捨て 2,896,000
 *   算出所得税額         2,896,000 × 10% − 97,500 = 192,100 (1,950,000円超 3,300,000円以下)
 *   年調所得税額         192,100 − 76,500 = 115,600
 *   年調年税額           115,600 × 102.1% = 118,027.6 → 100円未満切捨て 118,000
 *   過不足額             (156,670 + 20,000) − 118,000 = 58,670 (還付)
 */
import { withPreviousEmployer } from "../../../src/calc/yearEnd/previousEmployer";
import type { YearEndInput } from "../../../src/calc/yearEnd/types";
import { yearEndAdjustment } from "../../../src/calc/yearEnd/yearEndAdjustment";

const NTA_DECLARATIONS: Omit<YearEndInput, "salary" | "socialInsurance" | "withheld"> = {
  year: 2026,
  spouse: { totalIncome: 0, elderly: false },
  dependents: { general: 1, specific: 1, elderly: 0, elderlyParents: 1 },
  personal: { disabled: 1 },
  specificRelatives: [1_000_000],
  youngDependent: true,
  incomeAdjustmentEligible: true,
  lifePremiums: { newGeneral: 150_000, careMedical: 100_000, newPension: 100_000 },
  earthquakePremiums: { earthquake: 60_000 },
  housingLoanCredit: 76_500,
};

const PREVIOUS = { salary: 1_000_000, socialInsurance: 150_000, withheld: 20_000 };

const r = yearEndAdjustment({ ...NTA_DECLARATIONS, salary: 8_970_000, socialInsurance: 1_386_102, withheld: 156_670, previousEmployer: PREVIOUS });

test.each([
  ["給与等の収入金額", r.salary, 9_970_000],
  ["給与所得控除後の給与等の金額", r.salaryIncome, 8_020_000],
  ["所得金額調整控除額", r.incomeAdjustment, 147_000],
  ["調整控除後", r.salaryIncomeAdjusted, 7_873_000],
  ["社会保険料控除", r.socialInsurance, 1_536_102],
  ["配偶者控除", r.spouse, 380_000],
  ["基礎控除", r.basic, 620_000],
  ["所得控除額の合計額", r.totalDeductions, 4_976_102],
  ["課税給与所得金額", r.taxableIncome, 2_896_000],
  ["算出所得税額", r.computedTax, 192_100],
  ["年調所得税額", r.adjustedTax, 115_600],
  ["年調年税額", r.annualTax, 118_000],
  ["源泉徴収済額", r.withheld, 176_670],
  ["過不足額 (還付)", r.balance, 58_670],
])("%s: %d = %d", (_name, actual, expected) => {
  expect(actual).toBe(expected);
});

test("the 前職分 in the 支給総額 itself gives the same year as in its own fields", () => {
  const folded = yearEndAdjustment({ ...NTA_DECLARATIONS, salary: 9_970_000, socialInsurance: 1_536_102, withheld: 176_670 });
  expect(folded).toEqual(r);
});

test("withPreviousEmployer adds the three figures; without a 前職 they are this employer's", () => {
  expect(withPreviousEmployer({ salary: 2_000_000, socialInsurance: 300_000, withheld: 40_000, previousEmployer: { salary: 1_000_000, socialInsurance: 150_000, withheld: 20_000 } }))
    .toEqual({ salary: 3_000_000, socialInsurance: 450_000, withheld: 60_000 });
  expect(withPreviousEmployer({ salary: 2_000_000, socialInsurance: 300_000 })).toEqual({ salary: 2_000_000, socialInsurance: 300_000, withheld: 0 });
});

test("the 2,000万円 limit of 所得税法第190条 is on the whole year, the 前職分 included", () => {
  expect(() => yearEndAdjustment({ year: 2026, salary: 19_500_000, socialInsurance: 0, previousEmployer: { salary: 600_000, socialInsurance: 0, withheld: 0 } })).toThrow(/年末調整の対象外/);
});
