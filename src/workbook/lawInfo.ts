/**
 * Which law data a payroll workbook uses: each table's id, title, the date it is looked up on, the
 * revision in force on that date and its sources, read from the timelines' own specs (src/calc/law).
 * The 法令データ sheet shows this list so that a reader can check every rate against its source.
 */
import { Timeline } from "../calc/law/timeline";
import { DateKey, Source } from "../calc/law/types";
import { isoOf, monthStart } from "../calc/dates/calendar";
import { bonusCaps, careInsuranceRate, childContributionRate, childSupportLevyRate, kyoukaiKenpoRates, pensionRate } from "../calc/law/socialInsurance";
import { employmentInsuranceRates } from "../calc/law/employmentInsurance";
import { premiumWageRates } from "../calc/law/labor";
import { bonusRateTables, dailyTaxTables, monthlyTaxTables } from "../calc/law/withholding";
import { PayrollSettings } from "../calc/payroll/types";
import { readSettings } from "../calc/payroll/settings";
import { premiumMonthsDeducted } from "../calc/payroll/premiumMonthsDeducted";
import { parseIsoDay } from "../calc/payroll/settings";
import { LawContext } from "../calc/law/lawContext";
import { USER_TABLES } from "../calc/law/userTables";
import { describeLawValue } from "./lawValue";

export interface LawTableUse {
  id: string;
  title: string;
  unit: string;
  keyedOn: DateKey;
  /** What the workbook looks the table up for, in Japanese ("給与の保険料 2026年10月分"). */
  usedFor: string;
  /** The date looked up (ISO). */
  date: string;
  /** Effective date of the revision in force, or null when the date is outside the data. */
  effective: string | null;
  /** The value in force as people read it ("1.62%", "一般 労働者 5/1000・事業主 8.5/1000"), or null. */
  value: string | null;
  knownUntil: string | null;
  sources: Source[];
  confidence?: string;
  note?: string;
  /** True when the value comes from the rows the user added (利用者が追加した法令データ). */
  fromUser?: boolean;
}

type AnyTimeline = Timeline<unknown>;

function use(t: AnyTimeline, day: number, usedFor: string, o: LawInfoOptions): LawTableUse {
  const spec = t.spec;
  const value = t.find(day);
  const inForce = value === undefined ? undefined : [...spec.revisions].reverse().find((r) => r.effective <= isoOf(day));
  const base = { id: spec.id, title: spec.title, unit: spec.unit, keyedOn: spec.keyedOn, usedFor, date: isoOf(day), knownUntil: spec.knownUntil };
  if (inForce) {
    return { ...base, effective: inForce.effective, value: describeLawValue(spec.id, value, o.prefectures), sources: inForce.sources, confidence: inForce.confidence, note: inForce.note };
  }
  const user = userUse(spec.id, day, o);
  if (user) return { ...base, ...user };
  return {
    ...base,
    effective: null,
    value: null,
    sources: [],
    note: `${isoOf(day)} は収録範囲外です（収録: ${spec.revisions[0].effective}〜${spec.knownUntil ?? ""}）。この表を使う数式は #N/A になります。`,
  };
}

/** Where the built-in data ends, the rows the user added for the same table and date, if any. */
function userUse(id: string, day: number, o: LawInfoOptions): Pick<LawTableUse, "effective" | "value" | "sources" | "confidence" | "note" | "fromUser"> | undefined {
  const taxTable = (o.law?.userTaxTables ?? []).find((t) => (t.kind === "賞与の算出率の表" ? bonusRateTables : dailyTaxTables).spec.id === id && day >= t.from && day <= t.until);
  if (taxTable) {
    return {
      effective: isoOf(taxTable.from),
      value: `${taxTable.kind} 令和${taxTable.year - 2018}年分（${taxTable.origin}、${taxTable.rows}行）`,
      sources: [{ title: taxTable.source }],
      confidence: "user",
      note: "利用者が追加した法令データ（組み込みのデータの収録範囲外）",
      fromUser: true,
    };
  }
  const rows = (o.law?.userRows ?? []).filter((r) => USER_TABLES.find((t) => t.name === r.table)?.timeline.spec.id === id && day >= r.from && day <= r.until);
  if (rows.length === 0) return undefined;
  return {
    effective: isoOf(Math.min(...rows.map((r) => r.from))),
    value: rows.map((r) => `${r.key} ${r.rateText}`).join("、"),
    sources: [...new Set(rows.map((r) => r.source))].map((title) => ({ title })),
    confidence: "user",
    note: "利用者が追加した法令データ（組み込みのデータの収録範囲外）",
    fromUser: true,
  };
}

export interface LawInfoOptions {
  /** The law the workbook is computed under, with the rows a user added. */
  law?: LawContext;
  /** The 協会けんぽ prefectures the workbook uses, to show their rates. */
  prefectures?: readonly number[];
}

const month = (day: number) => `${isoOf(day).slice(0, 4)}年${Number(isoOf(day).slice(5, 7))}月分`;

/**
 * The law tables a payroll workbook for these settings uses, with the revision in force for each date.
 * @example collectLawInfo({ settings: defaultPayrollSettings("2026-11") })[0].title // "協会けんぽ 健康保険料率"
 */
export function collectLawInfo(a: { settings: PayrollSettings; bonusPayDate?: string } & LawInfoOptions): LawTableUse[] {
  const { period, payDay } = readSettings(a.settings);
  const [premium] = premiumMonthsDeducted({ payDate: payDay, timing: a.settings.premiumTiming });
  const bonusDay = a.bonusPayDate === undefined ? payDay : parseIsoDay(a.bonusPayDate, "賞与の支給日");
  const bonusMonth = monthStart(bonusDay);
  const t = (x: unknown) => x as AnyTimeline;
  return [
    use(t(kyoukaiKenpoRates), premium, `給与の保険料 ${month(premium)}`, a),
    use(t(careInsuranceRate), premium, `給与の保険料 ${month(premium)}`, a),
    use(t(childSupportLevyRate), premium, `給与の保険料 ${month(premium)}`, a),
    use(t(pensionRate), premium, `給与の保険料 ${month(premium)}`, a),
    use(t(childContributionRate), premium, `事業主負担（集計） ${month(premium)}`, a),
    use(t(employmentInsuranceRates), period.end, `給与の雇用保険（賃金締切日 ${isoOf(period.end)}）`, a),
    use(t(premiumWageRates), period.end, `割増賃金（賃金締切日 ${isoOf(period.end)}）`, a),
    use(t(monthlyTaxTables), payDay, `給与の源泉所得税（支給日 ${isoOf(payDay)}）`, a),
    use(t(kyoukaiKenpoRates), bonusMonth, `賞与の保険料 ${month(bonusMonth)}`, a),
    use(t(bonusCaps), bonusMonth, `標準賞与額の上限 ${month(bonusMonth)}`, a),
    use(t(employmentInsuranceRates), bonusDay, `賞与の雇用保険（支給日 ${isoOf(bonusDay)}）`, a),
    use(t(bonusRateTables), bonusDay, `賞与の源泉所得税（支給日 ${isoOf(bonusDay)}）`, a),
  ];
}
