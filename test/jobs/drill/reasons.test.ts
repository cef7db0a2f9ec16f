/**
 * Each reason of the drill on its own, with figures worked by hand from the law data (協会けんぽ 東京都 令和8年度
 * 9.85%, 介護 1.62%, 支援金 0.23% from 2026-04分, 厚生年金 18.3%, 雇用保険 一般 令和8年度 5/1000, 令和7年度 5.5/1000).
 */
import { isoToDay } from "../../../src/calc/dates/calendar";
import { microYen, PPM, ppmFromPercent, ppmFromPermille } from "../../../src/calc/money/rate";
import { resolveInsurer } from "../../../src/calc/payroll/resolveInsurer";
import { gradeOfPremium, gradeReason } from "../../../src/jobs/drill/reasons/gradeOfPremium";
import { ageBoundaryNear, ageBoundaryReason } from "../../../src/jobs/drill/reasons/ageBoundary";
import { otherYearMonths, rateReason } from "../../../src/jobs/drill/reasons/rateOfAnotherYear";
import { supportRoundingReason, timingReason } from "../../../src/jobs/drill/reasons/otherSetting";
import { roundingOfShare, shareRoundingReason } from "../../../src/jobs/drill/reasons/shareRounding";
import { fallbackReason, followsReason, taxFromTheirInsurance } from "../../../src/jobs/drill/reasons/followsFrom";
import { explainDifference } from "../../../src/jobs/drill/explainDifference";
import { drillCase } from "./drillCases";

const day = isoToDay;
const tokyo = resolveInsurer({ insurer: "東京都", fallback: "東京都", label: "健康保険" });

describe("月変: the grade whose premium the system deducted", () => {
  test.each([
    ["health", 15_760, 300_000, { grade: 23, amount: 320_000 }], // 320,000 × 9.85% ÷ 2 = 15,760
    ["health", 14_775, 320_000, { grade: 22, amount: 300_000 }], // 300,000 × 9.85% ÷ 2 = 14,775
    ["pension", 29_280, 300_000, { grade: 20, amount: 320_000 }], // 320,000 × 18.3% ÷ 2 = 29,280
    ["pension", 27_450, 320_000, { grade: 19, amount: 300_000 }], // 300,000 × 18.3% ÷ 2 = 27,450
    ["health", 14_775, 300_000, undefined], // the master's own grade is not another grade
    ["health", 14_776, 300_000, undefined], // no grade gives 14,776
  ] as const)("%s %d with the master at %d → %o", (scheme, premium, masterStandard, expected) => {
    expect(gradeOfPremium({ scheme, premium, masterStandard, premiumMonth: day("2026-10-01"), insurer: tokyo })).toEqual(expected);
  });

  test("the reason names both grades: a 300,000 標準報酬 with the premium of 320,000", () => {
    const c = drillCase({ result: { health: 15_760, pension: 29_280 } });
    expect(gradeReason(c, "health")).toBe(
      "月変: 結果は標準報酬月額 320,000円（23級）の保険料です（マスタの健保標準報酬月額は 300,000円（22級））。随時改定・定時決定をマスタと給与システムの片方にしか反映していないかを確認してください。",
    );
    expect(gradeReason(c, "pension")).toContain("320,000円（20級）の保険料です（マスタの厚年標準報酬月額は 300,000円（19級））");
    expect(gradeReason(c, "gross")).toBeUndefined();
  });
});

describe("age boundaries near the premium month", () => {
  test.each([
    // 40歳到達日 = the day before the 40th birthday; 介護 from that month.
    ["care", "1986-11-20", "2026-10-01", "40歳に達した日は 2026-11-19（誕生日の前日）: 介護保険料は 2026-11分から"],
    // Born on the 1st: reached on the last day of the month before.
    ["care", "1986-12-01", "2026-11-01", "40歳に達した日は 2026-11-30（誕生日の前日）: 介護保険料は 2026-11分から"],
    ["care", "1961-11-15", "2026-10-01", "65歳に達した日は 2026-11-14（誕生日の前日）: 介護保険料は 2026-10分まで"],
    // 70歳到達日 2026-03-31 is the 資格喪失日: the last premium is 2026-02分.
    ["pension", "1956-04-01", "2026-03-01", "70歳に達した日 2026-03-31 に厚生年金の資格を喪失"],
    ["pension", "1956-04-01", "2026-03-01", "厚生年金保険料は 2026-02分まで"],
    // 75歳の誕生日 is the 資格喪失日.
    ["health", "1951-11-20", "2026-10-01", "75歳の誕生日 2026-11-20 に後期高齢者医療へ移り健康保険の資格を喪失"],
    ["childSupport", "1951-11-20", "2026-12-01", "健康保険・介護・支援金は 2026-10分まで"],
  ] as const)("%s, born %s, premium month %s: %s", (item, birth, premiumMonth, expected) => {
    expect(ageBoundaryNear({ item, birth: day(birth), premiumMonth: day(premiumMonth) })).toContain(expected);
  });

  test.each([
    ["care", "1986-11-20", "2026-08-01"], // three months before
    ["pension", "1986-11-20", "2026-10-01"], // 40 is not a 厚生年金 boundary
    ["employment", "1956-04-01", "2026-03-01"],
  ] as const)("%s, born %s, premium month %s: none", (item, birth, premiumMonth) => {
    expect(ageBoundaryNear({ item, birth: day(birth), premiumMonth: day(premiumMonth) })).toBeUndefined();
  });

  test("only when one side deducts the premium and the other does not", () => {
    // Born 1986-11-20: 介護 from 2026-11分; November's pay under 翌月徴収 deducts 2026-10分, no 介護.
    const c = drillCase({ employee: { birthDate: "1986-11-20" }, result: { care: 2_430 } }); // 300,000 × 11.47% ÷ 2 = 17,205 − 14,775
    expect(ageBoundaryReason(c, "care")).toContain("介護保険料は 2026-11分から");
    expect(ageBoundaryReason(drillCase({ employee: { birthDate: "1986-11-20" }, result: { health: 14_000 } }), "health")).toBeUndefined();
  });
});

describe("rate of another 年度", () => {
  test.each([
    ["2026-11-01", 3, "2026-02-01", "2027-03-01"],
    ["2026-03-01", 3, "2026-02-01", "2027-03-01"],
    ["2026-02-01", 3, "2025-02-01", "2026-03-01"],
    ["2026-03-01", 4, "2025-03-01", "2026-04-01"],
  ] as const)("otherYearMonths(%s, 年度 from month %d) → previous %s, next %s", (month, first, previous, next) => {
    expect(otherYearMonths(day(month), first)).toEqual({ previous: day(previous), next: day(next) });
  });

  test("健康保険 of April's pay (2026-03分, 令和8年度 9.85%) deducted at 令和7年度's 9.91%: 300,000 × 9.91% ÷ 2 = 14,865", () => {
    const c = drillCase({ period: "2026-04", result: { health: 14_865 } });
    expect(c.detail.line.health).toBe(14_775);
    expect(rateReason(c, "health")).toContain("結果は前年度の料率（2026-02分の率）で計算した額です");
  });

  test("雇用保険 of April (賃金締切日 2026-04-30, 5/1000 = 1,500) at 令和7年度's 5.5/1000: 300,000 × 5.5‰ = 1,650", () => {
    const c = drillCase({ period: "2026-04", result: { employment: 1_650 } });
    expect(c.detail.line.employment).toBe(1_500);
    expect(rateReason(c, "employment")).toContain("前年度の雇用保険料率（賃金締切日 2026-03-31 の率）");
  });

  test("支援金 deducted from April's pay: 2026-04分 is the first 支援金 month (300,000 × 10.08% ÷ 2 = 15,120 − 14,775 = 345); 翌月徴収 deducts 2026-03分, 0", () => {
    const c = drillCase({ period: "2026-04", result: { childSupport: 345 } });
    expect(c.detail.line.childSupport).toBe(0);
    expect(rateReason(c, "childSupport")).toContain("翌年度の料率（2026-04分の率）");
    expect(timingReason(c, "childSupport")).toBe("徴収時期: 結果は当月徴収の保険料です（Sonae は翌月徴収で 2026-03分を控除）。設定「保険料の徴収時期」を給与システムと揃えてください（「当月徴収」。コマンドラインでは --premium-timing 当月）。");
  });
});

describe("rounding settings", () => {
  // 830,000 東京都, no 介護 (born 1958): 合算 830,000 × 10.08% ÷ 2 = 41,832 − 40,877 (40,877.5 → 50銭以下切捨て) = 955;
  // 別々 830,000 × 0.23% ÷ 2 = 954.5 → 954.
  const high = { birthDate: "1958-01-20", healthStandard: 830_000, pensionStandard: 650_000, baseSalary: 800_000 };

  test("a vendor that rounds 支援金 separately: the setting 「支援金だけで端数処理」 is named", () => {
    const c = drillCase({ employee: high, result: { childSupport: 954 } });
    expect(c.detail.line).toMatchObject({ health: 40_877, childSupport: 955 });
    const reason = supportRoundingReason(c, "childSupport")!;
    expect(reason).toContain("結果は支援金を健康保険料と別に端数処理しています（健康保険・介護・支援金の計 41,831円、Sonae は 41,832円）");
    expect(reason).toContain("設定「支援金の端数処理」を「支援金だけで端数処理」に（コマンドラインでは --support-rounding 別々。");
    expect(explainDifference(c, "childSupport")).toEqual([reason]);
  });

  test("Sonae set to separate, the vendor rounding once with 健康保険: 「健康保険料と合算」 is named", () => {
    const c = drillCase({ employee: high, settings: { childSupportRounding: "separate" }, result: { childSupport: 955 } });
    expect(c.detail.line.childSupport).toBe(954);
    expect(supportRoundingReason(c, "childSupport")).toContain("を「健康保険料と合算」に（コマンドラインでは --support-rounding 合算。");
  });

  test.each([
    [{ of: microYen(335_320, ppmFromPermille("5")), less: 0, denominator: PPM }, 1_676, "floor"], // 1,676.6: deducted 1,677, 切捨て 1,676
    [{ of: microYen(335_320, ppmFromPermille("5")), less: 0, denominator: PPM }, 1_677, undefined], // Sonae's own
    [{ of: microYen(142_000, ppmFromPercent("9.85")), less: 0, denominator: 2 * PPM }, 6_994, "halfUp"], // 6,993.5: deducted 6,993, 四捨五入 6,994
    [{ of: microYen(142_000, ppmFromPercent("9.85")), less: 0, denominator: 2 * PPM }, 6_995, undefined],
  ] as const)("roundingOfShare(%o, %d) → %s", (share, amount, expected) => {
    expect(roundingOfShare(share, amount)).toBe(expected);
  });

  test("雇用保険 rounded down: 300,301 × 5‰ = 1,501.505 → deducted 1,502 (50銭超切上げ), 切捨て 1,501", () => {
    const c = drillCase({ employee: { baseSalary: 300_301 }, result: { employment: 1_501 } });
    expect(c.detail.line.employment).toBe(1_502);
    expect(shareRoundingReason(c, "employment")).toContain("結果は被保険者負担分の1円未満を切り捨てています");
  });
});

describe("differences that follow from others", () => {
  // 300,000 − (15,760 + 支援金 345 + 29,280 + 雇用 1,500) = 253,115 → 国税庁 令和8年分 月額表 251,000〜254,000 甲0人 6,220
  // Sonae's own: 300,000 − (14,775 + 345 + 27,450 + 1,500) = 255,930 → 254,000〜257,000 甲0人 6,320.
  test("所得税 from the results' 社会保険料: the 300,000 month with the premiums of 320,000 → 課税 253,115 → 6,220", () => {
    const c = drillCase({ result: { health: 15_760, pension: 29_280, incomeTax: 6_220 } });
    expect(c.detail.line.incomeTax).toBe(6_320);
    expect(taxFromTheirInsurance(c)).toBe(6_220);
    expect(followsReason(c, "incomeTax")).toContain("所得税は 6,220円で一致");
  });

  test("差引支給額: the sum of the other differences", () => {
    const c = drillCase({ result: { health: 15_760, net: 0 } });
    const net = c.detail.line.net - 985; // 15,760 − 14,775
    expect(followsReason({ ...c, result: { ...c.result, net } }, "net")).toBe("連動: 差引支給額の差は上の項目の差の合計です。");
    expect(followsReason({ ...c, result: { ...c.result, net: net - 1 } }, "net")).toBeUndefined();
  });

  test("nothing fits: what to check", () => {
    const c = drillCase({ result: { residentTax: 12_500 } });
    expect(explainDifference(c, "residentTax")).toEqual([fallbackReason(c, "residentTax")]);
    expect(fallbackReason(c, "residentTax")).toContain("マスタの住民税 0円と結果が違います");
  });
});
