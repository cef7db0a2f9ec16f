/**
 * 受取人名・依頼人名・銀行名 as banks accept them in a 全銀 file: half-width katakana (small kana
 * enlarged), ﾞ and ﾟ as separate bytes, uppercase A–Z, digits, space and ( ) - . /.
 *
 * The allowed set is the intersection of what these sources allow:
 * PCA 全銀協フォーマット 振込先名カナ (pca.jp/area_support/manual/kk/Z1sanko/z1_zengin.html), the 全銀協
 * ベーシック手順 summary (spreadsheets.kmlog.com), jinjer (small kana must be enlarged; ー not usable),
 * MUFG (a–z become A–Z; ・ not usable). The conversions are the ones peers implement (devture/zengin-generator:
 * カブシキガイシャ → ｶﾌﾞｼｷｶﾞｲｼﾔ). Anything else is refused, never replaced silently.
 */
import { halfWidthOf, hiraganaToKatakana } from "../calc/vocabulary/halfWidthKana";

export interface KanaOptions {
  /** Bytes the field holds: 受取人名 30, 依頼人名 40, 銀行名・支店名 15. Default 30. */
  maxBytes?: number;
  /**
   * What ー becomes. Peers disagree: devture writes ｰ (0xB0), jinjer refuses it; "-" is in the allowed set
   * of every source above (PCA, the ベーシック手順 summary), so it is the default.
   */
  longVowel?: "-" | "ｰ";
  /** What ヲ becomes: ｦ (default) or ｵ for banks that refuse ｦ (PCA excludes it). */
  wo?: "ｦ" | "ｵ";
}

export type KanaConversion =
  | {
      ok: true;
      /** The converted name, at most maxBytes bytes (every character is one byte). */
      value: string;
      /** The value differs from the input as given (so the clerk should confirm it). */
      changed: boolean;
      /** Bytes beyond maxBytes were cut; `cut` holds what was lost. */
      truncated: boolean;
      cut: string;
    }
  | {
      ok: false;
      /** The characters that have no bank form, each once, in the order met; empty when the name is blank. */
      invalid: string[];
    };

/** Small kana are written large (jinjer; devture ャ → ﾔ); ヵ ヶ are small カ ケ. */
const SMALL = "ァィゥェォッャュョヮヵヶ";
const LARGE = "アイウエオツヤユヨワカケ";
/** Obsolete ヰ ヱ have no half-width form (JIS X 0201 has none); they are read イ エ today. */
const OLD = "ヰヱ";
const OLD_READ = "イエ";
const LARGE_OF = new Map([...[...SMALL].map((c, i): [string, string] => [c, LARGE[i]]), ...[...OLD].map((c, i): [string, string] => [c, OLD_READ[i]])]);
const DAKUTEN = "ﾞ";
const HANDAKUTEN = "ﾟ";

/** Dashes typed for a hyphen in names (‐ ‒ – — ― −). NFKC already turns －(U+FF0D) into "-". */
const DASHES = new Set(["\u2010", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212"]);

const ASCII_ALLOWED = /^[A-Z0-9 ()\-./]$/;
const HALF_KANA_ALLOWED = /^[\uff66\uff71-\uff9f]$/; // ｦ, ｱ–ﾝ, ﾞ, ﾟ (no small kana ｧ–ｯ, no ｰ unless chosen)

/** One character (after NFKC and hiragana → katakana) → its bank form, or undefined. */
function convertChar(ch: string, o: Required<Omit<KanaOptions, "maxBytes">>): string | undefined {
  if (ch === "ー") return o.longVowel;
  if (ch === "ヲ") return o.wo;
  if (ch === "ヺ") return o.wo + DAKUTEN;
  // ・ is not usable (MUFG lists it as unusable); "." keeps the break between words visible.
  if (ch === "・") return ".";
  if (DASHES.has(ch)) return "-";
  const [base, ...marks] = ch.normalize("NFD");
  const kana = halfWidthOf((LARGE_OF.get(base) ?? base) + marks.join(""));
  if (kana !== undefined && [...kana].every((k) => HALF_KANA_ALLOWED.test(k))) return kana;
  const up = ch >= "a" && ch <= "z" ? ch.toUpperCase() : ch;
  if (ASCII_ALLOWED.test(up) || HALF_KANA_ALLOWED.test(up)) return up;
  return undefined;
}

/**
 * Convert a name to the bank character set and cut it to the field's bytes.
 *
 * Order: standalone ゛゜ become combining marks; NFKC folds full-width letters, digits and spaces to ASCII
 * and re-composes half-width kana (ｶﾞ → ガ) so that every input has one form; hiragana become katakana;
 * then each character is mapped (voiced kana split into two bytes: ガ → ｶﾞ). A voiced pair is never cut in
 * half: if only the base would fit, both go.
 * @example toBankKana("やまだ　たろう") // { ok: true, value: "ﾔﾏﾀﾞ ﾀﾛｳ", changed: true, truncated: false, cut: "" }
 */
export function toBankKana(input: string, options: KanaOptions = {}): KanaConversion {
  const o = { longVowel: options.longVowel ?? "-", wo: options.wo ?? "ｦ" } as const;
  const maxBytes = options.maxBytes ?? 30;
  const prepare = (s: string) => hiraganaToKatakana(s.replace(/\u309b/g, "\u3099").replace(/\u309c/g, "\u309a").normalize("NFKC"));
  const out: string[] = [];
  for (const ch of prepare(input).trim()) {
    const c = convertChar(ch, o);
    if (c === undefined) {
      const typed = invalidChars(input, (x) => [...prepare(x)].every((y) => convertChar(y, o) !== undefined));
      return { ok: false, invalid: typed.length > 0 ? typed : [ch] };
    }
    out.push(c);
  }
  if (out.length === 0) return { ok: false, invalid: [] };
  const full = out.join("");
  let value = full.slice(0, maxBytes);
  const next = full.charAt(maxBytes);
  if (next === DAKUTEN || next === HANDAKUTEN) value = value.slice(0, -1);
  value = value.trimEnd();
  return { ok: true, value, changed: value !== input, truncated: value.length < full.length, cut: full.slice(value.length) };
}

/** The characters of the input as typed (㈱, not the 株 it folds to) that have no bank form. */
function invalidChars(input: string, convertible: (ch: string) => boolean): string[] {
  const out: string[] = [];
  for (const ch of input) if (!convertible(ch) && !out.includes(ch)) out.push(ch);
  return out;
}

/** A message for a name that cannot be converted, naming the field, the value and what is allowed. */
export function kanaErrorMessage(field: string, value: string, invalid: string[]): string {
  if (value.trim() === "") return `${field}が空欄です。口座名義のカナを入力してください。`;
  return (
    `${field}「${value}」の${invalid.map((c) => `「${c}」`).join("")}は振込データに使えません。` +
    "使えるのはカナ・英大文字・数字・スペース・( ) - . / です（漢字は口座名義のカナに直してください）。"
  );
}
