/**
 * The likely reasons of one item's difference, each from its own rule, in the order a clerk would check them:
 * the settings (徴収時期, 端数処理), the 標準報酬月額 (月変), an age boundary, a rate change, then what only
 * follows from other items. When no rule fits, what to check instead.
 */
import type { DrillCase } from "./drillCase";
import type { DrillItem } from "./drillItems";
import { ageBoundaryReason } from "./reasons/ageBoundary";
import { fallbackReason, followsReason } from "./reasons/followsFrom";
import { gradeReason } from "./reasons/gradeOfPremium";
import { supportRoundingReason, timingReason } from "./reasons/otherSetting";
import { rateReason } from "./reasons/rateOfAnotherYear";
import { shareRoundingReason } from "./reasons/shareRounding";

type Reason = (c: DrillCase, item: DrillItem) => string | undefined;

const REASONS: readonly Reason[] = [timingReason, supportRoundingReason, shareRoundingReason, gradeReason, ageBoundaryReason, rateReason, followsReason];

export function explainDifference(c: DrillCase, item: DrillItem): string[] {
  const found = REASONS.map((r) => r(c, item)).filter((r): r is string => r !== undefined);
  return found.length > 0 ? [...new Set(found)] : [fallbackReason(c, item)];
}
