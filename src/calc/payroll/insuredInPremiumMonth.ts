import { Day, monthIndex } from "../dates/calendar";

/**
 * Whether a month's premium is owed: premiums are levied for each month from the month of 資格取得 to the
 * month before the month of 資格喪失 (健康保険法第156条第3項, 厚生年金保険法第19条第1項・第81条第2項). When the
 * insured acquires and loses the status in the same month (同月得喪) that month counts once (健康保険法第156条
 * 第3項 applies only to 前月から引き続き被保険者である者; 厚生年金保険法第19条第2項).
 * @example insuredInPremiumMonth({ month: 2026-03, acquired: 2025-04-01, lost: 2026-04-01 }) // true
 */
export function insuredInPremiumMonth(a: { month: Day; acquired?: Day; lost: Day }): boolean {
  const m = monthIndex(a.month);
  const from = a.acquired === undefined ? Number.NEGATIVE_INFINITY : monthIndex(a.acquired);
  const lostMonth = monthIndex(a.lost);
  if (m < from) return false;
  if (m < lostMonth) return true;
  return m === lostMonth && from === lostMonth;
}
