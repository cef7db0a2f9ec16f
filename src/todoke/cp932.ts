/**
 * The characters a 届書作成プログラム CSV may hold, and their bytes. The spec allows JIS X 0201 (1 byte) and
 * JIS X 0208 levels 1 and 2 (2 bytes) in Shift_JIS; CP932's extensions (NEC row 13 such as ①・㈱, the IBM
 * kanji such as 髙・﨑) are refused, never replaced (kufu/kirico charset_validator.rb; 届書作成仕様書 p.38).
 *
 * The table is read from the platform's own Shift_JIS decoder (WHATWG "shift_jis", which is CP932) for the
 * JIS X 0208 rows only, so no code table ships with Sonae.
 */

/** JIS X 0208 rows in use: 1–8 (symbols, digits, kana, Greek, Cyrillic, box drawing) and 16–84 (kanji). */
function isJisX0208Row(row: number): boolean {
  return (row >= 1 && row <= 8) || (row >= 16 && row <= 84);
}

/** The JIS row of a Shift_JIS double byte. */
function rowOf(lead: number, trail: number): number {
  const pair = lead <= 0x9f ? lead - 0x81 : lead - 0xc1;
  return pair * 2 + (trail >= 0x9f ? 2 : 1);
}

/**
 * Characters whose JIS X 0208 mapping differs from CP932's (WAVE DASH 〜 and FULLWIDTH TILDE ～, …): the
 * same cell of the same character set, typed on another system. Both spellings encode to the cell.
 */
const JIS_SPELLINGS: Record<string, string> = {
  "\u301c": "\uff5e", // 〜 → ～
  "\u2016": "\u2225", // ‖ → ∥
  "\u2212": "\uff0d", // − → －
  "\u2014": "\u2015", // — → ―
  "\u00a2": "\uffe0", // ¢ → ￠
  "\u00a3": "\uffe1", // £ → ￡
  "\u00ac": "\uffe2", // ¬ → ￢
};

let table: Map<string, number> | undefined;

function doubleByteTable(): Map<string, number> {
  if (table) return table;
  const decoder = new TextDecoder("shift_jis");
  const built = new Map<string, number>();
  for (let lead = 0x81; lead <= 0xef; lead++) {
    if (lead > 0x9f && lead < 0xe0) continue;
    for (let trail = 0x40; trail <= 0xfc; trail++) {
      if (trail === 0x7f || !isJisX0208Row(rowOf(lead, trail))) continue;
      const ch = decoder.decode(Uint8Array.of(lead, trail));
      if (ch.length === 1 && ch !== "\ufffd" && !built.has(ch)) built.set(ch, (lead << 8) | trail);
    }
  }
  for (const [jis, cp932] of Object.entries(JIS_SPELLINGS)) {
    const code = built.get(cp932);
    if (code !== undefined) built.set(jis, code);
  }
  table = built;
  return built;
}

/** The Shift_JIS bytes of one character, or undefined when the spec does not allow it. */
function bytesOf(ch: string): number[] | undefined {
  const c = ch.codePointAt(0)!;
  if (c >= 0x20 && c <= 0x7e) return [c];
  if (c >= 0xff61 && c <= 0xff9f) return [c - 0xff61 + 0xa1];
  const code = doubleByteTable().get(ch);
  return code === undefined ? undefined : [code >> 8, code & 0xff];
}

/** The characters of the text the spec does not allow (each once, in order). */
export function disallowedCharacters(text: string): string[] {
  const found: string[] = [];
  for (const ch of text) if (bytesOf(ch) === undefined && !found.includes(ch)) found.push(ch);
  return found;
}

/** Length in Shift_JIS bytes (the spec counts field limits in bytes); characters not allowed count 2. */
export function sjisByteLength(text: string): number {
  let n = 0;
  for (const ch of text) n += bytesOf(ch)?.length ?? 2;
  return n;
}

/**
 * Encode text the record builders have already checked. A character outside the allowed set is a
 * programming error here, so it throws naming it.
 * @example encodeSjis("吉田　ｱ,1") // 8B 67 93 63 81 40 B1 2C 31
 */
export function encodeSjis(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const bytes = bytesOf(ch);
    if (!bytes) throw new Error(`Shift_JIS（JIS X 0208）にできない文字「${ch}」が含まれています。`);
    out.push(...bytes);
  }
  return Uint8Array.from(out);
}

/** Decode a file the builders wrote (for checking it again, and for tests). */
export function decodeSjis(bytes: Uint8Array): string {
  return new TextDecoder("shift_jis").decode(bytes);
}
