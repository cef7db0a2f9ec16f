/**
 * The 年度更新 rules, one table per boundary, with the figures worked out by hand in the test names.
 */
import { dayOf } from "../../../src/calc/dates/calendar";
import { annualDeclarationRules, asbestosLevyRate } from "../../../src/calc/law/laborInsurance";
import { estimatedWages, instalments } from "../../../src/calc/laborInsurance/estimate";
import { insuranceYearOfWage } from "../../../src/calc/laborInsurance/insuranceYear";
import { asbestosLevy, employmentPremiumByRatePeriod, premiumBase, premiumOf } from "../../../src/calc/laborInsurance/premiums";
import { countsForEmploymentInsurance, countsForWorkersCompensation, workerCategory } from "../../../src/calc/laborInsurance/workerCategory";

const rules = annualDeclarationRules.at(dayOf(2026, 4, 1));
const d = (iso: string) => dayOf(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));

describe("保険年度 of a wage: salary by 賃金締切日, bonus by 支給日", () => {
  test.each([
    ["salary", { closingDay: "2026-03-31", payDay: "2026-04-25" }, 2025, "3月締め・4月払いは前年度"],
    ["salary", { closingDay: "2026-04-30", payDay: "2026-05-25" }, 2026, "4月締めは当年度の最初の月"],
    ["salary", { closingDay: "2027-03-31", payDay: "2027-04-25" }, 2026, "3月締め・翌4月払いは当年度の最後の月"],
    ["salary", { closingDay: "2026-03-20", payDay: "2026-03-25" }, 2025, "20日締め: 3/20 締めは前年度"],
    ["salary", { closingDay: "2026-04-20", payDay: "2026-04-25" }, 2026, "20日締め: 4/20 締めは当年度"],
    ["bonus", { payDay: "2027-03-31" }, 2026, "3/31 支給の賞与は当年度"],
    ["bonus", { payDay: "2027-04-01" }, 2027, "4/1 支給の賞与は翌年度"],
  ] as const)("%s %j → %i (%s)", (kind, days, year, _why) => {
    const w = { kind, closingDay: "closingDay" in days ? d(days.closingDay) : undefined, payDay: d(days.payDay) };
    expect(insuranceYearOfWage(w)).toBe(year);
  });
});

describe("集計表 column and coverage: 役員, 兼務役員, 臨時", () => {
  test.each([
    [{ employmentInsurance: "general" }, "regular", true, true],
    [{ employmentInsurance: "none" }, "temporary", true, false],
    [{ employmentInsurance: "general", officer: "officer" }, "outside", false, false],
    [{ employmentInsurance: "general", officer: "workingOfficer" }, "workingOfficer", true, true],
    [{ employmentInsurance: "none", officer: "workingOfficer" }, "workingOfficer", true, false],
  ] as const)("%j → %s, 労災 %s, 雇用 %s", (e, category, rosai, koyo) => {
    expect(workerCategory(e)).toBe(category);
    expect(countsForWorkersCompensation(e)).toBe(rosai);
    expect(countsForEmploymentInsurance(e)).toBe(koyo);
  });
});

describe("bases and premiums", () => {
  test.each([
    [12_345_678, 12_345_000],
    [999, 0],
    [1_000, 1_000],
  ])("賃金総額 %i → 算定基礎額 %i (1,000円未満切捨て)", (wages, base) => expect(premiumBase(wages)).toBe(base));

  test("労災 3/1000: 12,345,000 × 3 / 1000 = 37,035", () => expect(premiumOf(12_345_000, 3_000)).toBe(37_035));
  test("雇用 13.5/1000: 12,345,000 × 13.5 / 1000 = 166,657.5 → 166,657 (円未満切捨て)", () => expect(premiumOf(12_345_000, 13_500)).toBe(166_657));

  test("一般拠出金率: 0.05/1000 to 2014-03, 0.02/1000 from 2014-04", () => {
    expect(asbestosLevyRate.at(d("2014-03-31"))).toBe(50);
    expect(asbestosLevyRate.at(d("2014-04-01"))).toBe(20);
  });
  test("一般拠出金: 12,345,000 × 0.02 / 1000 = 246.9 → 246", () => expect(asbestosLevy(12_345_000, asbestosLevyRate.at(d("2026-04-01")))).toBe(246));

  test("rate change inside the year: each part cut below 1,000円 on its own (6,000,500 → 6,000,000 twice)", () => {
    // 上期 6,000,000 × 9.5/1000 = 57,000; 下期 6,000,000 × 13.5/1000 = 81,000; 57,000 + 81,000 = 138,000.
    expect(employmentPremiumByRatePeriod([{ rate: 9_500, wages: 6_000_500 }, { rate: 13_500, wages: 6_000_500 }])).toEqual({ base: 12_000_000, premium: 138_000 });
  });
});

describe("概算: this year's 賃金総額 when the estimate is within 50%–200% of it", () => {
  test.each([
    [4_999_999, 4_999_999, "50% 未満: 見込額"],
    [5_000_000, 10_000_000, "ちょうど 50%: 前年度"],
    [20_000_000, 10_000_000, "ちょうど 200%: 前年度"],
    [20_000_001, 20_000_001, "200% 超: 見込額"],
    [undefined, 10_000_000, "見込額なし: 前年度"],
  ])("前年度 10,000,000, 見込 %s → %i (%s)", (estimate, wages, _why) => {
    expect(estimatedWages({ lastYear: 10_000_000, estimate, rules })).toBe(wages);
  });
});

describe("延納: 3 instalments from 400,000円 (200,000円 with one insurance), the remainder in the first", () => {
  test.each([
    [399_999, true, []],
    [400_000, true, [133_334, 133_333, 133_333]], // 400,000 = 3 × 133,333 + 1
    [427_594, true, [142_532, 142_531, 142_531]], // 427,594 = 3 × 142,531 + 1
    [199_999, false, []],
    [200_000, false, [66_668, 66_666, 66_666]], // 200,000 = 3 × 66,666 + 2
    [300_000, true, []],
  ])("概算 %i, 両保険 %s → %j", (estimate, bothInsurances, expected) => {
    expect(instalments({ estimate, bothInsurances, rules })).toEqual(expected);
  });
});
