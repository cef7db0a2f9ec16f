import { Day, dayOf, ymdOf } from "../dates/calendar";

export interface WagePeriod {
  /** 対象年月 (the first day of the month the salary is for). */
  month: Day;
  /** 賃金計算期間の初日 and 賃金締切日 (the closing date selects the 雇用保険料率 and the 割増賃金率). */
  start: Day;
  end: Day;
}

/** 締め日 on the month's calendar: 31 (末日) or a day past the month's end means the last day. */
function closingDate(year: number, month: number, closingDay: number): Day {
  const last = ymdOf(dayOf(year, month + 1, 0)).day;
  return dayOf(year, month, Math.min(closingDay, last));
}

/**
 * 賃金計算期間 of a 対象年月: from the day after the previous month's 締め日 to this month's 締め日 (末日締め:
 * the calendar month; 20日締め: 前月21日〜当月20日). The closing date is the 賃金締切日 of 労働保険の保険料の徴収等
 * に関する法律 (雇用保険料率は賃金締切日の属する年度の率).
 * @example wagePeriod({ month: 2026-04-01, closingDay: 20 }) // 2026-03-21 〜 2026-04-20
 */
export function wagePeriod(a: { month: Day; closingDay: number }): WagePeriod {
  const { year, month } = ymdOf(a.month);
  const end = closingDate(year, month, a.closingDay);
  const start = closingDate(year, month - 1, a.closingDay) + 1;
  return { month: dayOf(year, month, 1), start, end };
}
