import { dayOf } from "../../calc/dates/calendar";
import { EmploymentInsuranceType } from "../../calc/payroll/employee";
import { BusinessType } from "../../calc/law/employmentInsurance";
import { asbestosLevyRate } from "../../calc/law/laborInsurance";
import { LawContext } from "../../calc/law/lawContext";
import { Ppm } from "../../calc/money/rate";
import { asbestosLevy, employmentPremiumByRatePeriod, premiumBase, premiumOf, RatePeriod } from "../../calc/laborInsurance/premiums";
import { countsForEmploymentInsurance, countsForWorkersCompensation } from "../../calc/laborInsurance/workerCategory";
import { totalEmploymentRate } from "./employmentRate";
import { PlacedWage } from "./wageRows";

const businessOf = (t: EmploymentInsuranceType): BusinessType => (t === "none" ? "general" : t);

/** The 雇用保険 wages grouped by the rate in force on the day that fixes each (賃金締切日 / 支給日). */
function employmentRatePeriods(wages: readonly PlacedWage[], law: LawContext): RatePeriod[] {
  const byRate = new Map<Ppm, number>();
  for (const w of wages) {
    if (!countsForEmploymentInsurance(w.employee)) continue;
    const rate = totalEmploymentRate(law, businessOf(w.employee.employmentInsurance), w.day);
    byRate.set(rate, (byRate.get(rate) ?? 0) + w.gross);
  }
  return [...byRate].map(([rate, wages]) => ({ rate, wages }));
}

export interface ConfirmedPremiums {
  rosai: { base: number; premium: number };
  koyo: { base: number; premium: number };
  koyoPeriods: { rate: Ppm; base: number; premium: number }[];
  levy: number;
  levyRate: Ppm;
}

/**
 * 確定保険料 (徴収法第19条): 労災分 on every worker's wages, 雇用分 on the 被保険者' wages per rate in force, and the
 * 一般拠出金 on the 労災 base (石綿健康被害救済法第35条). Throws the law's #N/A when a 雇用保険率 is not in the data.
 */
export function confirmedPremiums(wages: readonly PlacedWage[], rosaiRate: Ppm, law: LawContext, year: number): ConfirmedPremiums {
  const rosaiWages = wages.filter((w) => countsForWorkersCompensation(w.employee)).reduce((s, w) => s + w.gross, 0);
  const rosaiBase = premiumBase(rosaiWages);
  const periods = employmentRatePeriods(wages, law);
  const koyoPeriods = periods.map((p) => ({ rate: p.rate, ...employmentPremiumByRatePeriod([p]) }));
  const koyo = employmentPremiumByRatePeriod(periods);
  const rosai = { base: rosaiBase, premium: premiumOf(rosaiBase, rosaiRate) };
  const levyRate = asbestosLevyRate.at(dayOf(year, 4, 1));
  return { rosai, koyo, koyoPeriods, levy: asbestosLevy(rosaiBase, levyRate), levyRate };
}
