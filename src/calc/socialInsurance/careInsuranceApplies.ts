import { Day, dayOf, monthIndex, YMD, ymdOf } from "../dates/calendar";

/**
 * The day an age is reached: the end of the day before the birthday's anniversary
 * (年齢計算ニ関スル法律, 民法第143条). For a 2月29日 birth in a common year, 2月28日.
 */
export function dayAgeReached(birth: Day, age: number): Day {
  const b = ymdOf(birth);
  const year = b.year + age;
  const anniversary = dayOf(year, b.month, b.day);
  const exists = ymdOf(anniversary).month === b.month;
  return exists ? anniversary - 1 : dayOf(year, b.month + 1, 0);
}

/**
 * 介護保険第2号被保険者 for a premium month (介護保険法第9条第2号, 健康保険法第156条): from the month that
 * contains the day the insured turns 40 to the month before the one in which they turn 65 (資格の取得・喪失
 * は到達した日、保険料は月単位: 取得月から、喪失月の前月まで).
 * @example careInsuranceApplies({ birth: 1986-11-01, month: 2026-10 }) // true (40歳到達日 2026-10-31)
 */
export function careInsuranceApplies(a: { birth: Day; month: Day }): boolean {
  const m = monthIndex(a.month);
  const b = ymdOf(a.birth);
  return monthAgeReached(b, 40) <= m && m < monthAgeReached(b, 65);
}

/**
 * The month (as year × 12 + month − 1) containing dayAgeReached: the anniversary's month, or the month
 * before it for a birth on the 1st (the day before is the previous month's last day). Equal to
 * monthIndex(dayAgeReached(birth, age)) for every birth date, without building dates per row.
 */
export function monthAgeReached(birth: YMD, age: number): number {
  return (birth.year + age) * 12 + (birth.month - 1) - (birth.day === 1 ? 1 : 0);
}
