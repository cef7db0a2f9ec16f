/**
 * 国税庁 令和8年分 年末調整の計算例: every intermediate figure must come out exactly, through the
 * whole-employee rule and through the formulas as staff type them.
 *   給与 8,970,000 / 社会保険料 1,386,102 / 所得金額調整控除 47,000 / 生命保険料控除 120,000 /
 *   地震保険料控除 50,000 / 配偶者控除 380,000 / 特定親族特別控除 410,000 / 扶養控除等 1,860,000 /
 *   基礎控除 620,000 → 課税給与所得金額 2,146,000 → 算出所得税額 117,100 → 住宅借入金等特別控除 76,500 →
 *   年調所得税額 40,600 → 年調年税額 41,400; 源泉徴収済額 156,670 → 還付 115,270.
 * The example gives deduction amounts; the premiums and family below are one declaration that produces
 * them (扶養控除等 1,860,000 = 特定扶養 630,000 + 同居老親等 580,000 + 一般 380,000 + 障害者 270,000).
 */
import { yearEndAdjustment } from "../../../src/calc/yearEnd/yearEndAdjustment";
import { call } from "../../support/formula";

const NTA = {
  salary: 8_970_000,
  socialInsurance: 1_386_102,
  incomeAdjustment: 47_000,
  lifeInsurance: 120_000,
  earthquakeInsurance: 50_000,
  spouse: 380_000,
  specificRelatives: 410_000,
  dependentsEtc: 1_860_000,
  basic: 620_000,
  taxableIncome: 2_146_000,
  computedTax: 117_100,
  housingLoanCredit: 76_500,
  adjustedTax: 40_600,
  annualTax: 41_400,
  withheld: 156_670,
  refund: 115_270,
};

const result = yearEndAdjustment({
  year: 2026,
  salary: NTA.salary,
  socialInsurance: NTA.socialInsurance,
  withheld: NTA.withheld,
  spouse: { totalIncome: 0, elderly: false },
  dependents: { general: 1, specific: 1, elderly: 0, elderlyParents: 1 },
  personal: { disabled: 1 },
  specificRelatives: [1_000_000], // 95万円超100万円以下 → 410,000
  youngDependent: true,
  incomeAdjustmentEligible: true,
  lifePremiums: { newGeneral: 150_000, careMedical: 100_000, newPension: 100_000 },
  earthquakePremiums: { earthquake: 60_000 },
  housingLoanCredit: NTA.housingLoanCredit,
});

describe("国税庁 令和8年分の計算例 (yearEndAdjustment)", () => {
  const steps: [string, number, number][] = [
    ["給与所得控除後の給与等の金額 = 8,970,000 − 1,950,000", result.salaryIncome, NTA.salary - 1_950_000],
    ["所得金額調整控除", result.incomeAdjustment, NTA.incomeAdjustment],
    ["調整控除後 = 7,020,000 − 47,000", result.salaryIncomeAdjusted, 7_020_000 - NTA.incomeAdjustment],
    ["社会保険料控除", result.socialInsurance, NTA.socialInsurance],
    ["生命保険料控除", result.lifeInsurance, NTA.lifeInsurance],
    ["地震保険料控除", result.earthquakeInsurance, NTA.earthquakeInsurance],
    ["配偶者控除", result.spouse, NTA.spouse],
    ["特定親族特別控除", result.specificRelatives, NTA.specificRelatives],
    ["扶養控除等 (扶養控除 + 障害者等)", result.dependents + result.personal, NTA.dependentsEtc],
    ["基礎控除", result.basic, NTA.basic],
    ["課税給与所得金額", result.taxableIncome, NTA.taxableIncome],
    ["算出所得税額", result.computedTax, NTA.computedTax],
    ["住宅借入金等特別控除", result.housingLoanCredit, NTA.housingLoanCredit],
    ["年調所得税額", result.adjustedTax, NTA.adjustedTax],
    ["年調年税額", result.annualTax, NTA.annualTax],
    ["過不足額 (還付)", result.balance, NTA.refund],
  ];
  test.each(steps)("%s: %d = %d", (_name, actual, expected) => {
    expect(actual).toBe(expected);
  });
  test("配偶者控除 (not 特別), no notes", () => {
    expect(result.spouseKind).toBe("配偶者控除");
    expect(result.notes).toEqual([]);
  });
});

describe("国税庁 令和8年分の計算例 through the formulas", () => {
  const otherDeductions = NTA.lifeInsurance + NTA.earthquakeInsurance + NTA.spouse + NTA.specificRelatives + NTA.dependentsEtc;
  const cases: [string, unknown[], number][] = [
    ["YE_SALARY_INCOME", [NTA.salary, 2026], 7_020_000],
    ["YE_INCOME_ADJUSTMENT", [NTA.salary, true], NTA.incomeAdjustment],
    ["YE_BASIC_DEDUCTION", [7_020_000 - NTA.incomeAdjustment, "令和8年"], NTA.basic],
    ["YE_SPOUSE_DEDUCTION", [7_020_000 - NTA.incomeAdjustment, 0, "R8"], NTA.spouse],
    ["YE_SPECIFIC_RELATIVE_DEDUCTION", [1_000_000, "2026"], NTA.specificRelatives],
    ["YE_LIFE_INSURANCE_DEDUCTION", [150_000, 0, 100_000, 100_000, 0, true, 2026], NTA.lifeInsurance],
    ["YE_EARTHQUAKE_DEDUCTION", [60_000, 0], NTA.earthquakeInsurance],
    ["YE_INCOME_TAX", [NTA.taxableIncome, 2026], Math.floor((NTA.computedTax * 1021) / 100_000) * 100],
    ["YE_INCOME_TAX", [NTA.taxableIncome, 2026, NTA.housingLoanCredit], NTA.annualTax],
    ["YE_INCOME_TAX", [2_146_898, 2026, NTA.housingLoanCredit], NTA.annualTax],
    ["YE_ANNUAL_TAX", [NTA.salary, NTA.socialInsurance, 2026, otherDeductions, NTA.housingLoanCredit, true], NTA.annualTax],
    ["YE_ANNUAL_TAX", [NTA.salary, NTA.socialInsurance, "R8", otherDeductions, NTA.housingLoanCredit, "TRUE"], NTA.annualTax],
  ];
  test.each(cases)("%s(%j) = %d", (id, args, expected) => {
    expect(call(id, ...args)).toBe(expected);
  });
});
