import { Day, dayOf, monthIndex, ymdOf } from "../dates/calendar";

/**
 * The last premium month (○月分) of an insured person who loses the status: premiums are levied up to the month
 * before the month of 資格喪失 (健康保険法第156条第3項, 厚生年金保険法第19条第1項・第81条第2項). When the status is
 * acquired and lost in the same month (同月得喪), that month itself is counted: 健康保険法第156条第3項 withholds the
 * premium of the month of loss only from 前月から引き続き被保険者である者, and 厚生年金保険法第19条第2項 counts 「資格を
 * 取得した月にその資格を喪失したとき」 as one month (昭和27年7月1日 保文発第129107号).
 * @example lastInsuredMonth({ acquired: 2026-11-05, lost: 2026-11-21 }) // 2026-11 (同月得喪)
 * @example lastInsuredMonth({ acquired: 2026-10-01, lost: 2026-11-21 }) // 2026-10
 */
export function lastInsuredMonth(a: { acquired?: Day; lost: Day }): Day {
  const { year, month } = ymdOf(a.lost);
  const sameMonth = a.acquired !== undefined && monthIndex(a.acquired) === monthIndex(a.lost);
  return dayOf(year, sameMonth ? month : month - 1, 1);
}
