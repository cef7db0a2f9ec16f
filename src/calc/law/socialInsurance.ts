import { defineTimeline } from "./timeline";
import { Source } from "./types";
import { Announced, defineAnnouncedTimeline } from "./announced";
import { Ppm, ppmFromPercent } from "../money/rate";
import { KYOUKAI_KENPO_PREFECTURES, AnnouncedPercent, SOCIAL_INSURANCE_YEARS, SocialInsuranceYear } from "./data/socialInsurance/socialInsuranceYears.data";
import {
  GradeRow, HEALTH_GRADES_2016_04, PENSION_GRADES_2016_10, PENSION_GRADES_2020_09, PENSION_GRADES_2027_09,
  PENSION_GRADES_2028_09, PENSION_GRADES_2029_09,
} from "./data/socialInsurance/standardMonthlyGrades.data";

const HEALTH_ACT: Source = { title: "健康保険法", url: "https://laws.e-gov.go.jp/law/211AC0000000070" };
const PENSION_ACT: Source = { title: "厚生年金保険法", url: "https://laws.e-gov.go.jp/law/329AC0000000115" };
const CHILD_ACT: Source = { title: "子ども・子育て支援法", url: "https://laws.e-gov.go.jp/law/424AC0000000065" };

/** 標準報酬月額等級表 (健康保険). Keyed on the premium month. */
export const healthGradeTable = defineTimeline<readonly GradeRow[]>({
  id: "socialInsurance.healthGrades",
  title: "健康保険 標準報酬月額等級表",
  unit: "円",
  keyedOn: "premiumMonth",
  knownUntil: null,
  revisions: [
    { effective: "2016-04-01", value: HEALTH_GRADES_2016_04, sources: [{ ...HEALTH_ACT, at: "第40条第1項（平成27年法律第31号による改正、50等級）" }], confidence: "high" },
  ],
});

/** 標準報酬月額等級表 (厚生年金保険), including the legislated grades 33–35. */
export const pensionGradeTable = defineTimeline<readonly GradeRow[]>({
  id: "socialInsurance.pensionGrades",
  title: "厚生年金保険 標準報酬月額等級表",
  unit: "円",
  keyedOn: "premiumMonth",
  knownUntil: null,
  revisions: [
    { effective: "2016-10-01", value: PENSION_GRADES_2016_10, sources: [{ ...PENSION_ACT, at: "第20条第1項（31等級 88,000〜620,000円）" }], confidence: "high" },
    { effective: "2020-09-01", value: PENSION_GRADES_2020_09, sources: [{ ...PENSION_ACT, at: "第20条第2項; 令和2年政令第246号（第32級 650,000円）" }], confidence: "high" },
    { effective: "2027-09-01", value: PENSION_GRADES_2027_09, sources: [{ ...PENSION_ACT, at: "第20条第1項（令和7年法律第74号による改正、第33級 680,000円）" }], confidence: "medium" },
    { effective: "2028-09-01", value: PENSION_GRADES_2028_09, sources: [{ ...PENSION_ACT, at: "第20条第1項（令和7年法律第74号、第34級 710,000円）" }], confidence: "medium" },
    { effective: "2029-09-01", value: PENSION_GRADES_2029_09, sources: [{ ...PENSION_ACT, at: "第20条第1項（令和7年法律第74号、第35級 750,000円）" }], confidence: "medium" },
  ],
});

const YEARS = SOCIAL_INSURANCE_YEARS;

/** 協会けんぽ 都道府県単位保険料率: index = JIS code − 1, value in ppm. */
export const kyoukaiKenpoRates = defineAnnouncedTimeline<readonly Ppm[]>({
  id: "socialInsurance.kyoukaiKenpoRates",
  title: "協会けんぽ 健康保険料率",
  unit: "ppm（労使合計）",
  keyedOn: "premiumMonth",
  announced: YEARS.map(({ kyoukaiKenpo: kenpo }) => ({
    effective: kenpo.effective,
    until: kenpo.until,
    value: kenpo.healthPct.map(ppmFromPercent),
    sources: kenpo.sources,
    confidence: kenpo.healthConfidence ?? "high",
  })),
});

export const PREFECTURES = KYOUKAI_KENPO_PREFECTURES;

/** 介護保険料率 (協会けんぽ, 全国一律, 第2号被保険者). */
export const careInsuranceRate = defineAnnouncedTimeline<Ppm>({
  id: "socialInsurance.careRate",
  title: "協会けんぽ 介護保険料率",
  unit: "ppm（労使合計）",
  keyedOn: "premiumMonth",
  // The same 年度 record as the prefecture rates: one announcement, one period, one source.
  announced: YEARS.map(({ kyoukaiKenpo: kenpo }) => ({ effective: kenpo.effective, until: kenpo.until, value: ppmFromPercent(kenpo.carePct), sources: kenpo.sources, confidence: "high" })),
});

/** One kind of rate from every 年度 that announces it. */
function announcedPercents(kind: (year: SocialInsuranceYear) => AnnouncedPercent | undefined): Announced<Ppm>[] {
  return YEARS.flatMap((year) => {
    const rate = kind(year);
    return rate ? [{ effective: rate.effective, until: rate.until, value: ppmFromPercent(rate.pct), sources: rate.sources, confidence: "high" as const }] : [];
  });
}

/**
 * 子ども・子育て支援金率. Levied with the health insurance premium from the 令和8年4月分 premium, also on
 * 標準賞与額; none before. The FY2026 rate is uniform across insurers (0.23%).
 */
export const childSupportLevyRate = defineAnnouncedTimeline<Ppm>({
  id: "socialInsurance.childSupportLevyRate",
  title: "子ども・子育て支援金率",
  unit: "ppm（労使合計）",
  keyedOn: "premiumMonth",
  earlier: [{ effective: "2016-04-01", value: 0, sources: [{ ...CHILD_ACT, at: "第71条の3（令和6年法律第47号で創設、令和8年4月分保険料から徴収）" }], note: "支援金の徴収開始前" }],
  announced: announcedPercents((year) => year.childSupportLevy),
});

/** 厚生年金保険料率 (一般の被保険者). Fixed at 18.3% since 2017-09 (第81条第4項). */
export const pensionRate = defineTimeline<Ppm>({
  id: "socialInsurance.pensionRate",
  title: "厚生年金保険料率",
  unit: "ppm（労使合計）",
  keyedOn: "premiumMonth",
  knownUntil: null,
  revisions: [
    { effective: "2016-10-01", value: ppmFromPercent("18.182"), sources: [{ ...PENSION_ACT, at: "第81条第4項（平成16年法律第104号による段階的引上げ、平成28年9月分〜）" }], confidence: "high" },
    { effective: "2017-09-01", value: ppmFromPercent("18.3"), sources: [{ ...PENSION_ACT, at: "第81条第4項（平成29年9月分以後 1000分の183）" }], confidence: "high" },
  ],
});

/** 子ども・子育て拠出金率 (事業主のみ負担, 厚生年金の標準報酬月額・標準賞与額に課す). */
export const childContributionRate = defineAnnouncedTimeline<Ppm>({
  id: "socialInsurance.childContributionRate",
  title: "子ども・子育て拠出金率",
  unit: "ppm（事業主のみ）",
  keyedOn: "premiumMonth",
  earlier: [
    { effective: "2019-04-01", value: ppmFromPercent("0.34"), sources: [{ ...CHILD_ACT, at: "第70条; 子ども・子育て支援法施行令（平成31年度 1000分の3.4）" }], confidence: "low" },
    { effective: "2020-04-01", value: ppmFromPercent("0.36"), sources: [{ ...CHILD_ACT, at: "第70条; 子ども・子育て支援法施行令（令和2年4月分〜 1000分の3.6）" }], confidence: "high" },
  ],
  announced: announcedPercents((year) => year.childContribution),
  repeatConfirms: true,
});

/** 標準賞与額の上限. */
export interface BonusCaps {
  /** 健康保険: 年度（4/1〜3/31）累計 (健康保険法第45条第1項). */
  healthFiscalYear: number;
  /** 厚生年金保険: 1か月あたり (厚生年金保険法第24条の4第1項). */
  pensionMonthly: number;
}

export const bonusCaps = defineTimeline<BonusCaps>({
  id: "socialInsurance.bonusCaps",
  title: "標準賞与額の上限",
  unit: "円",
  keyedOn: "premiumMonth",
  knownUntil: null,
  revisions: [
    {
      effective: "2016-04-01",
      value: { healthFiscalYear: 5_730_000, pensionMonthly: 1_500_000 },
      sources: [{ ...HEALTH_ACT, at: "第45条第1項（年度累計 573万円）" }, { ...PENSION_ACT, at: "第24条の4第1項（1か月 150万円）" }],
      confidence: "high",
    },
  ],
});

/** The thresholds of 定時決定 and 随時改定 (標準報酬月額の決定・改定の基準). */
export interface RemunerationDeterminationRules {
  /** 支払基礎日数 a month needs to count (一般の被保険者). */
  basisDaysGeneral: number;
  /** 支払基礎日数 for 特定適用事業所等の短時間労働者. */
  basisDaysShortTimeWorker: number;
  /** 短時間就労者 (パート): months of this many days count when no month reaches basisDaysGeneral. */
  basisDaysPartTimeFallback: number;
  /** 随時改定: the least difference of grades (等級) that revises the 標準報酬月額. */
  occasionalRevisionGrades: number;
}

export const remunerationDeterminationRules = defineTimeline<RemunerationDeterminationRules>({
  id: "socialInsurance.remunerationDeterminationRules",
  title: "標準報酬月額の定時決定・随時改定の基準",
  unit: "日・等級",
  keyedOn: "premiumMonth",
  knownUntil: null,
  revisions: [
    {
      effective: "2016-10-01",
      value: { basisDaysGeneral: 17, basisDaysShortTimeWorker: 11, basisDaysPartTimeFallback: 15, occasionalRevisionGrades: 2 },
      sources: [
        { ...HEALTH_ACT, at: "第41条（定時決定）・第43条第1項（随時改定: 継続した3月間の報酬の平均が2等級以上の差）" },
        { ...PENSION_ACT, at: "第21条（定時決定）・第23条第1項（随時改定）" },
        { title: "日本年金機構「算定基礎届の記入・提出ガイドブック」", at: "支払基礎日数: 17日、特定適用事業所等の短時間労働者 11日（平成28年10月〜）、短時間就労者は17日の月がなければ15日" },
      ],
      confidence: "high",
    },
  ],
});
