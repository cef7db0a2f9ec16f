/**
 * Calendar days as integers (days since 1970-01-01) so that the core never touches the clock or
 * time zones. A premium month (○月分) is the day number of its first day.
 */
export type Day = number;

export function dayOf(year: number, month: number, day: number): Day {
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** Undefined when the triple is not a calendar day (2月30日). */
export function validDayOf(year: number, month: number, day: number): Day | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1800 || year > 9999) return undefined;
  const d = dayOf(year, month, day);
  const back = new Date(d * 86_400_000);
  return back.getUTCDate() === day && back.getUTCMonth() === month - 1 ? d : undefined;
}

export interface YMD {
  year: number;
  month: number;
  day: number;
}

export function ymdOf(day: Day): YMD {
  const d = new Date(day * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function monthStart(day: Day): Day {
  const { year, month } = ymdOf(day);
  return dayOf(year, month, 1);
}

/** "2026年11月分" */
export function describeMonth(day: Day): string {
  const { year, month } = ymdOf(day);
  return `${year}年${month}月分`;
}

/** "2026年11月25日" */
export function describeDay(day: Day): string {
  const { year, month, day: d } = ymdOf(day);
  return `${year}年${month}月${d}日`;
}

export function isoOf(day: Day): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** 年度 (4月1日〜翌年3月31日) containing the day: 2027-02-10 → 2026. */
export function fiscalYearOf(day: Day): number {
  const { year, month } = ymdOf(day);
  return month >= 4 ? year : year - 1;
}

/** Months from a to b as a count (2026-03 → 2026-05 is 2). */
export function monthIndex(day: Day): number {
  const { year, month } = ymdOf(day);
  return year * 12 + (month - 1);
}
