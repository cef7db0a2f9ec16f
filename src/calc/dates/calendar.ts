/**
 * Calendar days as integers (days since 1970-01-01) so that the core never touches the clock or
 * time zones. A premium month (○月分) is the day number of its first day.
 */
export type Day = number;

/**
 * Day number of a civil date by integer arithmetic ("days from civil"). Like Date.UTC, an
 * out-of-range month or day rolls over (month 13 → January next year; day 0 → the last day of the
 * previous month).
 */
export function dayOf(year: number, month: number, day: number): Day {
  const m0 = month - 1;
  const y0 = year + Math.floor(m0 / 12);
  const m = m0 - Math.floor(m0 / 12) * 12 + 1;
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
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

/**
 * Civil date of a day number by integer arithmetic (the proleptic Gregorian "civil from days"
 * algorithm), without Date objects: formulas call this once per row.
 */
export function ymdOf(day: Day): YMD {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d };
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

/** The first day of the month a day lies in: a premium month (○月分) is named by it. */
export function monthStart(day: Day): Day {
  const { year, month } = ymdOf(day);
  return dayOf(year, month, 1);
}

/** A day and a number of months later (or earlier), as the first day of that month. */
export function monthStartAfter(day: Day, months: number): Day {
  const { year, month } = ymdOf(day);
  return dayOf(year, month + months, 1);
}

/** ISO date: 2026-11-25 → "2026-11-25". */
export function isoOf(day: Day): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** ISO month: 2026-11-25 → "2026-11". */
export function isoMonthOf(day: Day): string {
  return isoOf(day).slice(0, 7);
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/** "2026-11-25" → its day; undefined when the text is not YYYY-MM-DD or not a calendar day (2026-02-30). */
export function readIsoDay(text: string): Day | undefined {
  const m = ISO_DAY.exec(text);
  return m ? validDayOf(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/** "2026-11" → the month's first day; undefined when the text is not YYYY-MM or not a month (2026-13). */
export function readIsoMonth(text: string): Day | undefined {
  const m = ISO_MONTH.exec(text);
  return m ? validDayOf(Number(m[1]), Number(m[2]), 1) : undefined;
}

/** An ISO date of the law data or a test: its day, or an error saying what is wrong with the text. */
export function isoToDay(iso: string): Day {
  if (!ISO_DAY.test(iso)) throw new Error(`not an ISO date (YYYY-MM-DD): ${iso}`);
  const day = readIsoDay(iso);
  if (day === undefined) throw new Error(`no such calendar day: ${iso}`);
  return day;
}

/** Months from a to b as a count (2026-03 → 2026-05 is 2). */
export function monthIndex(day: Day): number {
  // A column of formulas usually asks for the same month row after row.
  if (day === lastMonthDay) return lastMonthIndex;
  const { year, month } = ymdOf(day);
  lastMonthDay = day;
  lastMonthIndex = year * 12 + (month - 1);
  return lastMonthIndex;
}

let lastMonthDay = Number.NaN;
let lastMonthIndex = 0;

/**
 * The 年度 (April to March) a day falls in, named by the year it starts: the 健康保険 標準賞与額 is capped per
 * 年度 (4月1日から翌年3月31日まで, 健康保険法第45条第1項).
 * @example fiscalYearOf(2027-03-31) // 2026
 */
export function fiscalYearOf(day: Day): number {
  const { year, month } = ymdOf(day);
  return month >= 4 ? year : year - 1;
}
