import { Day } from "../dates/calendar";

/**
 * Whether a person counts in a month's 使用労働者数: employed on that month's 賃金締切日 — hired on or before it,
 * and not gone before it (a 退職日 is the last day employed, so leaving on the 締切日 itself still counts). The
 * 年度更新のしおり counts each month's workers as of the month's end or, where wages have a 締切日, the last
 * 締切日 before it; the 締切日 here is that day.
 * @example employedOnClosingDate({ hire: 2025-10-01, closingDate: 2025-09-30 }) // false
 */
export function employedOnClosingDate(a: { hire?: Day; leave?: Day; closingDate: Day }): boolean {
  if (a.hire !== undefined && a.hire > a.closingDate) return false;
  return a.leave === undefined || a.leave >= a.closingDate;
}

/**
 * 1か月平均使用労働者数 — what the 申告書's ④常時使用労働者数 and ⑤雇用保険被保険者数 take: the twelve monthly
 * counts of the 保険年度 added and divided by 12, 小数点以下切捨て (年度更新のしおり, as quoted in the answer at
 * https://okwave.jp/qa/q1778209.html: 「1ヶ月平均使用労働者数を記入（小数点以下切捨て）」, 被保険者数 likewise).
 * A year with workers in some month never gives 0: a result below one is 1 (勘定奉行の算定基礎賃金集計表:
 * 「12ヵ月分の合計人数 ÷ 12 … 小数点以下は切り捨てますが、その結果 0 になる場合は 1 人」,
 * https://support.obc.jp/hc/ja/articles/900004262066).
 * @example monthlyAverageHeadcount([5, 5, 5, 4, 4, 4, 5, 5, 5, 5, 5, 5]) // 57 / 12 = 4.75 → 4
 */
export function monthlyAverageHeadcount(monthlyCounts: readonly number[]): number {
  if (monthlyCounts.length !== 12) throw new RangeError(`1か月平均使用労働者数は12か月の人数から求めます（${monthlyCounts.length}か月分）`);
  const total = monthlyCounts.reduce((s, n) => s + n, 0);
  if (total === 0) return 0;
  return Math.max(1, Math.floor(total / 12));
}
