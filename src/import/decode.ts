/**
 * Bytes of a text file → text, with the encoding that was detected. Payroll systems export CSV in
 * Shift_JIS (CP932, what Excel writes for 「CSV（コンマ区切り）」), in UTF-8 with or without BOM
 * (Excel's 「CSV UTF-8」 writes the BOM), or as Excel's 「Unicode テキスト」 (UTF-16LE with BOM, tab separated).
 *
 * Detection: a BOM decides; otherwise the text is tried as strict UTF-8 first — Shift_JIS text with any
 * non-ASCII character is practically never valid UTF-8 — then as Shift_JIS. WHATWG's "shift_jis" decoder
 * is Windows-31J (CP932), so NEC/IBM extensions such as ① and 髙 decode as Excel wrote them.
 */
import { ImportError, SourceEncoding } from "./types";

export interface DecodedText {
  text: string;
  encoding: Extract<SourceEncoding, "utf-8" | "utf-8-bom" | "utf-16le" | "shift_jis">;
}

function strict(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = strict("utf-8", bytes.subarray(3));
    if (text === undefined) throw new ImportError("UTF-8（BOM付き）のファイルですが、UTF-8 として読めない文字があります。ファイルが壊れていないか確認し、保存し直してください。");
    return { text, encoding: "utf-8-bom" };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const text = strict("utf-16le", bytes.subarray(2));
    if (text === undefined) throw new ImportError("UTF-16 のファイルとして読めません。CSV（コンマ区切り）か CSV UTF-8 で保存し直してください。");
    return { text, encoding: "utf-16le" };
  }
  const utf8 = strict("utf-8", bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: "utf-8" };
  const sjis = strict("shift_jis", bytes);
  if (sjis !== undefined) return { text: sjis, encoding: "shift_jis" };
  throw new ImportError("文字コードを判別できません（UTF-8 でも Shift_JIS でもありません）。Excel で開いて「CSV UTF-8（コンマ区切り）」で保存し直してください。");
}
