/**
 * Dates as staff write them: Excel serials, 西暦 ("2026-11-25", "2026/11/25", "2026年11月25日") and 和暦
 * ("令和8年11月25日", "R8.11.25"), for a day, a month (○月分) or a year (年分).
 */
import { invalid } from "./errors";
import { foldText, Parser } from "./parser";
import { Day, dayOf, monthStart, validDayOf } from "../dates/calendar";
import { ERAS, eraByName, eraStartDay } from "../dates/era";
import { dayOfSerial, FIRST_SERIAL_AFTER_FICTITIOUS_LEAP_DAY, serialOfDay } from "../dates/excelSerial";

/** Excel serials are read from 1900-03-01, after Excel's fictitious 1900-02-29, to 2199-12-31. */
const SERIAL_MIN = FIRST_SERIAL_AFTER_FICTITIOUS_LEAP_DAY;
const SERIAL_MAX = serialOfDay(dayOf(2199, 12, 31));

interface Parsed {
  day: Day;
  /** false when only a year and month were given. */
  hasDay: boolean;
}

const WESTERN = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:月分?)?(?:\s*[-/.]?\s*(\d{1,2})\s*日?)?$/;
const JAPANESE = /^(令和|平成|昭和|大正|明治|[RHSTMrhstm])\s*(\d{1,2}|元)\s*(?:年|[-/.])\s*(\d{1,2})\s*(?:月分?)?(?:\s*[-/.]?\s*(\d{1,2})\s*日?)?$/;

function fromParts(year: number, month: number, day: number | undefined): Parsed | undefined {
  const valid = validDayOf(year, month, day ?? 1);
  return valid === undefined ? undefined : { day: valid, hasDay: day !== undefined };
}

function parseDateLike(raw: unknown): Parsed | undefined {
  if (typeof raw === "number") {
    const serial = Math.floor(raw);
    if (!(serial >= SERIAL_MIN && serial <= SERIAL_MAX)) return undefined;
    return { day: dayOfSerial(serial), hasDay: true };
  }
  if (typeof raw !== "string") return undefined;
  const folded = foldText(raw);
  const western = WESTERN.exec(folded);
  if (western) return fromParts(Number(western[1]), Number(western[2]), western[3] === undefined ? undefined : Number(western[3]));
  const japanese = JAPANESE.exec(folded);
  if (!japanese) return undefined;
  const era = eraByName(japanese[1]);
  if (!era) return undefined;
  const eraYear = japanese[2] === "元" ? 1 : Number(japanese[2]);
  const month = Number(japanese[3]);
  const parsed = eraYear >= 1 ? fromParts(era.startYear + eraYear - 1, month, japanese[4] === undefined ? undefined : Number(japanese[4])) : undefined;
  if (!parsed) return undefined;
  // The date must lie inside the era (令和元年4月 does not exist; 平成31年5月 neither).
  const next = ERAS[ERAS.indexOf(era) - 1];
  const lastOfMonth = parsed.hasDay ? parsed.day : dayOf(era.startYear + eraYear - 1, month + 1, 0);
  if (lastOfMonth < eraStartDay(era)) return undefined;
  if (next && parsed.day >= eraStartDay(next)) return undefined;
  return parsed;
}

/**
 * The day that does not exist, when a text has a date's form but not a real date (「1986年2月30日はありません」):
 * a typing slip then reads as one, instead of a list of forms the text already follows. Undefined otherwise
 * (not a date at all, or a real day outside its era, which the list of forms explains).
 */
export function impossibleDate(raw: unknown): string | undefined {
  if (typeof raw !== "string") return undefined;
  const folded = foldText(raw);
  const western = WESTERN.exec(folded);
  if (western) return missingDay(`${Number(western[1])}年`, Number(western[1]), Number(western[2]), western[3]);
  const japanese = JAPANESE.exec(folded);
  const era = japanese ? eraByName(japanese[1]) : undefined;
  if (!japanese || !era) return undefined;
  const eraYear = japanese[2] === "元" ? 1 : Number(japanese[2]);
  if (eraYear < 1) return undefined;
  return missingDay(`${era.name}${japanese[2] === "元" ? "元" : eraYear}年`, era.startYear + eraYear - 1, Number(japanese[3]), japanese[4]);
}

function missingDay(yearText: string, year: number, month: number, day: string | undefined): string | undefined {
  if (month < 1 || month > 12) return `${yearText}${month}月はありません`;
  if (day !== undefined && validDayOf(year, month, Number(day)) === undefined) return `${yearText}${month}月${Number(day)}日はありません`;
  return undefined;
}

/** The reason a date-like argument was refused: the impossible day it names, or the forms accepted. */
function refusal(raw: unknown, forms: string): string {
  const impossible = impossibleDate(raw);
  return impossible === undefined ? forms : `${impossible}。`;
}

const DATE_FORMS = "日付（Excelの日付、\"2026-11-25\"、\"2026/11/25\"、\"令和8年11月25日\"、\"R8.11.25\"）で指定してください。";
const MONTH_FORMS = "年月（Excelの日付、\"2026-11\"、\"2026-11-25\"、\"2026/11/25\"、\"令和8年11月\"、\"R8.11\"）で指定してください。";

/** A month (保険料の○月分): any date in it, or a year and month. Returns the month's first day. */
export const period: Parser<Day> = (raw, label) => {
  const parsed = parseDateLike(raw);
  if (!parsed) throw invalid(label, raw, refusal(raw, MONTH_FORMS));
  return monthStart(parsed.day);
};

/** A calendar day (生年月日・支払日). */
export const date: Parser<Day> = (raw, label) => {
  const parsed = parseDateLike(raw);
  if (!parsed || !parsed.hasDay) throw invalid(label, raw, refusal(raw, DATE_FORMS));
  return parsed.day;
};

/** A calendar year: 2026, "2026", "令和8年", "R8". */
export const year: Parser<number> = (raw, label) => {
  if (typeof raw === "number" && Number.isInteger(raw) && raw >= 1900 && raw <= 2199) return raw;
  if (typeof raw === "string") {
    const folded = foldText(raw);
    if (/^\d{4}年?$/.test(folded)) return year(Number(folded.replace("年", "")), label);
    const japanese = /^(令和|平成|昭和|[RHSrhs])\s*(\d{1,2}|元)\s*年?(分)?$/.exec(folded);
    const era = japanese ? eraByName(japanese[1]) : undefined;
    if (japanese && era) return era.startYear + (japanese[2] === "元" ? 1 : Number(japanese[2])) - 1;
  }
  throw invalid(label, raw, "年（2026、\"令和8年\"、\"R8\"）で指定してください。");
};

/** A day, or a month taken as its first day (雇用保険: the wage closing date or its month). */
export const date_or_month: Parser<Day> = (raw, label) => {
  const parsed = parseDateLike(raw);
  if (!parsed) throw invalid(label, raw, refusal(raw, DATE_FORMS));
  return parsed.day;
};
