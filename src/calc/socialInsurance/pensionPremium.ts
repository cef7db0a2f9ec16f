import { pensionRate } from "../law/socialInsurance";
import { Day } from "../dates/calendar";
import { splitPremium } from "./premiumParts";
import { Part } from "./types";

/**
 * 厚生年金保険料 (厚生年金保険法第81条): 標準報酬月額 (or 標準賞与額) × 保険料率, 労使折半 (第82条).
 * @example pensionPremium({ standardAmount: 300_000, month: R8-11, part: "employee" }) // 27,450
 */
export function pensionPremium(a: { standardAmount: number; month: Day; part: Part }): number {
  return splitPremium(a.standardAmount, pensionRate.at(a.month), a.part);
}
