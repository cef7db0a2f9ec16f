/**
 * Rate change: the system computed with the rate of the 年度 before or after the one in force. 協会けんぽ's
 * 健康保険料率 and the 介護保険料率 change with the 3月分 premium (健康保険法第160条), the 子ども・子育て支援金率 with
 * the 4月分, the 雇用保険料率 with the wages whose 賃金締切日 is on or after 4月1日 (労働保険徴収法第12条): a system
 * not yet updated, or updated a month early, deducts the other year's premium around those months.
 */
import { Day, dayOf, isoMonthOf, isoOf, monthStartAfter, ymdOf } from "../../../calc/dates/calendar";
import { employmentInsurancePremium } from "../../../calc/employmentInsurance/employmentInsurancePremium";
import { socialInsurancePremiums } from "../../../calc/payroll/socialInsurancePremiums";
import { parseIsoDay } from "../../../calc/payroll/settings";
import { CalcError } from "../../../calc/vocabulary/errors";
import { DrillCase, insurerOf, singlePremiumMonth } from "../drillCase";
import type { DrillItem } from "../drillItems";

/**
 * The last month of the previous 年度 and the first month of the next, for a 年度 that starts in `firstMonth`.
 * @example otherYearMonths(2026-11, 3) // [2026-02, 2027-03]
 */
export function otherYearMonths(month: Day, firstMonth: number): { previous: Day; next: Day } {
  const { year, month: m } = ymdOf(month);
  const start = dayOf(m >= firstMonth ? year : year - 1, firstMonth, 1);
  return { previous: monthStartAfter(start, -1), next: monthStartAfter(start, 12) };
}

/** The first month of each premium item's 年度. */
const YEAR_STARTS: Partial<Record<DrillItem, number>> = { health: 3, care: 3, childSupport: 4 };

/** A computation for a month whose rates the law data may not hold: undefined then. */
function attempt<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch (e) {
    if (e instanceof CalcError) return undefined;
    throw e;
  }
}

function premiumRateReason(c: DrillCase, item: "health" | "care" | "childSupport", premiumMonth: Day): string | undefined {
  const standardAmount = c.employee.healthStandard;
  if (standardAmount == null) return undefined;
  const care = c.detail.premiumMonths[0].careApplies;
  const months = otherYearMonths(premiumMonth, YEAR_STARTS[item] as number);
  for (const [side, month] of [["前年度", months.previous], ["翌年度", months.next]] as const) {
    const other = attempt(() => socialInsurancePremiums({ month, health: { standardAmount, insurer: insurerOf(c), care }, law: c.law, childSupportRounding: c.settings.childSupportRounding }));
    if (other !== undefined && other[item] === c.result[item] && other[item] !== c.detail.line[item]) {
      return `料率: 結果は${side}の料率（${isoMonthOf(month)}分の率）で計算した額です。Sonae は ${isoMonthOf(premiumMonth)}分の率です（健康保険・介護は3月分から、支援金は4月分から新しい年度の率）。`;
    }
  }
  return undefined;
}

function employmentRateReason(c: DrillCase): string | undefined {
  const closing = parseIsoDay(c.detail.periodEnd, "賃金計算期間の末日");
  const businessType = c.employee.employmentInsurance === "none" ? undefined : c.employee.employmentInsurance || c.settings.defaultEmploymentInsurance;
  if (businessType === undefined) return undefined;
  const months = otherYearMonths(closing, 4);
  const days = [["前年度", monthStartAfter(months.next, -12) - 1], ["翌年度", months.next]] as const;
  for (const [side, day] of days) {
    const other = attempt(() => employmentInsurancePremium({ wages: c.detail.employmentWages, businessType, day, part: "employee", law: c.law }));
    if (other !== undefined && other === c.result.employment && other !== c.detail.employment) {
      return `料率: 結果は${side}の雇用保険料率（賃金締切日 ${isoOf(day)} の率）で計算した額です。雇用保険料率は賃金締切日が4月1日以後の賃金から新しい年度の率です（この月の賃金締切日は ${c.detail.periodEnd}）。`;
    }
  }
  return undefined;
}

/** The item computed with the other 年度's rate matches the results. */
export function rateReason(c: DrillCase, item: DrillItem): string | undefined {
  if (item === "employment") return employmentRateReason(c);
  const premiumMonth = singlePremiumMonth(c);
  if (premiumMonth === undefined || (item !== "health" && item !== "care" && item !== "childSupport")) return undefined;
  return premiumRateReason(c, item, premiumMonth);
}
