/**
 * The whole-employee calculation: every step is present and consistent, 過不足 is 源泉徴収済額 − 年調年税額,
 * the taxable amount never goes negative, declared statuses that give nothing say why, and the
 * 2,000万円 limit is #N/A. Expected values are the law's arithmetic, written out.
 */
import { CalcError } from "../../../src/calc/vocabulary/errors";
import { yearEndAdjustment } from "../../../src/calc/yearEnd/yearEndAdjustment";

describe("yearEndAdjustment", () => {
  test("令和8年分: a part-timer whose deductions exceed the salary income pays nothing and gets all back", () => {
    const r = yearEndAdjustment({ year: 2026, salary: 1_200_000, socialInsurance: 0, withheld: 12_000, personal: { workingStudent: true } });
    expect(r.salaryIncome).toBe(1_200_000 - 740_000);
    expect(r.personal).toBe(270_000);
    expect(r.basic).toBe(1_040_000);
    expect(r.taxableIncome).toBe(0);
    expect(r.annualTax).toBe(0);
    expect(r.balance).toBe(12_000);
  });

  test("令和7年分 and 令和8年分 of the same declaration differ by the reform (配偶者 60万円: 特別控除 → 控除)", () => {
    const base = { salary: 4_200_000, socialInsurance: 620_000, withheld: 60_000, spouse: { totalIncome: 600_000, elderly: true } };
    const r7 = yearEndAdjustment({ ...base, year: 2025 });
    const r8 = yearEndAdjustment({ ...base, year: 2026 });
    expect([r7.spouseKind, r7.spouse]).toEqual(["配偶者特別控除", 380_000]);
    expect([r8.spouseKind, r8.spouse]).toEqual(["配偶者控除", 480_000]);
    // 4,200,000: A = 1,050,000 × 3.2 − 440,000 = 2,920,000 in both years.
    expect(r7.salaryIncome).toBe(2_920_000);
    expect(r7.taxableIncome).toBe(Math.floor((2_920_000 - 620_000 - 380_000 - 880_000) / 1000) * 1000);
    expect(r8.taxableIncome).toBe(Math.floor((2_920_000 - 620_000 - 480_000 - 1_040_000) / 1000) * 1000);
  });

  test("the steps add up", () => {
    const r = yearEndAdjustment({
      year: 2026, salary: 6_000_000, socialInsurance: 880_000, declaredSocialInsurance: 200_000, smallEnterpriseMutualAid: 276_000,
      otherIncome: 50_000, withheld: 150_000, dependents: { general: 1 }, lifePremiums: { oldGeneral: 120_000 }, earthquakePremiums: { earthquake: 20_000 },
    });
    expect(r.totalIncome).toBe(r.salaryIncomeAdjusted + 50_000);
    expect(r.socialInsurance).toBe(880_000 + 200_000);
    expect(r.totalDeductions).toBe(r.socialInsurance + 276_000 + 50_000 + 20_000 + 380_000 + r.basic);
    expect(r.taxableIncome).toBe(Math.floor((r.salaryIncomeAdjusted - r.totalDeductions) / 1000) * 1000);
    expect(r.balance).toBe(150_000 - r.annualTax);
  });

  test("declared but not applicable: a note says why", () => {
    const r = yearEndAdjustment({
      year: 2026, salary: 9_000_000, socialInsurance: 1_300_000, specificRelatives: [600_000, 1_300_000], personal: { widow: true },
      spouse: { totalIncome: 1_400_000, elderly: false },
    });
    expect(r.specificRelatives).toBe(0);
    expect(r.spouse).toBe(0);
    expect(r.notes.join("\n")).toMatch(/特定親族1.*扶養控除（特定扶養親族）/);
    expect(r.notes.join("\n")).toMatch(/特定親族2.*123万円を超える/);
    expect(r.notes.join("\n")).toMatch(/寡婦控除は適用できません/);
    expect(r.notes.join("\n")).toMatch(/配偶者（特別）控除はありません/);
  });

  test("over 2,000万円: #N/A 年末調整の対象外", () => {
    expect(() => yearEndAdjustment({ year: 2026, salary: 20_000_001, socialInsurance: 0 })).toThrow(CalcError);
    expect(() => yearEndAdjustment({ year: 2026, salary: 20_000_001, socialInsurance: 0 })).toThrow(/年末調整の対象外/);
    expect(yearEndAdjustment({ year: 2026, salary: 20_000_000, socialInsurance: 0 }).salaryIncome).toBe(20_000_000 - 1_950_000);
  });
});
