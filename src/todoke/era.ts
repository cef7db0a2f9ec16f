import { Day, ymdOf } from "../calc/dates/calendar";
import { ERAS, eraStartDay } from "../calc/dates/era";

/** 元号 codes of the 届書作成仕様書: 明治 1, 大正 3, 昭和 5, 平成 7, 令和 9 (spec p.137). */
const ERA_CODES: Record<string, string> = { 明治: "1", 大正: "3", 昭和: "5", 平成: "7", 令和: "9" };

export interface EraDate {
  /** The 元号 code (1/3/5/7/9). */
  code: string;
  /** 和暦 year, two digits: 令和元年 → "01". */
  year: string;
  month: string;
  day: string;
}

/**
 * A day as the spec codes it: 元号 code and two-digit 和暦 year, month and day.
 * @example eraDate(dayOf(1984, 5, 27)) // { code: "5", year: "59", month: "05", day: "27" }
 */
export function eraDate(day: Day): EraDate {
  const era = ERAS.find((e) => day >= eraStartDay(e));
  if (!era) throw new Error(`明治より前の日付は届書に書けません: ${day}`);
  const ymd = ymdOf(day);
  return { code: ERA_CODES[era.name], year: pad(ymd.year - era.startYear + 1, 2), month: pad(ymd.month, 2), day: pad(ymd.day, 2) };
}

/** 和暦 YYMMDD (生年月日, 賞与支払年月日). */
export function eraYymmdd(date: EraDate): string {
  return `${date.year}${date.month}${date.day}`;
}

/** Zero-padded digits. */
export function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}
