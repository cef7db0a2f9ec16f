/**
 * The horizon calendar: every law table with the periods it covers, how sure we are of each, its sources,
 * and the revision that comes next with when it is usually published — so an office sees in December
 * which tables will run out before its January payroll, and can add a published rate itself
 * (docs/law-data.md) before a release brings it.
 */
import { Timeline } from "./timeline";
import { Revision, Source } from "./types";
import { isoOf, isoToDay, ymdOf } from "../dates/calendar";
import * as SI from "./socialInsurance";
import { employmentInsuranceRates } from "./employmentInsurance";
import { premiumWageRates } from "./labor";
import { annualDeclarationRules, asbestosLevyRate } from "./laborInsurance";
import * as WH from "./withholding";
import * as YE from "./yearEnd";

/** 令和N年度 (April–March) or 令和N年分 (calendar year) of a day. */
const reiwa = (year: number) => `令和${year - 2018}`;
const fiscal = (iso: string) => {
  const { year, month } = ymdOf(isoToDay(iso));
  return `${reiwa(month >= 4 ? year : year - 1)}年度`;
};
const calendarYear = (iso: string) => `${reiwa(ymdOf(isoToDay(iso)).year)}年分`;
const month = (iso: string) => iso.slice(0, 7);

/** What comes after a table's horizon: the day after it, named as the law names the next period. */
type NextRevision = (next: string) => string;

// 協会けんぽ names a year's rates after the 年度 they are set for, though they start with the 3月分 before it.
const kyoukai = (what: string): NextRevision => (n) => `協会けんぽ ${reiwa(ymdOf(isoToDay(n)).year)}年度${what}: ${month(n)}分から。例年2月に公表`;
const fiscalYear = (what: string, publishes: string): NextRevision => (n) => `${fiscal(n)}の${what}: ${month(n)}分から。${publishes}`;
const taxTable = (what: string, published: string): NextRevision => (n) => `${calendarYear(n)}の${what}: ${n} 以後の支払から。${published}`;

const PUBLISHED_BY_NTA = "国税庁が前年中に公表（公表済みかは国税庁「源泉徴収税額表」のページで確認）";

const CALENDAR: readonly [Timeline<unknown>, NextRevision?][] = [
  [SI.kyoukaiKenpoRates, kyoukai("料率")],
  [SI.careInsuranceRate, kyoukai("介護保険料率")],
  [SI.childSupportLevyRate, fiscalYear("子ども・子育て支援金率", "年度ごとに定められる")],
  [SI.childContributionRate, fiscalYear("子ども・子育て拠出金率", "年度ごとに政令で定められる")],
  [SI.pensionRate],
  [SI.healthGradeTable],
  [SI.pensionGradeTable],
  [SI.bonusCaps],
  [SI.remunerationDeterminationRules],
  [employmentInsuranceRates, (n: string) => `${fiscal(n)}の雇用保険料率: 賃金締切日が ${n} 以後の賃金から。例年2〜3月に厚生労働省が公表`],
  [premiumWageRates],
  [asbestosLevyRate],
  [annualDeclarationRules],
  [WH.monthlyTaxTables, taxTable("月額表", PUBLISHED_BY_NTA)],
  [WH.dailyTaxTables, taxTable("日額表", PUBLISHED_BY_NTA)],
  [WH.bonusRateTables, taxTable("賞与の算出率の表", PUBLISHED_BY_NTA)],
  [WH.computerMethodTables, taxTable("電算機計算の特例", PUBLISHED_BY_NTA)],
  [WH.commuteExemptionLimits],
  [YE.salaryIncomeTable, (n: string) => `${calendarYear(n)}の年末調整の表（${n.slice(0, 4)}年12月の年末調整）。税制改正は例年12月の大綱・3月の法律で決まる`],
  [YE.basicDeductionTable], [YE.spouseDeductionRules], [YE.dependentDeductionRules], [YE.specificRelativeRules],
  [YE.personalDeductionRules], [YE.lifeInsuranceYoungDependentRules], [YE.incomeTaxRates], [YE.yearTaxSurtaxRate],
].map(([t, next]) => [t as Timeline<unknown>, next as NextRevision | undefined]);

export interface CalendarPeriod {
  from: string;
  /** Last day (ISO) this revision is in force, or null when nothing ends it. */
  until: string | null;
  confidence?: Revision<unknown>["confidence"];
  sources: readonly Source[];
  note?: string;
}

export interface CalendarEntry {
  title: string;
  keyedOn: Timeline<unknown>["spec"]["keyedOn"];
  periods: CalendarPeriod[];
  /** 「協会けんぽ 令和9年度料率: 2027-03分から。例年2月に公表」, or null for a table fixed by statute. */
  next: string | null;
}

function periods(t: Timeline<unknown>): CalendarPeriod[] {
  const revs = t.spec.revisions;
  return revs.map((r, i) => ({
    from: r.effective,
    until: i + 1 < revs.length ? isoOf(isoToDay(revs[i + 1].effective) - 1) : t.spec.knownUntil,
    confidence: r.confidence,
    sources: r.sources,
    note: r.note,
  }));
}

/**
 * Every law table with its periods and the next expected revision.
 * @example lawCalendar()[0].next // "協会けんぽ 令和9年度料率: 2027-03分から。例年2月に公表"
 */
export function lawCalendar(): CalendarEntry[] {
  return CALENDAR.map(([t, next]) => {
    const after = t.spec.knownUntil === null ? null : isoOf(isoToDay(t.spec.knownUntil) + 1);
    return { title: t.spec.title, keyedOn: t.spec.keyedOn, periods: periods(t), next: after && next ? next(after) : after ? `${after} 以後は未収録` : null };
  });
}
