/**
 * Settings the office chose in its payroll system, found by computing the month again with the other choice
 * (the payroll job itself, so the rules are the payroll's): 設定「支援金の端数処理」 and 設定「保険料の徴収時期」.
 */
import type { PayrollLine, PayrollSettings } from "../../../calc/payroll/types";
import { payEmployee } from "../../payroll/payEmployee";
import { SUPPORT_ROUNDING_WORDS, TIMING_WORDS } from "../../../workbook/layout";
import { premiumTimingOption, supportRoundingOption } from "../../../calc/payroll/officeSettings";
import { DrillCase, yen } from "../drillCase";
import { PREMIUM_ITEMS, type DrillItem } from "../drillItems";

/** The employee's line under other settings, or undefined when it cannot be computed so. */
export function lineWith(c: DrillCase, change: Partial<PayrollSettings>): PayrollLine | undefined {
  const pay = payEmployee({ employee: c.employee, variables: c.variables, settings: { ...c.settings, ...change }, law: c.law });
  return pay.status === "paid" ? pay.detail.line : undefined;
}

/** Every one of the items the results have equals the other line's. */
function premiumsMatch(c: DrillCase, line: PayrollLine, among: readonly DrillItem[] = PREMIUM_ITEMS): boolean {
  const items = among.filter((i) => c.result[i] !== undefined);
  return items.length > 0 && items.every((i) => c.result[i] === line[i]);
}

const HEALTH_ITEMS: readonly DrillItem[] = ["health", "care", "childSupport"];

/**
 * 子ども・子育て支援金の端数処理: rounded once with the 健康保険料 (厚生労働省「子ども・子育て支援金に関するQ&A」) or on
 * its own; the two differ by one yen in 健康保険＋支援金 for some standard amounts.
 * @example 標準報酬 830,000 東京都 2026-10分: 合算 41,832 − 40,877 = 955; 別々 830,000 × 0.23% ÷ 2 = 954.5 → 954
 */
export function supportRoundingReason(c: DrillCase, item: DrillItem): string | undefined {
  if (item !== "childSupport" && item !== "health") return undefined;
  const current = c.settings.childSupportRounding ?? "withHealth";
  const other = current === "withHealth" ? "separate" : "withHealth";
  const line = lineWith(c, { childSupportRounding: other });
  if (line === undefined || !premiumsMatch(c, line, HEALTH_ITEMS)) return undefined;
  const sum = (l: Pick<PayrollLine, "health" | "care" | "childSupport">) => l.health + l.care + l.childSupport;
  const how = other === "separate" ? "支援金を健康保険料と別に端数処理しています" : "支援金を健康保険料と合算して1回だけ端数処理しています";
  return `端数処理: 結果は${how}（健康保険・介護・支援金の計 ${yen(sum(line))}、Sonae は ${yen(sum(c.detail.line))}）。前の給与システムと揃えるなら設定「支援金の端数処理」を「${SUPPORT_ROUNDING_WORDS[other]}」に（コマンドラインでは ${supportRoundingOption(other)}。厚生労働省「子ども・子育て支援金に関するQ&A」の方法は「${SUPPORT_ROUNDING_WORDS.withHealth}」）。`;
}

/** 翌月徴収 (the previous month's premium) or 当月徴収: the other timing deducts another month's premiums. */
export function timingReason(c: DrillCase, item: DrillItem): string | undefined {
  if (!PREMIUM_ITEMS.includes(item)) return undefined;
  const other = c.settings.premiumTiming === "nextMonth" ? "sameMonth" : "nextMonth";
  const line = lineWith(c, { premiumTiming: other });
  if (line === undefined || !premiumsMatch(c, line)) return undefined;
  const months = c.detail.premiumMonths.map((m) => `${m.month}分`).join("・");
  return `徴収時期: 結果は${TIMING_WORDS[other]}の保険料です（Sonae は${TIMING_WORDS[c.settings.premiumTiming]}で ${months}を控除）。設定「保険料の徴収時期」を給与システムと揃えてください（「${TIMING_WORDS[other]}」。コマンドラインでは ${premiumTimingOption(other)}）。`;
}
