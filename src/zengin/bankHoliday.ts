/**
 * 銀行の休日, to check a 振込指定日.
 *
 * 銀行法第15条第1項: 「銀行の休日は、日曜日その他政令で定める日に限る。」
 * 銀行法施行令第5条第1項: 「一 国民の祝日に関する法律に規定する休日 二 十二月三十一日から翌年の一月三日
 * までの日（前号に掲げる日を除く。） 三 土曜日」 (https://laws.e-gov.go.jp/law/357CO0000000040)
 * 信用金庫・労働金庫・信用組合 have the same days (信用金庫法施行令第12条第1項 etc.).
 *
 * 国民の祝日に関する法律の休日 (祝日・振替休日・国民の休日) come from @holiday-jp/holiday_jp. Its dates
 * after the next year are projections (春分・秋分 are fixed each February in the 官報 for the following
 * year), and outside its years a date is reported as unknown, never assumed to be a business day.
 */
import holidayJp from "@holiday-jp/holiday_jp";
import { Day, isoOf, ymdOf } from "../calc/dates/calendar";

/** 銀行法施行令第5条第1項第2号: 12月31日〜1月3日 (as month/day pairs, the law's own words). */
const YEAR_END_CLOSURE = {
  days: [
    [12, 31],
    [1, 1],
    [1, 2],
    [1, 3],
  ] as ReadonlyArray<readonly [month: number, day: number]>,
  source: "銀行法施行令第5条第1項第2号（十二月三十一日から翌年の一月三日までの日）",
};

/** 銀行法第15条第1項 (日曜日) and 銀行法施行令第5条第1項第3号 (土曜日), as getUTCDay() numbers. */
const WEEKLY_CLOSURE: ReadonlyArray<readonly [weekday: number, name: string]> = [
  [0, "日曜日"],
  [6, "土曜日"],
];

const HOLIDAYS = holidayJp.holidays as unknown as Record<string, { name: string } | undefined>;
const HOLIDAY_YEARS = (() => {
  const years = Object.keys(HOLIDAYS).map((iso) => Number(iso.slice(0, 4)));
  return { first: Math.min(...years), last: Math.max(...years) };
})();

/** The years the holiday data covers ("1970〜2050"), for messages. */
export function holidayDataRange(): { first: number; last: number; version: string } {
  return { ...HOLIDAY_YEARS, version: holidayJp.VERSION };
}

export type BankDayCheck =
  | { kind: "business" }
  | { kind: "holiday"; reason: string }
  | { kind: "unknown"; message: string };

/**
 * Is the day a bank business day?
 * @example checkBankDay(dayOf(2027, 1, 11)) // { kind: "holiday", reason: "成人の日" }
 */
export function checkBankDay(day: Day): BankDayCheck {
  const { year, month, day: d } = ymdOf(day);
  if (year < HOLIDAY_YEARS.first || year > HOLIDAY_YEARS.last) {
    return { kind: "unknown", message: `祝日データ（${HOLIDAY_YEARS.first}〜${HOLIDAY_YEARS.last}年）の範囲外のため、銀行休業日か確認できません。` };
  }
  const holiday = HOLIDAYS[isoOf(day)];
  if (holiday) return { kind: "holiday", reason: holiday.name };
  if (YEAR_END_CLOSURE.days.some(([m, dd]) => m === month && dd === d)) return { kind: "holiday", reason: "年末年始（12月31日〜1月3日）" };
  const weekday = new Date(day * 86_400_000).getUTCDay();
  const weekly = WEEKLY_CLOSURE.find(([w]) => w === weekday);
  if (weekly) return { kind: "holiday", reason: weekly[1] };
  return { kind: "business" };
}

/**
 * The last bank business day before `day` (salary paid on a bank holiday is usually moved earlier), or
 * undefined when the holiday data does not reach it.
 * @example isoOf(previousBusinessDay(dayOf(2027, 1, 3))!) // "2026-12-30"
 */
export function previousBusinessDay(day: Day): Day | undefined {
  for (let d = day - 1; d > day - 30; d--) {
    const c = checkBankDay(d);
    if (c.kind === "business") return d;
    if (c.kind === "unknown") return undefined;
  }
  return undefined;
}
