import { childContributionRate } from "../law/socialInsurance";
import { Day } from "../dates/calendar";
import { splitPremium } from "./premiumParts";

/**
 * 子ども・子育て拠出金 (子ども・子育て支援法第69条・第70条): 厚生年金の標準報酬月額 (or 標準賞与額) × 拠出金率,
 * borne by the employer alone. The exact amount; the office's total is rounded when it is paid.
 * @example childContribution({ standardAmount: 300_000, month: R8-11 }) // 1,080
 */
export function childContribution(a: { standardAmount: number; month: Day }): number {
  return splitPremium(a.standardAmount, childContributionRate.at(a.month), "total");
}
