import { CalcError } from "../vocabulary/errors";

/**
 * A rate as an integer number of millionths (ppm of the base): 9.85% → 98,500; 5.5‰ → 5,500.
 * Every published premium rate has at most four decimals in percent, so yen × rate stays an exact
 * integer (in micro-yen) far below 2^53: money is computed exactly without floats.
 */
export type Ppm = number;

export const PPM = 1_000_000;

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/** Exact decimal string → integer count of 10^-scale units, or undefined if it needs more places. */
function scaled(text: string, scale: number): number | undefined {
  const m = DECIMAL.exec(text.trim());
  if (!m) return undefined;
  const frac = (m[2] ?? "").replace(/0+$/, "");
  if (frac.length > scale) return undefined;
  return Number(m[1]) * 10 ** scale + Number(frac.padEnd(scale, "0") || "0");
}

/** "9.85" (percent) → 98,500 ppm. Throws on a malformed data value. */
export function ppmFromPercent(percent: string): Ppm {
  const v = scaled(percent, 4);
  if (v === undefined) throw new Error(`rate must be a decimal percent with at most 4 places: ${percent}`);
  return v;
}

/** "5.5" (per mille) → 5,500 ppm. */
export function ppmFromPermille(permille: string): Ppm {
  const v = scaled(permille, 3);
  if (v === undefined) throw new Error(`rate must be a decimal per mille with at most 3 places: ${permille}`);
  return v;
}

/** A fraction typed by a user (0.095) → 95,000 ppm, exactly from its shortest decimal form. */
export function ppmFromFraction(fraction: number): Ppm | undefined {
  if (!Number.isFinite(fraction) || fraction < 0) return undefined;
  const text = fraction.toFixed(12).replace(/0+$/, "");
  return scaled(text, 6);
}

/** amount (integer yen) × rate, in micro-yen; exact or an error, never a rounded float. */
export function microYen(amountYen: number, rate: Ppm): number {
  const v = amountYen * rate;
  if (!Number.isSafeInteger(v)) {
    throw new CalcError("#NUM!", `金額 ${amountYen} × 料率が大きすぎて正確に計算できません。`);
  }
  return v;
}
