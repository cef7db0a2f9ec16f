/**
 * Excel's coercions and the shared arithmetic of its functions, on plain values: what a number, a text,
 * a logical value or a blank becomes when an operator or a function reads it ("How Excel converts
 * values", Microsoft Support: a blank is 0 or "", TRUE is 1, text that reads as a number is a number,
 * other text in arithmetic is #VALUE!).
 */
import Decimal from "decimal.js";
import { CellError, EvaluatedValue, isCellError } from "./values";
import { dayOf, ymdOf } from "../../../calc/dates/calendar";
import { dayOfSerial, serialOfDay } from "../../../calc/dates/excelSerial";

export const NA: CellError = { error: "#N/A" };
export const VALUE: CellError = { error: "#VALUE!" };
export const REF: CellError = { error: "#REF!" };
export const DIV0: CellError = { error: "#DIV/0!" };
export const NUM: CellError = { error: "#NUM!" };

export function toNumber(v: EvaluatedValue): number | CellError {
  if (typeof v === "number") return v;
  if (v === null) return 0;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (isCellError(v)) return v;
  const t = v.trim();
  return t !== "" && Number.isFinite(Number(t)) ? Number(t) : VALUE;
}

/** A number as Excel's general format writes it in text ("&", TEXT of a non-number). */
export function toText(v: EvaluatedValue): string | CellError {
  if (typeof v === "string") return v;
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (isCellError(v)) return v;
  return String(Number(v.toPrecision(15)));
}

export function toLogical(v: EvaluatedValue): boolean | CellError {
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  if (v === null) return false;
  if (isCellError(v)) return v;
  if (/^(TRUE|FALSE)$/i.test(v)) return v.toUpperCase() === "TRUE";
  return VALUE;
}

const D40 = Decimal.clone({ precision: 40 });

/**
 * Excel's ROUND family: the value first taken to the 15 significant digits Excel keeps ("Floating-point
 * arithmetic may give inaccurate results in Excel", Microsoft Learn), so 26,562.499999999996 — a binary
 * artefact of 26,562.5 — rounds to 26,563 as in Excel; then decimal rounding away from or toward zero.
 */
export function excelRound(n: number, places: number, mode: Decimal.Rounding): number {
  if (Number.isInteger(n) && places >= 0) return n;
  const scale = new D40(10).pow(Math.trunc(places));
  return new D40(n.toPrecision(15)).times(scale).toDecimalPlaces(0, mode).div(scale).toNumber();
}

export const ROUND_HALF_UP = Decimal.ROUND_HALF_UP;
export const ROUND_DOWN = Decimal.ROUND_DOWN;
export const ROUND_UP = Decimal.ROUND_UP;

/**
 * Year, month and day of an Excel date serial (1900 date system): 0 is "1900-01-00"; 60 is Excel's
 * fictitious 1900-02-29.
 */
export function serialParts(serial: number): [number, number, number] | CellError {
  const s = Math.floor(serial);
  if (s < 0) return NUM;
  if (s === 0) return [1900, 1, 0];
  if (s === 60) return [1900, 2, 29];
  const { year, month, day } = ymdOf(dayOfSerial(s));
  return [year, month, day];
}

/** DATE(y, m, d): months and days beyond their range roll over, as in Excel; a year below 1900 adds 1900. */
export function dateSerial(y: number, m: number, d: number): number {
  const year = y < 1900 ? y + 1900 : y;
  return serialOfDay(dayOf(year, m, 1)) + (d - 1);
}

/**
 * Excel's comparison: numbers before text before logical values; text without regard to case; a blank
 * compares as 0, "" or FALSE, whichever the other side is.
 */
export function compare(a: EvaluatedValue, b: EvaluatedValue): number {
  const blankAs = (other: EvaluatedValue) => (typeof other === "string" ? "" : typeof other === "boolean" ? false : 0);
  const x = a === null ? blankAs(b) : a;
  const y = b === null ? blankAs(a) : b;
  const rank = (v: EvaluatedValue) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (typeof x === "string") {
    const [p, q] = [x.toUpperCase(), (y as string).toUpperCase()];
    return p < q ? -1 : p > q ? 1 : 0;
  }
  const [p, q] = [Number(x), Number(y)];
  return p < q ? -1 : p > q ? 1 : 0;
}
