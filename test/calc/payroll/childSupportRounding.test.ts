/**
 * 子ども・子育て支援金の端数処理. 厚生労働省「子ども・子育て支援金に関するQ&A」(令和8年2月12日, 事務連絡「子ども・子育て
 * 支援金制度の創設に伴う事務の取扱い等について」別添): 標準報酬月額及び標準賞与額に、一般保険料率と子ども・子育て支援金率とを
 * 合算した率を乗じて得た額を折半し、被保険者負担分は50銭以下切捨て・50銭超切上げ — rounded once. 設定 "separate" keeps
 * the older practice of rounding the 支援金 on its own. 協会けんぽ東京都 令和8年度: 9.85%, 介護 1.62%, 支援金 0.23%.
 */
import { socialInsurancePremiums } from "../../../src/calc/payroll/socialInsurancePremiums";
import { computeBonus } from "../../../src/calc/payroll/computeBonus";
import { defaultPayrollSettings, readSettings } from "../../../src/calc/payroll/settings";
import { Employee } from "../../../src/calc/payroll/employee";
import { readInsurer } from "../../../src/calc/socialInsurance/insurer";
import { dayOf } from "../../../src/calc/dates/calendar";

const TOKYO = readInsurer("東京都", "保険者");
const NOVEMBER = dayOf(2026, 11, 1);

// prettier-ignore
const MONTHLY: [name: string, standard: number, care: boolean, rounding: "withHealth" | "separate", healthAndCare: number, childSupport: number][] = [
  // 410,000 × 11.47% = 47,027 ÷ 2 = 23,513.5 → 23,513; with 支援金 × 11.70% = 47,970 ÷ 2 = 23,985 → 支援金 472
  ["410,000 介護あり 合算 (Q&A の方法): 23,985", 410_000, true, "withHealth", 23_513, 472],
  // alone: 410,000 × 0.23% = 943 ÷ 2 = 471.5 → 471; 23,513 + 471 = 23,984
  ["410,000 介護あり 別々: 23,984", 410_000, true, "separate", 23_513, 471],
  // 300,000 × 10.08% = 30,240 ÷ 2 = 15,120 − 14,775 = 345 = 690 ÷ 2: no fraction, both the same
  ["300,000 介護なし 合算", 300_000, false, "withHealth", 14_775, 345],
  ["300,000 介護なし 別々", 300_000, false, "separate", 14_775, 345],
];

test.each(MONTHLY)("%s", (_n, standardAmount, care, childSupportRounding, healthAndCare, childSupport) => {
  const p = socialInsurancePremiums({ month: NOVEMBER, health: { standardAmount, insurer: TOKYO, care }, childSupportRounding });
  expect({ healthAndCare: p.health + p.care, childSupport: p.childSupport }).toEqual({ healthAndCare, childSupport });
});

describe("賞与 (標準賞与額): where it bites even for 協会けんぽ", () => {
  const employee: Employee = {
    id: "E001", name: "見本 太郎", birthDate: "1990-01-15", hireDate: "2015-04-01", payType: "monthly", baseSalary: 300_000, fixedAllowance: 0,
    commuteAllowance: 0, commuteExempt: 0, healthInsurer: "東京都", healthStandard: 300_000, pensionStandard: 300_000, employmentInsurance: "general",
    taxColumn: "甲", dependents: 0, residentTax: 0,
  };
  // 標準賞与額 1,234,000: 健康保険 × 9.85% = 121,549 ÷ 2 = 60,774.5 → 60,774
  // 合算 × 10.08% = 124,387.2 ÷ 2 = 62,193.6 → 62,194 → 支援金 1,420; 別々 × 0.23% = 2,838.2 ÷ 2 = 1,419.1 → 1,419
  test.each([
    ["withHealth", 1_420],
    ["separate", 1_419],
  ] as const)("%s → 支援金 %i", (childSupportRounding, childSupport) => {
    const b = computeBonus({ employee, bonus: 1_234_567, prevMonthTaxable: 250_000, fiscalYearToDate: 0, settings: defaultPayrollSettings("2026-12", { childSupportRounding }) });
    expect({ health: b.health, childSupport: b.childSupport }).toEqual({ health: 60_774, childSupport });
  });
});

test("an unknown 設定 value names the setting", () => {
  const settings = defaultPayrollSettings("2026-12", { childSupportRounding: "both" as never });
  expect(() => readSettings(settings)).toThrow(/設定「支援金の端数処理」/);
});
