/**
 * The payroll rules one by one. Hand-made expectations are written as the arithmetic that produces them
 * from the statutory rates (労働基準法第37条: 時間外 25%, 休日 35%, 深夜 25%, 月60時間超 50%).
 */
import { isoToDay } from "../../../src/calc/dates/calendar";
import { isoOf } from "../../../src/calc/dates/calendar";
import { Dec } from "../../../src/calc/money/exact";
import { wagePeriod } from "../../../src/calc/payroll/wagePeriod";
import { employedInPeriod } from "../../../src/calc/payroll/employedInPeriod";
import { premiumMonthsDeducted } from "../../../src/calc/payroll/premiumMonthsDeducted";
import { insuredInPremiumMonth } from "../../../src/calc/payroll/insuredInPremiumMonth";
import { qualificationLossDay } from "../../../src/calc/payroll/qualificationLossDay";
import { hourlyWage } from "../../../src/calc/payroll/hourlyWage";
import { premiumWages } from "../../../src/calc/payroll/premiumWages";
import { basePay } from "../../../src/calc/payroll/basePay";
import { absenceDeduction } from "../../../src/calc/payroll/absenceDeduction";
import { absenceDeductionRounding, paymentRounding, premiumWageRounding } from "../../../src/calc/money/wageRounding";
import { PayType } from "../../../src/calc/payroll/employee";
import { PremiumTiming } from "../../../src/calc/payroll/types";

const day = isoToDay;
const month = (ym: string) => isoToDay(`${ym}-01`);

describe("wagePeriod: 賃金計算期間 and 賃金締切日", () => {
  const cases: [string, string, number, string, string][] = [
    ["末日締め", "2026-04", 31, "2026-04-01", "2026-04-30"],
    ["20日締め: 前月21日〜当月20日", "2026-04", 20, "2026-03-21", "2026-04-20"],
    ["30日締めの2月: 1/31〜2/28", "2026-02", 30, "2026-01-31", "2026-02-28"],
    ["30日締めの3月: 2/28 の翌日から", "2026-03", 30, "2026-03-01", "2026-03-30"],
    ["末日締め 閏年の2月", "2028-02", 31, "2028-02-01", "2028-02-29"],
  ];
  test.each(cases)("%s: %s 締め日%d → %s〜%s", (_n, ym, closingDay, start, end) => {
    const p = wagePeriod({ month: month(ym), closingDay });
    expect([isoOf(p.start), isoOf(p.end)]).toEqual([start, end]);
  });
});

describe("employedInPeriod", () => {
  const period = wagePeriod({ month: month("2026-04"), closingDay: 31 });
  const cases: [string, string | undefined, string | undefined, string][] = [
    ["在籍", "2020-04-01", undefined, "employed"],
    ["期間の末日に入社", "2026-04-30", undefined, "employed"],
    ["期間の後に入社", "2026-05-01", undefined, "notYetHired"],
    ["期間の初日に退職", "2020-04-01", "2026-04-01", "employed"],
    ["期間の前に退職", "2020-04-01", "2026-03-31", "left"],
  ];
  test.each(cases)("%s: 入社 %s 退職 %s → %s", (_n, hire, leave, expected) => {
    expect(employedInPeriod({ hire: hire ? day(hire) : undefined, leave: leave ? day(leave) : undefined, period })).toBe(expected);
  });
});

describe("premiumMonthsDeducted: 健康保険法第167条・厚生年金保険法第84条", () => {
  const cases: [string, string, PremiumTiming, string | undefined, string[]][] = [
    ["翌月徴収・当月払い: 4月分給与(4/25) → 3月分", "2026-04-25", "nextMonth", undefined, ["2026-03"]],
    ["翌月徴収・翌月払い: 4月分給与(5/25) → 4月分", "2026-05-25", "nextMonth", undefined, ["2026-04"]],
    ["当月徴収: 4/25 支給 → 4月分", "2026-04-25", "sameMonth", undefined, ["2026-04"]],
    ["翌月徴収・4/30 退職 (最後の被保険者月 4月) の 4/25 支給 → 3月分と4月分", "2026-04-25", "nextMonth", "2026-04", ["2026-03", "2026-04"]],
    ["翌月徴収・4/20 退職 (最後の被保険者月 3月) → 3月分のみ", "2026-04-25", "nextMonth", "2026-03", ["2026-03"]],
    ["当月徴収・4/30 退職 → 4月分のみ", "2026-04-25", "sameMonth", "2026-04", ["2026-04"]],
    ["翌月徴収・年をまたぐ: 1/25 支給 → 前年12月分", "2027-01-25", "nextMonth", undefined, ["2026-12"]],
  ];
  test.each(cases)("%s", (_n, payDate, timing, lastInsured, expected) => {
    const got = premiumMonthsDeducted({ payDate: day(payDate), timing, lastInsuredMonthIfLeaving: lastInsured ? month(lastInsured) : undefined });
    expect(got.map((d) => isoOf(d).slice(0, 7))).toEqual(expected);
  });
});

describe("insuredInPremiumMonth: 取得月から喪失月の前月まで", () => {
  const cases: [string, string, string | undefined, string, boolean][] = [
    ["4/10 取得: 3月分はない", "2026-03", "2026-04-10", "2099-01-01", false],
    ["4/10 取得: 4月分からある", "2026-04", "2026-04-10", "2099-01-01", true],
    ["4/30 退職 (喪失 5/1): 4月分はある", "2026-04", "2020-04-01", "2026-05-01", true],
    ["4/30 退職 (喪失 5/1): 5月分はない", "2026-05", "2020-04-01", "2026-05-01", false],
    ["4/29 退職 (喪失 4/30): 4月分はない", "2026-04", "2020-04-01", "2026-04-30", false],
    ["同月得喪 (4/10 取得・4/20 喪失): 4月分はある", "2026-04", "2026-04-10", "2026-04-20", true],
  ];
  test.each(cases)("%s", (_n, m, acquired, lost, expected) => {
    expect(insuredInPremiumMonth({ month: month(m), acquired: acquired ? day(acquired) : undefined, lost: day(lost) })).toBe(expected);
  });
});

describe("qualificationLossDay: 退職の翌日、厚年は70歳到達日、健保は75歳の誕生日", () => {
  const cases: [string, "health" | "pension", string, string | undefined, string][] = [
    ["厚年 1956-04-01 生: 70歳到達日 = 誕生日の前日 2026-03-31", "pension", "1956-04-01", undefined, "2026-03-31"],
    ["厚年 1956-04-02 生: 2026-04-01", "pension", "1956-04-02", undefined, "2026-04-01"],
    ["健保 1951-04-01 生: 75歳の誕生日 2026-04-01", "health", "1951-04-01", undefined, "2026-04-01"],
    ["健保 1952-02-29 生: 平年の 3/1", "health", "1952-02-29", undefined, "2027-03-01"],
    ["退職 2026-04-30 → 2026-05-01", "health", "1980-01-01", "2026-04-30", "2026-05-01"],
    ["退職より70歳が先", "pension", "1956-04-10", "2026-06-30", "2026-04-09"],
  ];
  test.each(cases)("%s", (_n, scheme, birth, leave, expected) => {
    expect(isoOf(qualificationLossDay({ scheme, birth: day(birth), leave: leave ? day(leave) : undefined }))).toBe(expected);
  });
});

describe("roundings", () => {
  const cases: [string, string, (d: Dec) => number, number][] = [
    ["割増賃金 50銭ちょうどは切上げ", "2502.5", premiumWageRounding, 2503],
    ["割増賃金 50銭未満は切捨て", "2502.4999", premiumWageRounding, 2502],
    ["支払金 (通貨法3条) 50銭は1円", "1388.5", paymentRounding, 1389],
    ["支払金 49銭は切捨て", "1388.49", paymentRounding, 1388],
    ["欠勤控除 1円未満切捨て", "14285.99", absenceDeductionRounding, 14285],
  ];
  test.each(cases)("%s: %s", (_n, exact, f, expected) => expect(f(new Dec(exact))).toBe(expected));
});

describe("hourlyWage + premiumWages: 割増賃金 by category, each rounded once", () => {
  const H = (payType: PayType, baseSalary: number, fixedAllowance = 0, hours = 160, days = 20) =>
    hourlyWage({ payType, baseSalary, fixedAllowance, hoursPerMonth: new Dec(hours), daysPerMonth: new Dec(days) });
  const cases: [string, ReturnType<typeof H>, [number, number, number], string, { overtime: number; overtimeOver60: number; holiday: number; lateNight: number }][] = [
    [
      "月給 300,000 + 固定 20,000, 160h → 時給 2,000; 時間外10h 深夜2h 休日8h",
      H("monthly", 300_000, 20_000), [10, 2, 8], "2026-04-30",
      // 2,000×10×1.25 = 25,000; 2,000×8×1.35 = 21,600; 2,000×2×0.25 = 1,000
      { overtime: 25_000, overtimeOver60: 0, holiday: 21_600, lateNight: 1_000 },
    ],
    [
      "60時間超: 時間外75h = 60h×1.25 + 15h×1.5; 休日は60時間に数えない",
      H("monthly", 300_000, 20_000), [75, 5, 8], "2026-04-30",
      // 2,000×60×1.25 = 150,000; 2,000×15×1.5 = 45,000; 2,000×8×1.35 = 21,600; 2,000×5×0.25 = 2,500
      { overtime: 150_000, overtimeOver60: 45_000, holiday: 21_600, lateNight: 2_500 },
    ],
    [
      "60時間ちょうどは全部 1.25",
      H("monthly", 320_000), [60, 0, 0], "2026-04-30",
      // 2,000×60×1.25 = 150,000
      { overtime: 150_000, overtimeOver60: 0, holiday: 0, lateNight: 0 },
    ],
    [
      "時給 1,001: 区分ごとの総額で丸める (1時間ごとに丸めると 1,251×2 = 2,502)",
      H("hourly", 1_001), [2, 1, 1], "2026-04-30",
      // 1,001×2×1.25 = 2,502.5 → 2,503; 1,001×1×1.35 = 1,351.35 → 1,351; 1,001×1×0.25 = 250.25 → 250
      { overtime: 2_503, overtimeOver60: 0, holiday: 1_351, lateNight: 250 },
    ],
    [
      "月給 250,000, 月平均所定 163時間: 割り切れない時給のまま計算",
      H("monthly", 250_000, 0, 163), [7.5, 0, 0], "2026-04-30",
      // 250,000×7.5×1.25 ÷ 163 = 2,343,750 ÷ 163 = 14,378.83… → 14,379
      { overtime: 14_379, overtimeOver60: 0, holiday: 0, lateNight: 0 },
    ],
    [
      "日給 12,000 (1日 160÷20 = 8時間 → 時給 1,500) + 固定手当 16,000 ÷ 160 = 100 → 1,600",
      H("daily", 12_000, 16_000), [5, 0, 0], "2026-04-30",
      // (12,000×20 + 16,000) ÷ 160 = 1,600; 1,600×5×1.25 = 10,000
      { overtime: 10_000, overtimeOver60: 0, holiday: 0, lateNight: 0 },
    ],
    [
      "15分単位の時間: 時給 1,250 × 10.25h × 1.25",
      H("hourly", 1_250), [10.25, 0.75, 0], "2026-04-30",
      // 1,250×10.25×1.25 = 16,015.625 → 16,016; 1,250×0.75×0.25 = 234.375 → 234
      { overtime: 16_016, overtimeOver60: 0, holiday: 0, lateNight: 234 },
    ],
  ];
  test.each(cases)("%s", (_n, hourly, [ot, night, holiday], closing, expected) => {
    expect(
      premiumWages({ hourly, overtimeHours: new Dec(ot), lateNightHours: new Dec(night), holidayHours: new Dec(holiday), closingDate: day(closing) }),
    ).toEqual(expected);
  });

  test("割増賃金率 before 2023-04-01 is outside the data (#N/A), not the current rate", () => {
    expect(() =>
      premiumWages({ hourly: H("monthly", 320_000), overtimeHours: new Dec(1), lateNightHours: new Dec(0), holidayHours: new Dec(0), closingDate: day("2023-03-31") }),
    ).toThrow(/割増賃金率.*2023年3月31日/);
  });
});

describe("basePay and absenceDeduction", () => {
  const pay: [string, PayType, number, number, number, number][] = [
    ["月給はそのまま", "monthly", 300_000, 0, 0, 300_000],
    ["日給 12,000 × 18日", "daily", 12_000, 18, 0, 216_000],
    ["日給 12,000 × 18.5日 (半日)", "daily", 12_000, 18.5, 0, 222_000],
    ["時給 1,250 × 120.5h = 150,625", "hourly", 1_250, 0, 120.5, 150_625],
    ["時給 1,111 × 7.5h = 8,332.5 → 8,333 (通貨法3条)", "hourly", 1_111, 0, 7.5, 8_333],
  ];
  test.each(pay)("%s", (_n, payType, baseSalary, days, hours, expected) => {
    expect(basePay({ payType, baseSalary, workDays: new Dec(days), workHours: new Dec(hours) })).toBe(expected);
  });

  const absence: [string, PayType, number, number, number, number][] = [
    // 300,000 ÷ 21 × 1 = 14,285.71… → 14,285 (1円未満切捨て)
    ["月給 300,000 ÷ 21日 × 1日", "monthly", 300_000, 21, 1, 14_285],
    // 300,000 ÷ 20 × 2.5 = 37,500
    ["月給 300,000 ÷ 20日 × 2.5日", "monthly", 300_000, 20, 2.5, 37_500],
    ["欠勤が所定日数を超えても基本給まで", "monthly", 300_000, 20, 25, 300_000],
    ["日給に欠勤控除はない", "daily", 12_000, 20, 3, 0],
  ];
  test.each(absence)("%s", (_n, payType, baseSalary, days, absent, expected) => {
    expect(absenceDeduction({ payType, baseSalary, daysPerMonth: new Dec(days), absenceDays: new Dec(absent) })).toBe(expected);
  });
});
