/**
 * How a value is read, the same in every layer: Excel hands over numbers, strings, booleans and blanks, the
 * command line the same from JSON, an imported file its cells' text. A parser returns the core's value or
 * throws a #VALUE! CalcError naming the argument, the value and what is allowed — it never guesses.
 */
export type Parser<T> = (raw: unknown, label: string) => T;

export function isBlank(raw: unknown): boolean {
  return raw === null || raw === undefined || raw === "";
}

/** NFKC folds full-width digits and letters (３００，０００ → 300,000). */
export function foldText(raw: string): string {
  return raw.normalize("NFKC").trim();
}

const NUMBER_TEXT = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

/** A number, or its text with thousands separators and a trailing 円; undefined for anything else. */
export function numberOf(raw: unknown): number | undefined {
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw !== "string") return undefined;
  const folded = foldText(raw).replace(/円$/, "").trim();
  if (!NUMBER_TEXT.test(folded)) return undefined;
  return Number(folded.replace(/,/g, ""));
}
