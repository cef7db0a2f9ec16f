/**
 * The social insurance rules as tables of cases. Hand-made expectations are written as the arithmetic that
 * produces them from the official rates.
 */
import { referenceCsv } from "../../support/reference";
import { call, callError } from "../../support/formula";
import { pastHorizon } from "../../support/lawHorizon";
import { careInsuranceRate, childContributionRate, childSupportLevyRate, kyoukaiKenpoRates } from "../../../src/calc/law/socialInsurance";
import { employmentInsuranceRates } from "../../../src/calc/law/employmentInsurance";

describe("標準報酬月額: every grade edge on both sides (official table)", () => {
  const rows = referenceCsv("social-insurance/standard-monthly-remuneration-grades.csv");
  test("50 rows", () => expect(rows.length).toBe(50));
  const health = rows.flatMap((r, i) => {
    const from = Number(r.remuneration_from_inclusive);
    const below = i === 0 ? [] : [[`健保 ${r.health_grade}級の下限 − 1円`, from - 1, Number(r.health_grade) - 1, Number(rows[i - 1].standard_monthly_remuneration)]];
    return [...below, [`健保 ${r.health_grade}級の下限`, from, Number(r.health_grade), Number(r.standard_monthly_remuneration)]];
  });
  test.each(health)("%s: %d円 → %d級 %d円", (_n, remuneration, grade, amount) => {
    expect(call("SI_GRADE", remuneration, "health", "2026-11")).toBe(grade);
    expect(call("SI_STANDARD_MONTHLY", remuneration, "健康保険", "2026-11")).toBe(amount);
  });
  const pensionRows = rows.filter((r) => r.pension_grade);
  const pension = pensionRows.flatMap((r, i) => {
    const from = Number(r.remuneration_from_inclusive);
    const below = i === 0 ? [] : [[`厚年 ${r.pension_grade}級の下限 − 1円`, from - 1, Number(r.pension_grade) - 1, Number(pensionRows[i - 1].standard_monthly_remuneration)]];
    return [...below, [`厚年 ${r.pension_grade}級の下限`, from, Number(r.pension_grade), Number(r.standard_monthly_remuneration)]];
  });
  test.each(pension)("%s: %d円 → %d級 %d円", (_n, remuneration, grade, amount) => {
    expect(call("SI_GRADE", remuneration, "pension", "2026-11")).toBe(grade);
    expect(call("SI_STANDARD_MONTHLY", remuneration, "厚年", "2026-11")).toBe(amount);
  });
  test.each([
    ["健保の上限 50級", 5_000_000, "health", "2026-11", 1_390_000],
    ["厚年の下限 1級 (0円)", 0, "pension", "2026-11", 88_000],
    ["厚年の上限 32級 (2027-08分)", 1_000_000, "pension", "2027-08", 650_000],
    ["厚年 33級 680,000 (2027-09分から)", 700_000, "pension", "2027-09", 680_000],
    ["厚年 34級 710,000 (2028-09分から)", 729_999, "pension", "2028-09", 710_000],
    ["厚年 35級 750,000 (2029-09分から)", 730_000, "pension", "2029-09", 750_000],
    ["厚年 31級が上限 (2020-08分)", 640_000, "pension", "2020-08", 620_000],
  ])("%s", (_n, remuneration, scheme, period, amount) => {
    expect(call("SI_STANDARD_MONTHLY", remuneration, scheme, period)).toBe(amount);
  });
});

describe("rounding of the share deducted from pay: 50銭以下切捨て・50銭超切上げ", () => {
  test.each([
    // 東京 R8 9.85%: 58,000 × 9.85% = 5,713; half 2,856.5 → 2,856 (exactly 50銭 is cut).
    ["2,856.5 → 2,856", "SI_HEALTH", [58_000, "東京都", "2026-11", false, "employee"], 2_856],
    // 東京 R8 9.85% + 1.62% = 11.47%: 410,000 × 11.47% = 47,027; half 23,513.5 → 23,513.
    ["23,513.5 → 23,513", "SI_HEALTH", [410_000, "東京都", "2026-11", true, "employee"], 23_513],
    // 雇用保険 FY2026 一般 5/1000: 13,340 × 0.005 = 66.7 → 67 (over 50銭 is raised).
    ["66.7 → 67", "EI_PREMIUM", [13_340, "general", "2026-11-30", "employee"], 67],
    // 66.5 → 66: 13,300 × 0.005 = 66.5.
    ["66.5 → 66", "EI_PREMIUM", [13_300, "general", "2026-11-30", "employee"], 66],
    // 子ども・子育て拠出金 0.36%: 88,000 × 0.0036 = 316.8, the exact amount (employer only).
    ["拠出金 316.8", "SI_CHILD_CONTRIBUTION", [88_000, "2026-11"], 316.8],
    // employer share = total − employee share: 5,713 − 2,856 = 2,857.
    ["事業主負担 2,857", "SI_HEALTH", [58_000, "東京都", "2026-11", false, "employer"], 2_857],
    // 子ども・子育て支援金, 410,000 東京 介護あり: alone 943 ÷ 2 = 471.5 → 471 (the default, as before);
    // rounded with 健保＋介護 (厚労省「子ども・子育て支援金に関するQ&A」): 410,000 × 11.70% = 47,970 ÷ 2 = 23,985 − 23,513 = 472,
    // and the employer bears the rest of the exact 943: 471.
    ["支援金 単独で端数処理 471", "SI_CHILD_SUPPORT", [410_000, "東京都", "2026-11"], 471],
    ["支援金 健保＋介護と合算 472", "SI_CHILD_SUPPORT", [410_000, "東京都", "2026-11", "employee", true, true], 472],
    ["支援金 健保と合算 (介護なし): 410,000 × 10.08% = 41,328 ÷ 2 = 20,664 − 20,192 = 472", "SI_CHILD_SUPPORT", [410_000, "東京都", "2026-11", "employee", true, false], 472],
    ["支援金 合算の事業主負担 943 − 472 = 471", "SI_CHILD_SUPPORT", [410_000, "東京都", "2026-11", "employer", true, true], 471],
    ["支援金 合算でも総額は 943", "SI_CHILD_SUPPORT", [410_000, "東京都", "2026-11", "total", true, true], 943],
  ])("%s", (_n, id, args, expected) => {
    expect(call(id as string, ...(args as unknown[]))).toBe(expected);
  });
});

describe("rates change with the premium month (3月分 for 協会けんぽ, 4月分 for 支援金, 4/1 for 雇用保険)", () => {
  test.each([
    // 東京 R7 9.91% until 2026-02分, R8 9.85% from 2026-03分: 300,000 × rate ÷ 2.
    ["東京 2026-02分 (R7 9.91%)", "SI_HEALTH", [300_000, "東京都", "2026-02"], (300_000 * 0.0991) / 2],
    ["東京 2026-03分 (R8 9.85%)", "SI_HEALTH", [300_000, "東京都", "2026-03"], (300_000 * 0.0985) / 2],
    ["支援金 2026-03分 = 0", "SI_CHILD_SUPPORT", [300_000, "東京都", "2026-03"], 0],
    ["支援金 2026-04分 = 300,000 × 0.23% ÷ 2", "SI_CHILD_SUPPORT", [300_000, "東京都", "2026-04"], 345],
    ["支援金 on a 組合", "SI_CHILD_SUPPORT", [300_000, "9.5%", "2026-11"], 345],
    ["雇用保険 締切日 2026-03-31 (FY2025 5.5/1000)", "EI_PREMIUM", [300_000, "一般", "2026-03-31"], 1_650],
    ["雇用保険 締切日 2026-04-01 (FY2026 5/1000)", "EI_PREMIUM", [300_000, "一般", "2026-04-01"], 1_500],
    ["雇用保険 建設 FY2026 6/1000", "EI_PREMIUM", [300_000, "建設", "2026-11"], 1_800],
    ["雇用保険 農林水産 FY2023 7/1000", "EI_PREMIUM", [300_000, "農林水産・清酒製造", "2023-04"], 2_100],
    ["厚生年金 18.3% 2016-10分は 18.182%", "SI_PENSION", [300_000, "2016-10", "total"], 54_546],
  ])("%s", (_n, id, args, expected) => {
    expect(call(id as string, ...(args as unknown[]))).toBe(Math.round(expected as number));
  });

  test.each([
    ["健康保険 the month after the data", "SI_HEALTH", [300_000, "東京都", pastHorizon(kyoukaiKenpoRates).month], "協会けんぽ 健康保険料率"],
    ["健康保険 2023-02分 (収録前)", "SI_HEALTH", [300_000, "東京都", "2023-02"], "協会けんぽ 健康保険料率"],
    ["介護 the month after the data", "SI_HEALTH", [300_000, "東京都", pastHorizon(careInsuranceRate).month, true], "協会けんぽ 健康保険料率"],
    ["支援金 the month after the data", "SI_CHILD_SUPPORT", [300_000, "東京都", pastHorizon(childSupportLevyRate).month], "子ども・子育て支援金率"],
    ["雇用保険 the 年度 after the data", "EI_PREMIUM", [300_000, "一般", pastHorizon(employmentInsuranceRates).iso], "雇用保険料率"],
    ["雇用保険 FY2022", "EI_PREMIUM", [300_000, "一般", "2023-03-31"], "雇用保険料率"],
    ["拠出金 the 年度 after the data", "SI_CHILD_CONTRIBUTION", [300_000, pastHorizon(childContributionRate).month], "子ども・子育て拠出金率"],
    ["健保等級 2016-03分", "SI_GRADE", [300_000, "health", "2016-03"], "健康保険 標準報酬月額等級表"],
  ])("%s is #N/A naming the table", (_n, id, args, table) => {
    const e = callError(id as string, ...(args as unknown[]));
    expect(e.code).toBe("#N/A");
    expect(e.message).toContain(table);
  });

  test("a 健康保険組合 rate with its own 介護 rate", () => {
    // 9.27% + 1.8% = 11.07%: 300,000 × 11.07% = 33,210; half 16,605.
    expect(call("SI_HEALTH", 300_000, "9.27%/1.8%", "2026-11", true)).toBe(16_605);
    // 0.095: 300,000 × 9.5% = 28,500; half 14,250.
    expect(call("SI_HEALTH", 300_000, 0.095, "2026-11")).toBe(14_250);
    expect(callError("SI_HEALTH", 300_000, 0.095, "2026-11", true).message).toContain("介護保険料率");
  });
});

describe("介護保険第2号: from the month of the day before the 40th birthday to the month before the day before the 65th", () => {
  test.each([
    // Born on the 1st: the day before the 40th birthday is the last day of the previous month.
    ["1986-11-01生 2026-09分", "1986-11-01", "2026-09", false],
    ["1986-11-01生 2026-10分 (40歳到達 2026-10-31)", "1986-11-01", "2026-10", true],
    ["1986-11-02生 2026-10分 (40歳到達 2026-11-01)", "1986-11-02", "2026-10", false],
    ["1986-11-02生 2026-11分", "1986-11-02", "2026-11", true],
    ["1961-11-02生 2026-10分 (65歳到達 2026-11-01)", "1961-11-02", "2026-10", true],
    ["1961-11-02生 2026-11分", "1961-11-02", "2026-11", false],
    ["1961-11-01生 2026-09分 (65歳到達 2026-10-31)", "1961-11-01", "2026-09", true],
    ["1961-11-01生 2026-10分", "1961-11-01", "2026-10", false],
    ["1986-03-01生 2026-02分 (到達 2026-02-28)", "1986-03-01", "2026-02", true],
    ["1988-02-29生 2028-02分 (到達 2028-02-28)", "1988-02-29", "2028-02", true],
    ["1988-02-29生 2028-01分", "1988-02-29", "2028-01", false],
    ["昭和61年11月1日生 (和暦)", "昭和61年11月1日", "2026-10", true],
  ])("%s → %s", (_n, birth, period, expected) => {
    expect(call("SI_CARE_APPLIES", birth, period)).toBe(expected);
  });
});

describe("標準賞与額: 1,000円未満切捨て and the caps", () => {
  test.each([
    ["1,000円未満切捨て", 1_234_567, "health", 0, 0, 1_234_000],
    ["健保 573万円に達するまで", 6_000_000, "health", 0, 0, 5_730_000],
    ["健保 年度累計 5,000,000 済 → 残り 730,000", 1_000_000, "health", 5_000_000, 0, 730_000],
    ["健保 年度累計が上限済 → 0", 1_000_000, "health", 5_730_000, 0, 0],
    ["厚年 150万円", 1_500_999, "pension", 0, 0, 1_500_000],
    ["厚年 同月に 1,000,000 済 → 500,000", 800_000, "pension", 0, 1_000_000, 500_000],
    ["厚年は年度累計を見ない", 800_000, "pension", 5_730_000, 0, 800_000],
  ])("%s", (_n, bonus, scheme, fy, mtd, expected) => {
    expect(call("SI_STANDARD_BONUS", bonus, scheme, "2026-12", fy, mtd)).toBe(expected);
  });
});

describe("定時決定: 支払基礎日数 17日 / 15日 / 11日", () => {
  test.each([
    // general: all three months ≥17 → (300,000+310,000+320,000)/3 = 310,000 → 23級 320,000.
    ["一般 3か月", [300_000, 310_000, 320_000, 31, 30, 31, "general"], 320_000],
    // general: May 16日 is left out → (300,000+320,000)/2 = 310,000 → 320,000.
    ["一般 5月16日を除外", [300_000, 100_000, 320_000, 31, 16, 31, "general"], 320_000],
    // general: only June counts → 250,000 → 20級 260,000.
    ["一般 6月のみ", [100_000, 100_000, 250_000, 10, 16, 17, "general"], 260_000],
    // short: no month ≥17, April 15 & June 16 count → (180,000 + 200,000)/2 = 190,000 → 16級 190,000.
    ["短時間就労者 15日以上の月", [180_000, 90_000, 200_000, 15, 14, 16, "short"], 190_000],
    // short: a 17-day month exists → only it: 240,000 → 19級 240,000.
    ["短時間就労者 17日の月があればそれだけ", [180_000, 240_000, 200_000, 15, 17, 16, "short"], 240_000],
    // specified: 11日以上 → (88,000+100,000+112,000)/3 = 100,000 → 5級 98,000.
    ["特定適用 11日", [88_000, 100_000, 112_000, 11, 12, 11, "specified"], 98_000],
    // specified: 10日 is left out → (100,000+112,000)/2 = 106,000 → 6級 104,000.
    ["特定適用 10日を除外", [50_000, 100_000, 112_000, 10, 12, 11, "specified"], 104_000],
    // average floored: (300,001+300,000+300,000)/3 = 300,000.33 → 300,000 → 22級 300,000.
    ["平均の1円未満切捨て", [300_001, 300_000, 300_000, null, null, null, "general"], 300_000],
  ])("%s", (_n, args, expected) => {
    expect(call("SI_TEIJI", ...(args as unknown[]), "health", 2026)).toBe(expected);
  });
  test("pension grades of the year: 2027 uses the 33-grade table from September", () => {
    expect(call("SI_TEIJI", 700_000, 700_000, 700_000, null, null, null, null, "pension", 2026)).toBe(650_000);
    expect(call("SI_TEIJI", 700_000, 700_000, 700_000, null, null, null, null, "pension", 2027)).toBe(680_000);
  });
  test("no month counts → #N/A (保険者決定)", () => {
    expect(callError("SI_TEIJI", 100_000, 100_000, 100_000, 10, 10, 10, "general", "health", 2026).code).toBe("#N/A");
  });
});

test("monthAgeReached equals the month of dayAgeReached for every birth day of 1960–1990", () => {
  const { dayAgeReached, monthAgeReached } = require("../../../src/calc/socialInsurance/careInsuranceApplies");
  const { dayOf, monthIndex, ymdOf } = require("../../../src/calc/dates/calendar");
  let n = 0;
  for (let d = dayOf(1960, 1, 1); d <= dayOf(1990, 12, 31); d++) {
    for (const age of [40, 65]) {
      if (monthAgeReached(ymdOf(d), age) !== monthIndex(dayAgeReached(d, age))) throw new Error(`birth day ${d}, age ${age}`);
      n++;
    }
  }
  // 31 years: 31 × 365 + 8 leap days (1960…1988), two ages each.
  expect(n).toBe((31 * 365 + 8) * 2);
});
