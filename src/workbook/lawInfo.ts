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
import { bonusRateTables, monthlyTaxTables } from "../calc/law/withholding";
import { PayrollSettings } from "../calc/payroll/types";
import { readSettings } from "../calc/payroll/settings";
import { premiumMonthsDeducted } from "../calc/payroll/premiumMonthsDeducted";
import { parseIsoDay } from "../calc/payroll/settings";

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
  knownUntil: string | null;
  sources: Source[];
  confidence?: string;
  note?: string;
}

type AnyTimeline = Timeline<unknown>;

function use(t: AnyTimeline, day: number, usedFor: string): LawTableUse {
  const spec = t.spec;
  const inForce = t.find(day) === undefined ? undefined : [...spec.revisions].reverse().find((r) => r.effective <= isoOf(day));
  return {
    id: spec.id,
    title: spec.title,
    unit: spec.unit,
    keyedOn: spec.keyedOn,
    usedFor,
    date: isoOf(day),
    effective: inForce?.effective ?? null,
    knownUntil: spec.knownUntil,
    sources: inForce?.sources ?? [],
    confidence: inForce?.confidence,
    note: inForce ? inForce.note : `${isoOf(day)} は収録範囲外です（収録: ${spec.revisions[0].effective}〜${spec.knownUntil ?? ""}）。この表を使う数式は #N/A になります。`,
  };
}

const month = (day: number) => `${isoOf(day).slice(0, 4)}年${Number(isoOf(day).slice(5, 7))}月分`;

/**
 * The law tables a payroll workbook for these settings uses, with the revision in force for each date.
 * @example collectLawInfo({ settings: defaultPayrollSettings("2026-11") })[0].title // "協会けんぽ 健康保険料率"
 */
export function collectLawInfo(a: { settings: PayrollSettings; bonusPayDate?: string }): LawTableUse[] {
  const { period, payDay } = readSettings(a.settings);
  const [premium] = premiumMonthsDeducted({ payDate: payDay, timing: a.settings.premiumTiming });
  const bonusDay = a.bonusPayDate === undefined ? payDay : parseIsoDay(a.bonusPayDate, "賞与の支給日");
  const bonusMonth = monthStart(bonusDay);
  const t = (x: unknown) => x as AnyTimeline;
  return [
    use(t(kyoukaiKenpoRates), premium, `給与の保険料 ${month(premium)}`),
    use(t(careInsuranceRate), premium, `給与の保険料 ${month(premium)}`),
    use(t(childSupportLevyRate), premium, `給与の保険料 ${month(premium)}`),
    use(t(pensionRate), premium, `給与の保険料 ${month(premium)}`),
    use(t(childContributionRate), premium, `事業主負担（集計） ${month(premium)}`),
    use(t(employmentInsuranceRates), period.end, `給与の雇用保険（賃金締切日 ${isoOf(period.end)}）`),
    use(t(premiumWageRates), period.end, `割増賃金（賃金締切日 ${isoOf(period.end)}）`),
    use(t(monthlyTaxTables), payDay, `給与の源泉所得税（支給日 ${isoOf(payDay)}）`),
    use(t(kyoukaiKenpoRates), bonusMonth, `賞与の保険料 ${month(bonusMonth)}`),
    use(t(bonusCaps), bonusMonth, `標準賞与額の上限 ${month(bonusMonth)}`),
    use(t(employmentInsuranceRates), bonusDay, `賞与の雇用保険（支給日 ${isoOf(bonusDay)}）`),
    use(t(bonusRateTables), bonusDay, `賞与の源泉所得税（支給日 ${isoOf(bonusDay)}）`),
  ];
}
