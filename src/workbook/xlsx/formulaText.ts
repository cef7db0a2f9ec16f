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
 * A formula moved down by any number of rows, prepared once: relative.ts moves it by a marker offset,
 * and the marked row numbers become the places to add each copy's offset — a payslip copied ten
 * thousand times is not re-read ten thousand times. `escape` prepares the text between the row numbers
 * (for XML) once too.
 * @example shiftTemplate("=B2*$C$1")(3) // "=B5*$C$1"
 */
export function shiftTemplate(formula: string, escape: (s: string) => string = (s) => s): (rows: number) => string {
  if (/\d{10}/.test(formula)) return (rows) => escape(shiftFormula(formula, rows));
  const parts = shiftFormula(formula, MARK)
    .split(/(\d{10,})/)
    .map((p, i) => (i % 2 === 0 ? escape(p) : p));
  return (rows) => {
    let out = "";
    for (let i = 0; i < parts.length; i++) out += i % 2 === 0 ? parts[i] : String(Number(parts[i]) - MARK + rows);
    return out;
  };
}
