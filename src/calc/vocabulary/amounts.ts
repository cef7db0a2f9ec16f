import { invalid } from "./errors";
import { numberOf, Parser } from "./parser";

/** A whole amount of yen, 0 or more (報酬・標準報酬月額・賞与・賃金). */
export const yen: Parser<number> = (raw, label) => {
  const number = numberOf(raw);
  if (number === undefined || number < 0 || !Number.isInteger(number) || number > 1e12) {
    throw invalid(label, raw, "0以上の整数（円）で指定してください。");
  }
  return number;
};

/** A non-negative amount that may have a fraction (報酬月額の平均など). */
export const amount: Parser<number> = (raw, label) => {
  const number = numberOf(raw);
  if (number === undefined || number < 0 || number > 1e12) throw invalid(label, raw, "0以上の数値（円）で指定してください。");
  return number;
};

/** A whole number from min to max (扶養親族等の数, 月数). */
export const wholeNumber = (min: number, max: number): Parser<number> => (raw, label) => {
  const number = numberOf(raw);
  if (number === undefined || !Number.isInteger(number) || number < min || number > max) {
    throw invalid(label, raw, `${min}〜${max}の整数で指定してください。`);
  }
  return number;
};
