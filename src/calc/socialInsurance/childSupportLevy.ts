import { BUILT_IN_LAW, extensibleRate, LawContext } from "../law/lawContext";
import { Day } from "../dates/calendar";
import { splitPremium } from "./premiumParts";
import { Insurer, Part } from "./types";

/**
 * 子ども・子育て支援金 (子ども・子育て支援法第71条の3, 健康保険法による徴収): 標準報酬月額 (or 標準賞与額)
 * × 支援金率, 労使折半. 0 before the 令和8年4月分 premium. The FY2026 rate is uniform across insurers, so
 * the insurer is validated but does not change the rate.
 * @example childSupportLevy({ standardAmount: 300_000, insurer, month: R8-11, part: "employee" }) // 345
 */
export function childSupportLevy(a: { standardAmount: number; insurer: Insurer; month: Day; part: Part; law?: LawContext }): number {
  const rate = extensibleRate(a.law ?? BUILT_IN_LAW, "子ども・子育て支援金率", "全国", a.month);
  return splitPremium(a.standardAmount, rate, a.part);
}
