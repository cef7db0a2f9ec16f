/**
 * Formula text as Excel stores it in a worksheet part: no leading "=", and the add-in's functions under
 * the prefix Excel gives JavaScript custom functions — `=SONAE.SI_HEALTH(…)` is saved as
 * `_xldudf_SONAE_SI_HEALTH(…)` ("For Javascript Custom Functions, we by default save out with a different
 * prefix _xldudf", a Microsoft engineer in OfficeDev/Excel-Custom-Functions#108; files saved by Excel show
 * the same form, OfficeDev/office-js#3558). With the add-in loaded, Excel maps the names back.
 */
import { shiftFormula } from "../relative";

/** `=SONAE.SI_HEALTH(A2,…)` → `_xldudf_SONAE_SI_HEALTH(A2,…)`. */
export function toStoredFormula(formula: string): string {
  return formula.replace(/^=/, "").replace(/\bSONAE\.([A-Z0-9_]+)\(/g, "_xldudf_SONAE_$1(");
}

const MARK = 1_000_000_000;

/**
 * A formula prepared for moving down by any number of rows: the texts between its relative row numbers,
 * and those row numbers (at no move). relative.ts moves the formula by a marker offset, and the marked
 * row numbers are the places to add each copy's offset — a payslip copied ten thousand times is not
 * re-read ten thousand times. Undefined for a formula whose own numbers could pass for a marker.
 * @example shiftParts("=B2*$C$1") // { texts: ["=B", "*$C$1"], rows: [2] }
 */
export function shiftParts(formula: string): { texts: string[]; rows: number[] } | undefined {
  if (/\d{10}/.test(formula)) return undefined;
  const parts = shiftFormula(formula, MARK).split(/(\d{10,})/);
  return { texts: parts.filter((_, i) => i % 2 === 0), rows: parts.filter((_, i) => i % 2 === 1).map((p) => Number(p) - MARK) };
}
