/**
 * 端数処理 of the insured's share: deducted from pay it is 50銭以下切捨て・50銭超切上げ (the 保険料額表's note, for a
 * share the employer withholds); a company may agree to bear the fraction and round it down (切捨て), and a share
 * paid in cash is 50銭未満切捨て・50銭以上切上げ (四捨五入). A system set otherwise is a yen off now and then.
 */
import { microYen, PPM } from "../../../calc/money/rate";
import { shareDeductedFromPay } from "../../../calc/money/rounding";
import { healthInsuranceRate } from "../../../calc/socialInsurance/healthInsurancePremium";
import { pensionRate } from "../../../calc/law/socialInsurance";
import { BUILT_IN_LAW, extensibleRate } from "../../../calc/law/lawContext";
import { employmentUserKey } from "../../../calc/law/userTables";
import { parseIsoDay } from "../../../calc/payroll/settings";
import type { Day } from "../../../calc/dates/calendar";
import { DrillCase, insurerOf, singlePremiumMonth, yen } from "../drillCase";
import type { DrillItem } from "../drillItems";

export type ShareRounding = "floor" | "halfUp";

const ROUND: Record<ShareRounding | "pay", (n: number, d: number) => number> = {
  pay: shareDeductedFromPay,
  floor: (n, d) => Math.floor(n / d),
  halfUp: (n, d) => Math.floor((2 * n + d) / (2 * d)),
};

const WORDS: Record<ShareRounding, string> = {
  floor: "1円未満を切り捨てています（会社が端数を負担する特約の場合）",
  halfUp: "50銭以上を切り上げています（被保険者が現金で払う場合の「50銭未満切捨て・50銭以上切上げ」）",
};

/** An item as a difference of two exact shares (numerator / denominator in micro-yen): the item is round(a) − round(b). */
interface ExactShare {
  of: number;
  less: number;
  denominator: number;
}

/**
 * The rounding other than 50銭以下切捨て・50銭超切上げ that gives the amount, if one does.
 * @example roundingOfShare({ of: 335_320 × 5,000, less: 0, denominator: 10⁶ }, 1_676) // "floor" (1,676.6 → 1,676; deducted from pay 1,677)
 */
export function roundingOfShare(share: ExactShare, amount: number): ShareRounding | undefined {
  if (roundWith(share, "pay") === amount) return undefined;
  return (["floor", "halfUp"] as const).find((r) => roundWith(share, r) === amount);
}

/** The item as a rounding makes it. */
function roundWith(share: ExactShare, rounding: ShareRounding | "pay"): number {
  const r = ROUND[rounding];
  return r(share.of, share.denominator) - (share.less === 0 ? 0 : r(share.less, share.denominator));
}

/** The exact share of each item for one premium month, as the payroll rounds it. */
function exactShare(c: DrillCase, item: DrillItem, month: Day): ExactShare | undefined {
  const law = c.law ?? BUILT_IN_LAW;
  const part = c.detail.premiumMonths[0];
  const standard = c.employee.healthStandard;
  const half = (amount: number, rate: number) => microYen(amount, rate);
  if (item === "pension") return c.employee.pensionStandard == null || !part.pensionInsured ? undefined : { of: half(c.employee.pensionStandard, pensionRate.at(month)), less: 0, denominator: 2 * PPM };
  if (item === "employment") return employmentShare(c);
  if (standard == null || !part.healthInsured) return undefined;
  const rate = (care: boolean) => healthInsuranceRate(insurerOf(c), month, care, law);
  if (item === "health") return { of: half(standard, rate(false)), less: 0, denominator: 2 * PPM };
  if (item === "care") return part.careApplies ? { of: half(standard, rate(true)), less: half(standard, rate(false)), denominator: 2 * PPM } : undefined;
  if (item !== "childSupport" || (c.settings.childSupportRounding ?? "withHealth") !== "withHealth") return undefined;
  const withCare = rate(part.careApplies);
  const support = extensibleRate(law, "子ども・子育て支援金率", "全国", month);
  return { of: half(standard, withCare + support), less: half(standard, withCare), denominator: 2 * PPM };
}

function employmentShare(c: DrillCase): ExactShare | undefined {
  const type = c.employee.employmentInsurance === "none" ? undefined : c.employee.employmentInsurance || c.settings.defaultEmploymentInsurance;
  if (type === undefined) return undefined;
  const rate = extensibleRate(c.law ?? BUILT_IN_LAW, "雇用保険料率", employmentUserKey(type, "employee"), parseIsoDay(c.detail.periodEnd, "賃金計算期間の末日"));
  return { of: microYen(c.detail.employmentWages, rate), less: 0, denominator: PPM };
}

/** A system rounds every 社会保険 share one way, and the 雇用保険 share perhaps another: an item is judged with its family. */
const FAMILIES: readonly (readonly DrillItem[])[] = [["health", "care", "childSupport", "pension"], ["employment"]];

/** The rounding that gives every item of the family the results have, and not Sonae's figure for this item. */
function roundingOfFamily(c: DrillCase, item: DrillItem, month: Day): ShareRounding | undefined {
  const family = (FAMILIES.find((f) => f.includes(item)) ?? [item]).filter((i) => c.result[i] !== undefined);
  const share = exactShare(c, item, month);
  const rounding = share && roundingOfShare(share, c.result[item] as number);
  if (rounding === undefined) return undefined;
  const fits = (i: DrillItem) => {
    const s = exactShare(c, i, month);
    return s === undefined || roundWith(s, rounding) === c.result[i];
  };
  return family.every(fits) ? rounding : undefined;
}

export function shareRoundingReason(c: DrillCase, item: DrillItem): string | undefined {
  const month = singlePremiumMonth(c);
  if (month === undefined || c.result[item] === undefined) return undefined;
  const rounding = roundingOfFamily(c, item, month);
  if (rounding === undefined) return undefined;
  return `端数処理: 結果は被保険者負担分の${WORDS[rounding]}。Sonae は給与から控除する場合の「50銭以下切捨て・50銭超切上げ」で ${yen(c.detail.line[item])}です。`;
}
