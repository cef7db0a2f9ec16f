/**
 * UTF-8 bytes written straight into a growing buffer, for the worksheet parts: a 10,000-employee workbook
 * is some 180 MB of XML, and building it as JavaScript strings meant millions of little strings joined
 * into ropes, then walked again to encode them — most of the time and of the garbage. Here each cell's
 * markup goes into the buffer once, already as bytes, and the zip takes the buffer in pieces.
 */

/** The bytes of an ASCII text (tags, attribute names), prepared once. */
export function asciiBytes(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}

/** Characters XML 1.0 does not allow, dropped as xml.ts drops them (C0 controls but tab, LF and CR; U+FFFE, U+FFFF). */
function forbidden(c: number): boolean {
  return (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffe || c === 0xffff;
}

const AMP = asciiBytes("&amp;");
const LT = asciiBytes("&lt;");
const GT = asciiBytes("&gt;");
const QUOT = asciiBytes("&quot;");
const MINUS = asciiBytes("-");

export class ByteWriter {
  private buf: Uint8Array<ArrayBuffer>;
  /** How many bytes are written. */
  at = 0;

  constructor(capacity = 1 << 16) {
    this.buf = new Uint8Array(capacity);
  }

  /** Room for n more bytes. */
  private room(n: number): void {
    if (this.at + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.at + n) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.buf.subarray(0, this.at));
    this.buf = grown;
  }

  /** Bytes prepared with asciiBytes (or any bytes). */
  bytes(b: Uint8Array): void {
    this.room(b.length);
    const buf = this.buf;
    let at = this.at;
    // A loop beats set() for the short tags that make up most of a sheet.
    if (b.length < 32) for (let i = 0; i < b.length; i++) buf[at++] = b[i];
    else buf.set(b, at), (at += b.length);
    this.at = at;
  }

  /** A whole number ≥ 0 below 2^53, in decimal. */
  uint(n: number): void {
    this.room(16);
    const buf = this.buf;
    if (n < 10) {
      buf[this.at++] = 48 + n;
      return;
    }
    let digits = 1;
    for (let m = n; m >= 10; m = Math.floor(m / 10)) digits++;
    const start = this.at;
    let end = start + digits;
    this.at = end;
    for (let m = n; end > start; m = Math.floor(m / 10)) buf[--end] = 48 + (m % 10);
  }

  /** A number as JavaScript writes it (String(n)), which is how the XML has always stored them. */
  number(n: number): void {
    if (Number.isInteger(n) && Math.abs(n) < 1e15) {
      if (n < 0) this.bytes(MINUS);
      this.uint(Math.abs(n));
    } else this.text(String(n), false, false);
  }

  /**
   * Text as UTF-8, with `&`, `<` and `>` escaped when `escape` (element content), `"` too when `attribute`,
   * and the characters XML forbids dropped — the bytes of TextEncoder over xml.ts's escText / esc.
   */
  text(s: string, escape = true, attribute = false): void {
    this.room(s.length * 6);
    const buf = this.buf;
    let at = this.at;
    for (let i = 0; i < s.length; i++) {
      let c = s.charCodeAt(i);
      if (c < 0x80) {
        if (escape && (c === 0x26 || c === 0x3c || c === 0x3e || (attribute && c === 0x22))) {
          const e = c === 0x26 ? AMP : c === 0x3c ? LT : c === 0x3e ? GT : QUOT;
          for (let k = 0; k < e.length; k++) buf[at++] = e[k];
        } else if (!escape || !forbidden(c)) buf[at++] = c;
      } else if (c < 0x800) {
        buf[at++] = 0xc0 | (c >> 6);
        buf[at++] = 0x80 | (c & 0x3f);
      } else {
        if (c >= 0xd800 && c <= 0xdfff) {
          const next = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
          if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
            const cp = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
            i++;
            buf[at++] = 0xf0 | (cp >> 18);
            buf[at++] = 0x80 | ((cp >> 12) & 0x3f);
            buf[at++] = 0x80 | ((cp >> 6) & 0x3f);
            buf[at++] = 0x80 | (cp & 0x3f);
            continue;
          }
          c = 0xfffd; // a lone surrogate, as TextEncoder writes it
        } else if (escape && forbidden(c)) continue;
        buf[at++] = 0xe0 | (c >> 12);
        buf[at++] = 0x80 | ((c >> 6) & 0x3f);
        buf[at++] = 0x80 | (c & 0x3f);
      }
    }
    this.at = at;
  }

  /** The bytes written so far, valid until the next write (the writer starts again at the same buffer). */
  take(): Uint8Array {
    const out = this.buf.subarray(0, this.at);
    this.at = 0;
    return out;
  }
}
