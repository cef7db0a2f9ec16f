/**
 * One employee's month, end to end. Every expectation is the arithmetic from the official figures:
 * 協会けんぽ東京都 令和7年度 9.91% / 介護 1.59% (2025-03〜2026-02分), 令和8年度 9.85% / 介護 1.62% (2026-03分〜),
 * 子ども・子育て支援金 0.23% (2026-04分〜), 厚生年金 18.3%, 雇用保険 一般 FY2025 5.5/1000・FY2026 5/1000
 * (賃金締切日で判定), 労働基準法第37条の割増率, and the 所得税 of the 令和8年分 月額表 row (officialTables.ts).
 * The employee's share: 50銭以下切捨て・50銭超切上げ of the half.
 */
import { CalcError } from "../../../src/calc/vocabulary/errors";
import { kyoukaiKenpoRates } from "../../../src/calc/law/socialInsurance";
import { pastHorizon } from "../../support/lawHorizon";
import { computePayroll } from "../../../src/calc/payroll/computePayroll";
import { defaultPayrollSettings } from "../../../src/calc/payroll/settings";
import { Employee, MonthlyVariables } from "../../../src/calc/payroll/employee";
import { PayrollSettings } from "../../../src/calc/payroll/types";
import { PayrollDetail } from "../../../src/calc/payroll/payrollResult";
import { r8MonthlyTax } from "./officialTables";

function employee(over: Partial<Employee> = {}): Employee {
  return {
    id: "E001", name: "見本 太郎", birthDate: "1990-01-15", hireDate: "2015-04-01", payType: "monthly", baseSalary: 300_000,
    fixedAllowance: 0, commuteAllowance: 0, commuteExempt: 0, healthInsurer: "東京都", healthStandard: 300_000, pensionStandard: 300_000,
    employmentInsurance: "general", taxColumn: "甲", dependents: 0, residentTax: 0, ...over,
  };
}

function pay(e: Employee, period: string, over: Partial<PayrollSettings> = {}, variables: Partial<MonthlyVariables> = {}): PayrollDetail {
  const outcome = computePayroll({ employee: e, variables: { employeeId: e.id, ...variables }, settings: defaultPayrollSettings(period, over) });
  if (outcome.status !== "paid") throw new Error(`expected a line, got ${JSON.stringify(outcome)}`);
  return outcome.detail;
}

test("月給・固定手当・通勤手当・残業: the whole line (2026-05分 5/25支給, 翌月徴収 → 2026-04分)", () => {
  const e = employee({ fixedAllowance: 10_000, commuteAllowance: 15_000, commuteExempt: 15_000, healthStandard: 320_000, pensionStandard: 320_000, dependents: 1, residentTax: 12_000 });
  const d = pay(e, "2026-05", {}, { overtimeHours: 10 });
  const overtime = 24_219; // (300,000 + 10,000) ÷ 160 = 1,937.5; × 10 × 1.25 = 24,218.75 → 24,219
  const gross = 300_000 + 10_000 + overtime + 15_000;
  const health = 15_760; // 320,000 × 9.85% = 31,520 ÷ 2
  const childSupport = 368; // 320,000 × 0.23% = 736 ÷ 2
  const pension = 29_280; // 320,000 × 18.3% = 58,560 ÷ 2
  const employment = 1_746; // 349,219 × 5/1000 = 1,746.095 → 1,746
  const socialInsurance = health + childSupport + pension + employment;
  const taxable = gross - 15_000 - socialInsurance;
  const incomeTax = r8MonthlyTax(taxable, "甲", 1);
  expect(d.premiumMonths.map((m) => m.month)).toEqual(["2026-04"]);
  expect(d.hourlyWage).toBe(1_937.5);
  expect(d.line).toEqual({
    employeeId: "E001", gross, health, care: 0, childSupport, pension, employment, socialInsurance, taxable, incomeTax,
    residentTax: 12_000, net: gross - socialInsurance - incomeTax - 12_000,
  });
  expect(d.gross).toBe(349_219);
  expect(d.taxable).toBe(287_065);
  expect(d.deductions).toBe(socialInsurance + incomeTax + 12_000);
  expect(d.notes).toEqual([]);
});

describe("保険料の月: 翌月徴収 vs 当月徴収 around the 2026-03 rate change and the 2026-04 start of 支援金 (age 50: 介護)", () => {
  // premium month → [health, care] for 300,000 in 東京都:
  // 2026-02 (R7): 300,000 × 9.91% = 29,730 ÷ 2 = 14,865; × 11.50% = 34,500 ÷ 2 = 17,250 → care 17,250 − 14,865 = 2,385
  // 2026-03/04 (R8): × 9.85% = 29,550 ÷ 2 = 14,775; × 11.47% = 34,410 ÷ 2 = 17,205 → care 17,205 − 14,775 = 2,430
  // 支援金 from 2026-04: 300,000 × 0.23% = 690 ÷ 2 = 345. 厚年 27,450 throughout.
  // 雇用保険 by the 賃金締切日: FY2025 300,000 × 5.5/1000 = 1,650; FY2026 × 5/1000 = 1,500.
  const cases: [string, string, string, "nextMonth" | "sameMonth", number, string, number, number, number, number][] = [
    ["3月分 3/25支給 翌月徴収 → 2月分 (R7料率)", "2026-03", "2026-03-25", "nextMonth", 31, "2026-02", 14_865, 2_385, 0, 1_650],
    ["3月分 3/25支給 当月徴収 → 3月分 (R8料率)", "2026-03", "2026-03-25", "sameMonth", 31, "2026-03", 14_775, 2_430, 0, 1_650],
    ["4月分 4/25支給 翌月徴収 → 3月分 (支援金なし)", "2026-04", "2026-04-25", "nextMonth", 31, "2026-03", 14_775, 2_430, 0, 1_500],
    ["4月分 4/25支給 当月徴収 → 4月分 (支援金あり)", "2026-04", "2026-04-25", "sameMonth", 31, "2026-04", 14_775, 2_430, 345, 1_500],
    ["3月分 4/25支給 (翌月払い) 翌月徴収 → 3月分; 雇用保険は締切日3/31の FY2025", "2026-03", "2026-04-25", "nextMonth", 31, "2026-03", 14_775, 2_430, 0, 1_650],
    ["4月分 5/25支給 (翌月払い) 翌月徴収 → 4月分", "2026-04", "2026-05-25", "nextMonth", 31, "2026-04", 14_775, 2_430, 345, 1_500],
    ["20日締め 4月分 (3/21〜4/20) 4/25支給: 締切日4/20 → 雇用保険 FY2026", "2026-04", "2026-04-25", "nextMonth", 20, "2026-03", 14_775, 2_430, 0, 1_500],
  ];
  test.each(cases)("%s", (_n, period, payDate, premiumTiming, closingDay, month, health, care, childSupport, employment) => {
    const d = pay(employee({ birthDate: "1976-01-15" }), period, { payDate, premiumTiming, closingDay });
    expect(d.premiumMonths.map((m) => m.month)).toEqual([month]);
    const socialInsurance = health + care + childSupport + 27_450 + employment;
    const taxable = 300_000 - socialInsurance;
    const incomeTax = r8MonthlyTax(taxable, "甲", 0);
    expect(d.line).toEqual({
      employeeId: "E001", gross: 300_000, health, care, childSupport, pension: 27_450, employment, socialInsurance, taxable, incomeTax,
      residentTax: 0, net: 300_000 - socialInsurance - incomeTax,
    });
  });
});

describe("介護保険第2号: 40歳到達月から65歳到達月の前月まで, judged on the premium month", () => {
  // R8 東京都 300,000: care = 17,205 − 14,775 = 2,430
  const cases: [string, string, boolean | undefined, string, string, number][] = [
    ["1986-05-01 生 (40歳到達 2026-04-30): 4/25支給 → 3月分 介護なし", "1986-05-01", undefined, "2026-04", "2026-04-25", 0],
    ["1986-05-01 生: 5/25支給 → 4月分 介護あり", "1986-05-01", undefined, "2026-05", "2026-05-25", 2_430],
    ["1986-05-02 生 (40歳到達 2026-05-01): 5/25支給 → 4月分 介護なし", "1986-05-02", undefined, "2026-05", "2026-05-25", 0],
    ["1961-05-01 生 (65歳到達 2026-04-30): 4/25支給 → 3月分 介護あり", "1961-05-01", undefined, "2026-04", "2026-04-25", 2_430],
    ["1961-05-01 生: 5/25支給 → 4月分 介護なし", "1961-05-01", undefined, "2026-05", "2026-05-25", 0],
    ["1961-05-02 生 (65歳到達 2026-05-01): 5/25支給 → 4月分 介護あり", "1961-05-02", undefined, "2026-05", "2026-05-25", 2_430],
    ["マスタで介護あり (30歳)", "1996-01-15", true, "2026-05", "2026-05-25", 2_430],
    ["マスタで介護なし (50歳)", "1976-01-15", false, "2026-05", "2026-05-25", 0],
  ];
  test.each(cases)("%s", (_n, birthDate, care, period, payDate, expected) => {
    const d = pay(employee({ birthDate, care }), period, { payDate });
    expect(d.care).toBe(expected);
    expect(d.health).toBe(14_775);
  });
});

describe("健康保険組合 rates (insurer \"健保率/介護率\")", () => {
  const cases: [string, string, number, number, number][] = [
    // 300,000 × 9.5% = 28,500 ÷ 2 = 14,250; × 11.3% = 33,900 ÷ 2 = 16,950 → care 2,700
    ["9.5%/1.8% 標準 300,000", "9.5%/1.8%", 300_000, 14_250, 2_700],
    // 410,000 × 9.27% = 38,007 ÷ 2 = 19,003.5 → 19,003; × 11.07% = 45,387 ÷ 2 = 22,693.5 → 22,693 → care 3,690
    ["9.27%/1.8% 標準 410,000 (50銭ちょうどは切捨て)", "9.27%/1.8%", 410_000, 19_003, 3_690],
  ];
  test.each(cases)("%s", (_n, healthInsurer, standard, health, care) => {
    const d = pay(employee({ birthDate: "1976-01-15", healthInsurer, healthStandard: standard, pensionStandard: standard, baseSalary: standard }), "2026-05");
    expect([d.health, d.care]).toEqual([health, care]);
    // 支援金 0.23%, rounded once with 健保＋介護 (厚労省 Q&A): 300,000 × 11.53% = 34,590 ÷ 2 = 17,295 − 16,950 = 345;
    // 410,000 × 11.30% = 46,330 ÷ 2 = 23,165 − 22,693 = 472 (rounded alone: 943 ÷ 2 = 471.5 → 471)
    expect(d.childSupport).toBe(standard === 300_000 ? 345 : 472);
  });
});

test("パート: 時給, 雇用保険 対象外, 社会保険 未加入 (blank standard amounts)", () => {
  const e = employee({ payType: "hourly", baseSalary: 1_200, healthStandard: undefined, pensionStandard: undefined, employmentInsurance: "none", commuteAllowance: 5_000, commuteExempt: 5_000 });
  const d = pay(e, "2026-05", {}, { workHours: 80 });
  const gross = 1_200 * 80 + 5_000;
  const taxable = gross - 5_000; // 96,000: the 甲 row 0〜105,000 (tax 0)
  expect(d.line).toEqual({
    employeeId: "E001", gross, health: 0, care: 0, childSupport: 0, pension: 0, employment: 0, socialInsurance: 0, taxable,
    incomeTax: r8MonthlyTax(taxable, "甲", 0), residentTax: 0, net: gross - r8MonthlyTax(taxable, "甲", 0),
  });
  expect(d.premiumMonths[0]).toMatchObject({ healthInsured: false, pensionInsured: false });
});

test("乙欄: the 乙 column of the 月額表", () => {
  const e = employee({ baseSalary: 200_000, healthStandard: 200_000, pensionStandard: 200_000, taxColumn: "乙" });
  const d = pay(e, "2026-05");
  // 200,000 × 9.85% = 19,700 ÷ 2 = 9,850; × 0.23% = 460 ÷ 2 = 230; × 18.3% = 36,600 ÷ 2 = 18,300; × 5/1000 = 1,000
  const socialInsurance = 9_850 + 230 + 18_300 + 1_000;
  expect(d.taxable).toBe(200_000 - socialInsurance);
  expect(d.incomeTax).toBe(r8MonthlyTax(200_000 - socialInsurance, "乙"));
  expect(d.incomeTax).toBeGreaterThan(r8MonthlyTax(200_000 - socialInsurance, "甲", 0));
});

describe("日給・時給", () => {
  test("日給 12,000 × 18日, 時間外 5h (1日 8時間 → 時給 1,500)", () => {
    const e = employee({ payType: "daily", baseSalary: 12_000, healthStandard: 220_000, pensionStandard: 220_000 });
    const d = pay(e, "2026-05", {}, { workDays: 18, overtimeHours: 5 });
    const gross = 12_000 * 18 + 9_375; // 1,500 × 5 × 1.25 = 9,375
    // 220,000 × 9.85% = 21,670 ÷ 2 = 10,835; × 0.23% = 506 ÷ 2 = 253; × 18.3% = 40,260 ÷ 2 = 20,130
    // 雇用保険 225,375 × 5/1000 = 1,126.875 → 1,127 (50銭超は切上げ)
    const socialInsurance = 10_835 + 253 + 20_130 + 1_127;
    expect([d.basePay, d.overtime, d.gross, d.employment, d.socialInsurance]).toEqual([216_000, 9_375, gross, 1_127, socialInsurance]);
    expect(d.incomeTax).toBe(r8MonthlyTax(gross - socialInsurance, "甲", 0));
  });

  test("時給 1,250 × 120.5h, 深夜 4h", () => {
    const e = employee({ payType: "hourly", baseSalary: 1_250, healthStandard: 150_000, pensionStandard: 150_000 });
    const d = pay(e, "2026-05", {}, { workHours: 120.5, lateNightHours: 4 });
    const gross = 150_625 + 1_250; // 1,250 × 120.5; 1,250 × 4 × 0.25
    // 150,000 × 9.85% = 14,775 ÷ 2 = 7,387.5 → 7,387; 支援金 with it (厚労省 Q&A): × 10.08% = 15,120 ÷ 2 = 7,560 − 7,387 = 173
    // (rounded alone: 345 ÷ 2 = 172.5 → 172); × 18.3% = 27,450 ÷ 2 = 13,725; 雇用保険 151,875 × 5/1000 = 759.375 → 759
    const socialInsurance = 7_387 + 173 + 13_725 + 759;
    expect([d.basePay, d.lateNight, d.gross, d.socialInsurance]).toEqual([150_625, 1_250, gross, socialInsurance]);
    expect(d.incomeTax).toBe(r8MonthlyTax(gross - socialInsurance, "甲", 0));
  });

  test("日給で出勤日数が空欄: 0円 and a note", () => {
    const d = pay(employee({ payType: "daily", baseSalary: 12_000 }), "2026-05");
    expect(d.basePay).toBe(0);
    expect(d.notes.join()).toContain("出勤日数");
  });
});

test("欠勤控除 and 臨時の手当・控除: 非課税の臨時手当 is neither taxable nor 雇用保険の賃金", () => {
  const d = pay(employee({ residentTax: 10_000 }), "2026-05", { scheduledDaysPerMonth: 21 }, { absenceDays: 2, extraTaxable: 10_000, extraNonTaxable: 5_000, extraDeduction: 3_000 });
  const absence = 28_571; // 300,000 ÷ 21 × 2 = 28,571.43 → 28,571 (1円未満切捨て)
  const gross = 300_000 - absence + 10_000 + 5_000;
  // 雇用保険の賃金 = 総支給 − 臨時の非課税手当 = 286,429 − 5,000 = 281,429; × 5/1000 = 1,407.145 → 1,407
  const socialInsurance = 14_775 + 345 + 27_450 + 1_407;
  const taxable = gross - 5_000 - socialInsurance;
  const incomeTax = r8MonthlyTax(taxable, "甲", 0);
  expect(d.absenceDeduction).toBe(absence);
  expect(d.employmentWages).toBe(gross - 5_000);
  expect(d.line).toMatchObject({ gross, employment: 1_407, socialInsurance, taxable, incomeTax, residentTax: 10_000 });
  expect(d.deductions).toBe(socialInsurance + incomeTax + 10_000 + 3_000);
  expect(d.net).toBe(gross - d.deductions);
});

test("前月精算（支給） 5,000 and （控除） 3,000 move 差引支給額 alone: 総支給, 雇用保険, 課税対象額, 所得税 and 控除計 stay", () => {
  const e = employee({ fixedAllowance: 10_000, commuteAllowance: 15_000, commuteExempt: 15_000, healthStandard: 320_000, pensionStandard: 320_000, dependents: 1, residentTax: 12_000 });
  const d = pay(e, "2026-05", {}, { overtimeHours: 10, settlementPay: 5_000, settlementDeduction: 3_000 });
  // The same month as the whole-line test above: 総支給 349,219, 雇用保険 1,746 (349,219 × 5/1000), 課税対象額 287,065.
  const socialInsurance = 15_760 + 368 + 29_280 + 1_746;
  const incomeTax = r8MonthlyTax(287_065, "甲", 1);
  expect([d.gross, d.employmentWages, d.employment, d.taxable, d.incomeTax]).toEqual([349_219, 349_219, 1_746, 287_065, incomeTax]);
  expect(d.deductions).toBe(socialInsurance + incomeTax + 12_000);
  expect([d.settlementPay, d.settlementDeduction]).toEqual([5_000, 3_000]);
  // 349,219 − 控除計 + 5,000 − 3,000: 2,000 yen more than without the settlement.
  expect(d.net).toBe(349_219 - d.deductions + 5_000 - 3_000);
  expect(d.line.net).toBe(d.net);
});

test("a 前月精算 that is not a whole non-negative yen is an error naming it", () => {
  expect(() => pay(employee(), "2026-05", {}, { settlementDeduction: -1 })).toThrow(/前月精算（控除）/);
});

describe("入社・退職 and age limits", () => {
  test.each([
    ["退職日が期間の前 → no line", { leaveDate: "2026-03-31" }, "left"],
    ["入社日が期間の後 → no line", { hireDate: "2026-05-01" }, "notYetHired"],
  ] as const)("%s", (_n, over, reason) => {
    const outcome = computePayroll({ employee: employee(over), settings: defaultPayrollSettings("2026-04") });
    expect(outcome).toMatchObject({ status: "skipped", skip: { employeeId: "E001", reason } });
    if (outcome.status === "skipped") expect(outcome.skip.message).toContain("E001");
  });

  test("4/10 入社, 4/25支給 翌月徴収 → 3月分は被保険者でない: 保険料なし (雇用保険はかかる)", () => {
    const d = pay(employee({ hireDate: "2026-04-10" }), "2026-04");
    expect([d.health, d.childSupport, d.pension, d.employment]).toEqual([0, 0, 0, 1_500]);
    expect(d.notes.join()).toContain("日割り");
  });

  test("4/30 退職, 4/25支給 翌月徴収 → 3月分と4月分 (健康保険法第167条括弧書)", () => {
    const d = pay(employee({ leaveDate: "2026-04-30" }), "2026-04");
    expect(d.premiumMonths.map((m) => m.month)).toEqual(["2026-03", "2026-04"]);
    // 3月分 14,775 + 27,450; 4月分 14,775 + 支援金 345 + 27,450
    expect([d.health, d.childSupport, d.pension]).toEqual([14_775 * 2, 345, 27_450 * 2]);
  });

  test("4/20 退職 (喪失 4/21) → 3月分のみ", () => {
    const d = pay(employee({ leaveDate: "2026-04-20" }), "2026-04");
    expect(d.premiumMonths.map((m) => m.month)).toEqual(["2026-03"]);
    expect([d.health, d.pension]).toEqual([14_775, 27_450]);
  });

  test("70歳 (1956-04-10 生, 到達 2026-04-09): 5/25支給 → 4月分の厚生年金はない; 健保は続く (介護は65歳で終わり)", () => {
    const d = pay(employee({ birthDate: "1956-04-10" }), "2026-05");
    expect([d.health, d.care, d.childSupport, d.pension]).toEqual([14_775, 0, 345, 0]);
  });
});

describe("errors name the employee, the field and the value", () => {
  test.each([
    ["health insurer", { healthInsurer: "どこか" }, /社員番号 E001 の健康保険「どこか」/],
    ["birth date", { birthDate: "1990/01/15" }, /社員番号 E001 の生年月日「1990\/01\/15」/],
  ] as const)("%s", (_n, over, message) => {
    expect(() => pay(employee(over as Partial<Employee>), "2026-05")).toThrow(CalcError);
    expect(() => pay(employee(over as Partial<Employee>), "2026-05")).toThrow(message);
  });

  test("a variable that is not a number", () => {
    expect(() => pay(employee(), "2026-05", {}, { overtimeHours: -1 })).toThrow(/時間外労働時間「-1」/);
  });

  test("a premium month beyond the law data is #N/A, never the old rate", () => {
    const past = pastHorizon(kyoukaiKenpoRates);
    expect(() => pay(employee(), past.month, { payDate: `${past.month}-25`, premiumTiming: "sameMonth" })).toThrow(past.monthName);
  });
});
