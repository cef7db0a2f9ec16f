/**
 * Full-width katakana to the half-width katakana of JIS X 0201 — the one form both the 全銀 file (銀行が
 * 受け付ける口座名義カナ) and the 届書作成プログラム CSV (被保険者氏名カナ) carry. The table is not typed by hand:
 * it is Unicode's own compatibility mapping (NFKC of each half-width character U+FF61–U+FF9F), read the
 * other way, and a voiced kana is its base and ﾞ/ﾟ as two characters (NFD: ガ = カ + U+3099 → ｶﾞ). What
 * each format then allows (small kana, ー, ・) is the format's own rule, not this one's.
 */

const HALF_FIRST = 0xff61; // ｡
const HALF_LAST = 0xff9f; // ﾟ

/** Full-width (and combining ゛゜) → half-width, for every character JIS X 0201 has. */
const TO_HALF: ReadonlyMap<string, string> = new Map(
  Array.from({ length: HALF_LAST - HALF_FIRST + 1 }, (_, i) => {
    const half = String.fromCharCode(HALF_FIRST + i);
    return [half.normalize("NFKC"), half] as [string, string];
  }),
);

/**
 * The half-width form of one full-width katakana (or ゛゜ as combining marks, or ー ・ 「」 、 。), voiced
 * kana as two characters; undefined when JIS X 0201 has no form for it (ヵ, ヰ, 漢字).
 * @example halfWidthOf("ガ") // "ｶﾞ"
 */
export function halfWidthOf(ch: string): string | undefined {
  const direct = TO_HALF.get(ch);
  if (direct !== undefined) return direct;
  const parts = [...ch.normalize("NFD")];
  if (parts.length !== 2) return undefined;
  const base = TO_HALF.get(parts[0]);
  const mark = TO_HALF.get(parts[1]);
  return base !== undefined && mark !== undefined ? base + mark : undefined;
}

/** ひらがな → カタカナ (U+3041–U+3096 → U+30A1–U+30F6). */
export function hiraganaToKatakana(text: string): string {
  return text.replace(/[\u3041-\u3096]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0x60));
}
