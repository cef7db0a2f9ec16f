/**
 * How a formula's arguments are read. Excel hands over numbers, strings, booleans and blanks; the command
 * line hands over the same from JSON. A parser returns the core's value or throws a #VALUE! CalcError
 * naming the argument, the value and what is allowed — it never guesses.
 */
import { CalcError, invalid, show } from "../calc/law/errors";
import { Day, dayOf, validDayOf } from "../calc/dates/calendar";
import { ERAS, eraByName, eraStartDay } from "../calc/dates/era";
import { Insurer, Part, Scheme } from "../calc/socialInsurance/types";
import { readInsurer } from "../calc/socialInsurance/insurer";
import { BusinessType } from "../calc/law/employmentInsurance";
import { WorkerType } from "../calc/socialInsurance/teijiKettei";

export type Parser<T> = (raw: unknown, label: string) => T;

export function isBlank(raw: unknown): boolean {
  return raw === null || raw === undefined || raw === "";
}

/** NFKC folds full-width digits and letters (３００，０００ → 300,000). */
function text(raw: string): string {
  return raw.normalize("NFKC").trim();
}

const NUMBER_TEXT = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

function toNumber(raw: unknown): number | undefined {
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw !== "string") return undefined;
  const t = text(raw).replace(/円$/, "").trim();
  if (!NUMBER_TEXT.test(t)) return undefined;
  return Number(t.replace(/,/g, ""));
}

/** A whole amount of yen, 0 or more (報酬・標準報酬月額・賞与・賃金). */
export const yen: Parser<number> = (raw, label) => {
  const n = toNumber(raw);
  if (n === undefined || n < 0 || !Number.isInteger(n) || n > 1e12) {
    throw invalid(label, raw, "0以上の整数（円）で指定してください。");
  }
  return n;
};

/** A non-negative amount that may have a fraction (報酬月額の平均など). */
export const amount: Parser<number> = (raw, label) => {
  const n = toNumber(raw);
  if (n === undefined || n < 0 || n > 1e12) throw invalid(label, raw, "0以上の数値（円）で指定してください。");
  return n;
};

export const wholeNumber = (min: number, max: number): Parser<number> => (raw, label) => {
  const n = toNumber(raw);
  if (n === undefined || !Number.isInteger(n) || n < min || n > max) {
    throw invalid(label, raw, `${min}〜${max}の整数で指定してください。`);
  }
  return n;
};

export const bool: Parser<boolean> = (raw, label) => {
  if (typeof raw === "boolean") return raw;
  if (raw === 1 || raw === 0) return raw === 1;
  if (typeof raw === "string") {
    const t = text(raw).toUpperCase();
    if (["TRUE", "1", "はい", "有", "あり", "対象"].includes(t)) return true;
    if (["FALSE", "0", "いいえ", "無", "なし", "対象外"].includes(t)) return false;
  }
  throw invalid(label, raw, "TRUE または FALSE で指定してください。");
};

function keyword<T extends string>(table: Record<string, T>, allowed: string): Parser<T> {
  const folded = new Map(Object.entries(table).map(([k, v]) => [k.toLowerCase(), v]));
  return (raw, label) => {
    const v = typeof raw === "string" ? folded.get(text(raw).toLowerCase()) : undefined;
    if (v === undefined) throw invalid(label, raw, allowed);
    return v;
  };
}

export const scheme = keyword<Scheme>(
  { health: "health", pension: "pension", 健康保険: "health", 健保: "health", 厚生年金: "pension", 厚生年金保険: "pension", 厚年: "pension" },
  "\"health\"（健康保険・健保）または \"pension\"（厚生年金・厚年）で指定してください。",
);

export const part = keyword<Part>(
  { employee: "employee", half: "half", total: "total", employer: "employer", 本人: "employee", 被保険者: "employee", 従業員: "employee", 折半: "half", 合計: "total", 総額: "total", 事業主: "employer", 会社: "employer" },
  "\"employee\"（給与から控除する本人負担）、\"half\"（折半額）、\"total\"（総額）、\"employer\"（事業主負担）のいずれかです。",
);

export const businessType = keyword<BusinessType>(
  { general: "general", agriculture: "agriculture", construction: "construction", 一般: "general", 一般の事業: "general", "農林水産・清酒製造": "agriculture", "農林水産・清酒製造の事業": "agriculture", 農林水産: "agriculture", 清酒製造: "agriculture", 建設: "construction", 建設の事業: "construction" },
  "\"general\"（一般）、\"agriculture\"（農林水産・清酒製造）、\"construction\"（建設）のいずれかです。",
);

export const workerType = keyword<WorkerType>(
  { general: "general", short: "short", specified: "specified", 一般: "general", 短時間就労者: "short", パート: "short", 特定適用: "specified", 短時間労働者: "specified", 特定適用事業所の短時間労働者: "specified" },
  "\"general\"（一般・17日）、\"short\"（短時間就労者・17日/15日）、\"specified\"（特定適用事業所等の短時間労働者・11日）のいずれかです。",
);

// ---- insurers -------------------------------------------------------------------------------

/** 協会けんぽの都道府県 or a 健康保険組合's rates: the rule lives in the core (payroll uses it too). */
export const insurer: Parser<Insurer> = readInsurer;

// ---- dates ----------------------------------------------------------------------------------

/** Excel's 1900 date system: serial 61 is 1900-03-01 (serial 60 is Excel's fictitious 1900-02-29). */
const EXCEL_EPOCH = dayOf(1899, 12, 30);
const SERIAL_MIN = 61;
const SERIAL_MAX = dayOf(2199, 12, 31) - EXCEL_EPOCH;

interface Parsed {
  day: Day;
  /** false when only a year and month were given. */
  hasDay: boolean;
}

const WESTERN = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:月分?)?(?:\s*[-/.]?\s*(\d{1,2})\s*日?)?$/;
const JAPANESE = /^(令和|平成|昭和|大正|明治|[RHSTMrhstm])\s*(\d{1,2}|元)\s*(?:年|[-/.])\s*(\d{1,2})\s*(?:月分?)?(?:\s*[-/.]?\s*(\d{1,2})\s*日?)?$/;

function fromParts(year: number, month: number, day: number | undefined): Parsed | undefined {
  const d = validDayOf(year, month, day ?? 1);
  return d === undefined ? undefined : { day: d, hasDay: day !== undefined };
}

function parseDateLike(raw: unknown): Parsed | undefined {
  if (typeof raw === "number") {
    const serial = Math.floor(raw);
    if (!(serial >= SERIAL_MIN && serial <= SERIAL_MAX)) return undefined;
    return { day: EXCEL_EPOCH + serial, hasDay: true };
  }
  if (typeof raw !== "string") return undefined;
  const t = text(raw);
  const w = WESTERN.exec(t);
  if (w) return fromParts(Number(w[1]), Number(w[2]), w[3] === undefined ? undefined : Number(w[3]));
  const j = JAPANESE.exec(t);
  if (!j) return undefined;
  const era = eraByName(j[1]);
  if (!era) return undefined;
  const eraYear = j[2] === "元" ? 1 : Number(j[2]);
  const parsed = eraYear >= 1 ? fromParts(era.startYear + eraYear - 1, Number(j[3]), j[4] === undefined ? undefined : Number(j[4])) : undefined;
  if (!parsed) return undefined;
  // The date must lie inside the era (令和元年4月 does not exist; 平成31年5月 neither).
  const next = ERAS[ERAS.indexOf(era) - 1];
  const lastOfMonth = parsed.hasDay ? parsed.day : dayOf(era.startYear + eraYear - 1, Number(j[3]) + 1, 0);
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
  const t = text(raw);
  const w = WESTERN.exec(t);
  if (w) return missingDay(`${Number(w[1])}年`, Number(w[1]), Number(w[2]), w[3]);
  const j = JAPANESE.exec(t);
  const era = j ? eraByName(j[1]) : undefined;
  if (!j || !era) return undefined;
  const eraYear = j[2] === "元" ? 1 : Number(j[2]);
  if (eraYear < 1) return undefined;
  return missingDay(`${era.name}${j[2] === "元" ? "元" : eraYear}年`, era.startYear + eraYear - 1, Number(j[3]), j[4]);
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
  const p = parseDateLike(raw);
  if (!p) throw invalid(label, raw, refusal(raw, MONTH_FORMS));
  return p.hasDay ? p.day - (new Date(p.day * 86_400_000).getUTCDate() - 1) : p.day;
};

/** A calendar day (生年月日・支払日). */
export const date: Parser<Day> = (raw, label) => {
  const p = parseDateLike(raw);
  if (!p || !p.hasDay) throw invalid(label, raw, refusal(raw, DATE_FORMS));
  return p.day;
};

/** A calendar year: 2026, "2026", "令和8年", "R8". */
export const year: Parser<number> = (raw, label) => {
  if (typeof raw === "number" && Number.isInteger(raw) && raw >= 1900 && raw <= 2199) return raw;
  if (typeof raw === "string") {
    const t = text(raw);
    if (/^\d{4}年?$/.test(t)) return year(Number(t.replace("年", "")), label);
    const j = /^(令和|平成|昭和|[RHSrhs])\s*(\d{1,2}|元)\s*年?(分)?$/.exec(t);
    const era = j ? eraByName(j[1]) : undefined;
    if (j && era) return era.startYear + (j[2] === "元" ? 1 : Number(j[2])) - 1;
  }
  throw invalid(label, raw, "年（2026、\"令和8年\"、\"R8\"）で指定してください。");
};

export { CalcError, show };

/** A day, or a month taken as its first day (雇用保険: the wage closing date or its month). */
export const date_or_month: Parser<Day> = (raw, label) => {
  const p = parseDateLike(raw);
  if (!p) throw invalid(label, raw, refusal(raw, DATE_FORMS));
  return p.day;
};
