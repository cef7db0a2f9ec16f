import Decimal from "decimal.js";
import { invalid } from "../vocabulary/errors";

/**
 * Exact decimal arithmetic for wages: hours (7.5), days (0.5) and 月平均所定労働時間 (163.3) are decimals, so
 * a wage built from them is computed as a decimal, multiplied exactly and divided once, at 50 significant
 * digits — far more than any yen amount needs, so the rounding that follows decides on the exact value.
 */
export const Dec = Decimal.clone({ precision: 50 });
export type Dec = Decimal;

/** A number typed by a user as a Decimal of its shortest decimal form (12.5 → "12.5"), checked to be ≥ 0. */
export function nonNegative(value: unknown, label: string): Decimal {
  if (value === undefined || value === null || value === "") return new Dec(0);
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    throw invalid(label, value, "0以上の数値で指定してください。");
  }
  return new Dec(value);
}

/** A whole amount of yen ≥ 0 (a blank is 0). */
export function wholeYen(value: unknown, label: string): number {
  if (value === undefined || value === null || value === "") return 0;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw invalid(label, value, "0以上の整数（円）で指定してください。");
  }
  return value;
}
