/**
 * The field rules of the 届書作成仕様書 as the records use them: which characters, how many Shift_JIS bytes,
 * and the space between 姓 and 名. Every value is also checked for what the CSV cannot carry — a comma or a
 * line break (the spec has no quoting) and a character outside JIS X 0201/0208 — so a value is refused,
 * never silently changed.
 */
import { disallowedCharacters, sjisByteLength } from "./cp932";

/** numeric 0-9; latin A-Z a-z - space; katakana = half-width ｦ-ﾟ and space; any = every allowed character. */
export type Charset = "numeric" | "latin" | "katakana" | "any";

const CHARSETS: Record<Exclude<Charset, "any">, RegExp> = {
  numeric: /^[0-9]$/,
  latin: /^[A-Za-z\- ]$/,
  katakana: /^[ \uff66-\uff9f]$/,
};

export interface FieldRule {
  charsets: readonly Charset[];
  minBytes: number;
  maxBytes: number;
  /** 姓 and 名 separated by a half-width space (カナ氏名), a full-width space (漢字氏名), or either. */
  nameSpace?: "half" | "full" | "either";
}

/** One field of a record: its Japanese name, its text, and the rule it must keep (none for fixed codes). */
export interface Field {
  name: string;
  value: string;
  rule?: FieldRule;
  /** A problem found while the value was made (an amount over the field's 7 digits). */
  problem?: string;
}

export const digits = (minBytes: number, maxBytes = minBytes): FieldRule => ({ charsets: ["numeric"], minBytes, maxBytes });

const SPACE = { half: " ", full: "\u3000", either: "[ \u3000]" } as const;

/**
 * What is wrong with a field's value, in Japanese, or undefined when it is fine. An empty value is fine
 * when the rule allows 0 bytes.
 * @example fieldProblem({ name: "カナ氏名", value: "ﾖｼﾀﾞﾀﾛｳ", rule: KANA_NAME }) // "姓と名の間に半角スペースを入れてください。"
 */
export function fieldProblem(f: Field): string | undefined {
  if (f.problem) return f.problem;
  if (/[,\r\n]/.test(f.value)) return "カンマや改行は届書のCSVに書けません。取り除いてください。";
  const bad = disallowedCharacters(f.value);
  if (bad.length > 0) return `「${bad.join("」「")}」は届書に使えない文字です（JIS第1・第2水準外）。常用の字体に直してください。`;
  const rule = f.rule;
  if (!rule) return undefined;
  const bytes = sjisByteLength(f.value);
  if (bytes === 0 && rule.minBytes === 0) return undefined;
  const wrongChar = [...f.value].find((ch) => !fitsCharsets(ch, rule.charsets));
  if (wrongChar !== undefined) return `「${wrongChar}」は使えません。${charsetNames(rule.charsets)}で書いてください。`;
  if (bytes < rule.minBytes || bytes > rule.maxBytes) return `${byteRange(rule)}で書いてください（いま${bytes}バイト）。`;
  if (rule.nameSpace && !new RegExp(`^[^ \u3000]+(${SPACE[rule.nameSpace]}[^ \u3000]+)+$`).test(f.value)) {
    return `姓と名の間に${{ half: "半角", full: "全角", either: "" }[rule.nameSpace]}スペースを1つ入れてください。`;
  }
  return undefined;
}

function fitsCharsets(ch: string, charsets: readonly Charset[]): boolean {
  return charsets.some((c) => c === "any" || CHARSETS[c].test(ch));
}

function byteRange(rule: FieldRule): string {
  return rule.minBytes === rule.maxBytes ? `${rule.maxBytes}バイト` : `${rule.minBytes}〜${rule.maxBytes}バイト`;
}

function charsetNames(charsets: readonly Charset[]): string {
  const names = { numeric: "半角数字", latin: "半角英字", katakana: "半角カナ", any: "" };
  return charsets.map((c) => names[c]).join("・");
}

/** The record's text: the fields joined by commas, in order. */
export function joinFields(fields: readonly Field[]): string {
  return fields.map((f) => f.value).join(",");
}

/** The largest amount a 7-digit field holds. */
export const MAX_AMOUNT = 9_999_999;

/**
 * An amount field: whole yen, at most 7 digits, zero-padded to 7 where the record pads (算定基礎届) and
 * written as is where its public sample does not (月額変更届, 賞与支払届).
 * @example amountField("通貨によるものの額（4月）", 344, true).value // "0000344"
 */
export function amountField(name: string, yen: number, padded: boolean): Field {
  const value = padded ? String(yen).padStart(7, "0") : String(yen);
  const ok = Number.isInteger(yen) && yen >= 0 && yen <= MAX_AMOUNT;
  return { name, value, problem: ok ? undefined : "0〜9,999,999円の整数でなければ届書に書けません。" };
}

/** The amount, or the 7-digit field's largest value when it is larger (合計・総計・平均: kirico income_total). */
export function capAmount(yen: number): number {
  return Math.min(yen, MAX_AMOUNT);
}
