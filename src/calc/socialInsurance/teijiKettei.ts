import { notApplicable } from "../vocabulary/errors";
import { Day, dayOf } from "../dates/calendar";
import { standardMonthlyRemuneration } from "./standardMonthlyRemuneration";
import { Scheme } from "./types";
import { floorYen } from "../money/rounding";

export type WorkerType = "general" | "short" | "specified";

export interface MonthPay {
  remuneration: number;
  /** 支払基礎日数; undefined when not given (the month counts). */
  days?: number;
}

/**
 * 支払基礎日数 thresholds of 定時決定 (健康保険法第41条, 厚生年金保険法第21条; 日本年金機構「算定基礎届の
 * 記入・提出ガイドブック」): general 17日以上; 特定適用事業所等の短時間労働者 11日以上; 短時間就労者 (パート)
 * 17日以上の月、なければ15日以上の月. Returns the least 支払基礎日数 a month needs to count.
 */
export function daysThreshold(months: readonly MonthPay[], workerType: WorkerType): number {
  if (workerType === "specified") return 11;
  if (workerType === "general") return 17;
  for (const m of months) if (counts(m, 17)) return 17;
  return 15;
}

/** A month without 支払基礎日数 counts. */
function counts(m: MonthPay, days: number): boolean {
  return m.days === undefined || m.days >= days;
}

/** The months that count for 定時決定 (those with at least daysThreshold 支払基礎日数). */
export function monthsCounted(months: readonly MonthPay[], workerType: WorkerType): MonthPay[] {
  const days = daysThreshold(months, workerType);
  return months.filter((m) => counts(m, days));
}

/**
 * 定時決定: the average 報酬月額 of April–June over the months that count (1円未満切捨て), graded in the
 * table in force from September of that year, the month the new 標準報酬月額 applies from.
 * @example teijiKettei({ months: [{remuneration: 300_000}, {remuneration: 310_000}, {remuneration: 320_000}], workerType: "general", scheme: "health", year: 2026 }) // 310,000 → 320,000
 */
export function teijiKettei(a: { months: readonly MonthPay[]; workerType: WorkerType; scheme: Scheme; year: number }): number {
  // Summed in place rather than through monthsCounted: SI_TEIJI runs this per row of a column.
  const days = daysThreshold(a.months, a.workerType);
  let sum = 0;
  let n = 0;
  for (const m of a.months) {
    if (counts(m, days)) {
      sum += m.remuneration;
      n++;
    }
  }
  if (n === 0) {
    throw notApplicable("支払基礎日数の基準を満たす月がないため、定時決定の平均を出せません（従前の標準報酬月額で保険者決定）。");
  }
  // 報酬月額の平均額に1円未満の端数があるときは切り捨てる (日本年金機構「定時決定」の算定).
  const average = floorYen(sum, n);
  return standardMonthlyRemuneration({ remuneration: average, scheme: a.scheme, month: septemberOf(a.year) }).amount;
}

let memoYear = Number.NaN;
let memoSeptember: Day = Number.NaN;

/** 9月1日 of the year, remembered for the last year asked (a column asks for one year). */
function septemberOf(year: number): Day {
  if (year !== memoYear) {
    memoSeptember = dayOf(year, 9, 1);
    memoYear = year;
  }
  return memoSeptember;
}
