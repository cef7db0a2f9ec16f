/**
 * The single-byte half of Shift_JIS (JIS X 0201), which is all a 全銀 file with コード区分 0 may contain:
 * ASCII 0x20–0x7E as itself and half-width katakana U+FF61–U+FF9F as 0xA1–0xDF. A full-width character
 * would take two bytes and break the 120-byte record, so it is refused here rather than encoded.
 * (The 持込規格 named in layout.ts fix 120 bytes per record; devture/zengin-generator asserts 120 bytes per line of SJIS.)
 */

const HALF_KANA_FIRST = 0xff61; // ｡
const HALF_KANA_LAST = 0xff9f; // ﾟ
const HALF_KANA_BYTE = 0xa1;

/** True when the character has a single-byte Shift_JIS form that a 全銀 record may hold. */
export function isSingleByteChar(ch: string): boolean {
  const c = ch.codePointAt(0) ?? -1;
  return ch.length === 1 && ((c >= 0x20 && c <= 0x7e) || (c >= HALF_KANA_FIRST && c <= HALF_KANA_LAST));
}

/**
 * Encode text made only of single-byte characters. A character outside that set is a programming
 * error (the record builder converts and validates every field first), so it throws naming it.
 * @example encodeSingleByte("ｶﾞ1") // Uint8Array [0xb6, 0xde, 0x31]
 */
export function encodeSingleByte(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c <= 0x7e) out[i] = c;
    else if (c >= HALF_KANA_FIRST && c <= HALF_KANA_LAST) out[i] = c - HALF_KANA_FIRST + HALF_KANA_BYTE;
    else throw new Error(`1バイトの Shift_JIS にできない文字「${text[i]}」（${i + 1}文字目）が含まれています。`);
  }
  return out;
}

/**
 * Decode single-byte Shift_JIS back to text (for reading a file again). Bytes that are not printable
 * single-byte characters (a lead byte of a double-byte character, a control code) become U+FFFD so that
 * the reader can report them.
 * @example decodeSingleByte(Uint8Array.of(0xb6, 0xde, 0x31)) // "ｶﾞ1"
 */
export function decodeSingleByte(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) {
    if (b >= 0x20 && b <= 0x7e) s += String.fromCharCode(b);
    else if (b >= HALF_KANA_BYTE && b <= 0xdf) s += String.fromCharCode(b - HALF_KANA_BYTE + HALF_KANA_FIRST);
    else s += "\ufffd";
  }
  return s;
}
