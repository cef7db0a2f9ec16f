/**
 * One bonus, end to end. Expectations are the arithmetic from the official figures: 標準賞与額 (1,000円未満
 * 切捨て; 健保 年度573万円, 厚年 1か月150万円), 東京都 令和8年度 9.85% / 介護 1.62%, 支援金 0.23%, 厚年 18.3%,
 * 雇用保険 FY2026 一般 5/1000, and the rate of the 令和8年分 賞与の算出率の表 (officialTables.ts), 1円未満切捨て.
 */
import { computeBonus } from "../../../src/calc/payroll/computeBonus";
import { defaultPayrollSettings } from "../../../src/calc/payroll/settings";
import { Employee } from "../../../src/calc/payroll/employee";
import { r8BonusRatePct, r8MonthlyTax, timesRateFloor } from "./officialTables";

function employee(over: Partial<Employee> = {}): Employee {
  return {
    id: "E001", name: "見本 太郎", birthDate: "1990-01-15", hireDate: "2015-04-01", payType: "monthly", baseSalary: 300_000,
    fixedAllowance: 0, commuteAllowance: 0, commuteExempt: 0, healthInsurer: "東京都", healthStandard: 300_000, pensionStandard: 300_000,
    employmentInsurance: "general", taxColumn: "甲", dependents: 0, residentTax: 0, ...over,
  };
}

const settings = defaultPayrollSettings("2026-06", { payDate: "2026-06-30" });

test("賞与 600,000, 甲・扶養2, 前月 300,000: premiums on 標準賞与額 and the 算出率", () => {
  const b = computeBonus({ employee: employee({ dependents: 2 }), bonus: 600_000, prevMonthTaxable: 300_000, fiscalYearToDate: 0, settings });
  // 600,000 × 9.85% = 59,100 ÷ 2 = 29,550; × 0.23% = 1,380 ÷ 2 = 690; × 18.3% = 109,800 ÷ 2 = 54,900; 雇用保険 × 5/1000 = 3,000
  const socialInsurance = 29_550 + 690 + 54_900 + 3_000;
  const taxable = 600_000 - socialInsurance; // 511,860
  const rate = r8BonusRatePct(300_000, "甲", 2); // 4.084%
  expect(rate).toBe("4.084");
  const incomeTax = timesRateFloor(taxable, rate); // 511,860 × 4.084% = 20,904.36 → 20,904
  expect(b).toMatchObject({
    premiumMonth: "2026-06", standardBonusHealth: 600_000, standardBonusPension: 600_000, health: 29_550, care: 0, childSupport: 690,
    pension: 54_900, employment: 3_000, socialInsurance, taxable, incomeTax, net: 600_000 - socialInsurance - incomeTax,
  });
  expect(incomeTax).toBe(20_904);
});

test("caps: 健保 年度累計 5,000,000 → 730,000 left; 厚年 150万; 介護 (age 50)", () => {
  const b = computeBonus({ employee: employee({ birthDate: "1976-01-15" }), bonus: 2_000_500, prevMonthTaxable: 300_000, fiscalYearToDate: 5_000_000, settings });
  // 標準賞与額 2,000,000 (1,000円未満切捨て): 健保 min(2,000,000, 5,730,000 − 5,000,000) = 730,000; 厚年 min(2,000,000, 1,500,000)
  // 730,000 × 9.85% = 71,905 ÷ 2 = 35,952.5 → 35,952; × 11.47% = 83,731 ÷ 2 = 41,865.5 → 41,865 → care 5,913
  // 支援金 rounded with 健保＋介護 (厚労省 Q&A): 730,000 × 11.70% = 85,410 ÷ 2 = 42,705 − 41,865 = 840 (alone: 1,679 ÷ 2 = 839.5 → 839)
  // 厚年 1,500,000 × 18.3% = 274,500 ÷ 2 = 137,250
  // 雇用保険 on the whole bonus: 2,000,500 × 5/1000 = 10,002.5 → 10,002 (50銭以下切捨て)
  const socialInsurance = 35_952 + 5_913 + 840 + 137_250 + 10_002;
  const taxable = 2_000_500 - socialInsurance;
  expect(b).toMatchObject({
    standardBonusHealth: 730_000, standardBonusPension: 1_500_000, health: 35_952, care: 5_913, childSupport: 840, pension: 137_250,
    employment: 10_002, socialInsurance, taxable, incomeTax: timesRateFloor(taxable, r8BonusRatePct(300_000, "甲", 0)),
  });
});

test("厚年 同月累計 1,000,000 → 500,000 left", () => {
  const b = computeBonus({ employee: employee(), bonus: 800_000, prevMonthTaxable: 300_000, fiscalYearToDate: 0, monthToDate: 1_000_000, settings });
  expect([b.standardBonusHealth, b.standardBonusPension, b.pension]).toEqual([800_000, 500_000, 45_750]); // 500,000 × 18.3% ÷ 2
});

test("乙欄: the 乙 column of the 算出率の表", () => {
  const b = computeBonus({ employee: employee({ taxColumn: "乙" }), bonus: 600_000, prevMonthTaxable: 300_000, fiscalYearToDate: 0, settings });
  const rate = r8BonusRatePct(300_000, "乙"); // 30.63%
  expect(rate).toBe("30.630");
  expect(b.incomeTax).toBe(timesRateFloor(511_860, rate)); // 511,860 × 30.63% = 156,782.718 → 156,782
  expect(b.incomeTax).toBe(156_782);
});

test("no salary last month: the 月額表 on 1/6 of the bonus, × 6 (所得税法第186条第2項)", () => {
  const b = computeBonus({ employee: employee(), bonus: 1_200_000, prevMonthTaxable: 0, fiscalYearToDate: 0, settings });
  // 1,200,000 × 9.85% = 118,200 ÷ 2 = 59,100; × 0.23% = 2,760 ÷ 2 = 1,380; × 18.3% = 219,600 ÷ 2 = 109,800; 雇用保険 6,000
  const taxable = 1_200_000 - (59_100 + 1_380 + 109_800 + 6_000); // 1,023,720; ÷ 6 = 170,620
  expect(b.taxable).toBe(taxable);
  expect(b.incomeTax).toBe((r8MonthlyTax(170_620, "甲", 0) - r8MonthlyTax(0, "甲", 0)) * 6);
});

test("賞与 paid in the month of 資格喪失 (6/20 退職, 6/15 支給): no premiums, 雇用保険 still", () => {
  const b = computeBonus({ employee: employee({ leaveDate: "2026-06-20" }), bonus: 600_000, prevMonthTaxable: 300_000, fiscalYearToDate: 0, settings, payDate: "2026-06-15" });
  expect([b.health, b.childSupport, b.pension, b.employment]).toEqual([0, 0, 0, 3_000]);
  expect(b.taxable).toBe(597_000);
  expect(b.notes.length).toBeGreaterThan(0);
});

test("雇用保険 対象外 and no social insurance: only the tax", () => {
  const b = computeBonus({
    employee: employee({ employmentInsurance: "none", healthStandard: undefined, pensionStandard: undefined }),
    bonus: 100_000, prevMonthTaxable: 150_000, fiscalYearToDate: 0, settings,
  });
  expect([b.standardBonusHealth, b.socialInsurance, b.taxable]).toEqual([0, 0, 100_000]);
  expect(b.incomeTax).toBe(timesRateFloor(100_000, r8BonusRatePct(150_000, "甲", 0)));
});
