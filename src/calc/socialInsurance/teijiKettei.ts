import { notApplicable } from "../law/errors";
import { dayOf } from "../dates/calendar";
import { standardMonthlyRemuneration } from "./standardMonthlyRemuneration";
import { Scheme } from "./types";

export type WorkerType = "general" | "short" | "specified";

export interface MonthPay {
  remuneration: number;
  /** 支払基礎日数; undefined when not given (the month counts). */
  days?: number;
}

/**
 * 支払基礎日数 thresholds of 定時決定 (健康保険法第41条, 厚生年金保険法第21条; 日本年金機構「算定基礎届の
 * 記入・提出ガイドブック」): general 17日以上; 特定適用事業所等の短時間労働者 11日以上; 短時間就労者 (パート)
 * 17日以上の月、なければ15日以上の月.
 */
export function monthsCounted(months: readonly MonthPay[], workerType: WorkerType): MonthPay[] {
  if (workerType === "specified") return atLeast(months, 11);
  const seventeen = atLeast(months, 17);
  if (workerType === "general" || seventeen.length > 0) return seventeen;
  return atLeast(months, 15);
}

function atLeast(months: readonly MonthPay[], days: number): MonthPay[] {
  const out: MonthPay[] = [];
  for (const m of months) if (m.days === undefined || m.days >= days) out.push(m);
  return out;
}

/**
 * 定時決定: the average 報酬月額 of April–June over the months that count (1円未満切捨て), graded in the
 * table in force from September of that year, the month the new 標準報酬月額 applies from.
 * @example teijiKettei({ months: [{remuneration: 300_000}, {remuneration: 310_000}, {remuneration: 320_000}], workerType: "general", scheme: "health", year: 2026 }) // 310,000 → 320,000
 */
export function teijiKettei(a: { months: readonly MonthPay[]; workerType: WorkerType; scheme: Scheme; year: number }): number {
  const counted = monthsCounted(a.months, a.workerType);
  if (counted.length === 0) {
    throw notApplicable("支払基礎日数の基準を満たす月がないため、定時決定の平均を出せません（従前の標準報酬月額で保険者決定）。");
  }
  let sum = 0;
  for (const m of counted) sum += m.remuneration;
  const average = Math.floor(sum / counted.length);
  return standardMonthlyRemuneration({ remuneration: average, scheme: a.scheme, month: dayOf(a.year, 9, 1) }).amount;
}
