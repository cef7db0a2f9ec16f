import { remunerationDeterminationRules } from "../law/socialInsurance";
import { Day } from "../dates/calendar";
import { WorkerType } from "./teijiKettei";

/**
 * 支払基礎日数 a month needs to count for 定時決定 (健康保険法第41条, 厚生年金保険法第21条; 日本年金機構
 * 「算定基礎届の記入・提出ガイドブック」): 17日; 特定適用事業所等の短時間労働者 11日; 短時間就労者 (パート)
 * 17日, or 15日 when no month of April–June reaches 17日. `month` is the month the new 標準報酬月額 applies from.
 * @example teijiBasisDaysThreshold({ days: [16, 15, 10], workerType: "short", month: dayOf(2026, 9, 1) }) // 15
 */
export function teijiBasisDaysThreshold(a: { days: readonly number[]; workerType: WorkerType; month: Day }): number {
  const rules = remunerationDeterminationRules.at(a.month);
  if (a.workerType === "specified") return rules.basisDaysShortTimeWorker;
  if (a.workerType === "general" || a.days.some((d) => d >= rules.basisDaysGeneral)) return rules.basisDaysGeneral;
  return rules.basisDaysPartTimeFallback;
}

/**
 * 支払基礎日数 each of the three months needs for 随時改定 (健康保険法第43条, 厚生年金保険法第23条): 17日, and
 * 11日 for 特定適用事業所等の短時間労働者. A パート has no 15日 fallback here: the three months must each reach 17日.
 * @example zuijiBasisDaysThreshold({ workerType: "specified", month: dayOf(2026, 10, 1) }) // 11
 */
export function zuijiBasisDaysThreshold(a: { workerType: WorkerType; month: Day }): number {
  const rules = remunerationDeterminationRules.at(a.month);
  return a.workerType === "specified" ? rules.basisDaysShortTimeWorker : rules.basisDaysGeneral;
}
