/**
 * A clerk's JSON file (OFFICE.json, SENDER.json, settings.json, a saved column mapping): the office keeps it
 * and edits it in メモ帳, which saves in Shift_JIS (CP932, 「ANSI」) on older Windows, in UTF-8 with a BOM
 * (「UTF-8 (BOM 付き)」) or in UTF-16 (「Unicode」). The bytes are decoded as the exported CSV are
 * (decodeText), then parsed; what cannot be read is said in Japanese with the line and column, and the
 * full-width punctuation an IME slips in (「：」「，」「”」) is named, since it is the usual cause.
 * The caller names the file (the command line its option and path, the pane the file's name).
 */
import { decodeText } from "./decode";
import { ImportError } from "./types";

/** Full-width characters that look like JSON's own punctuation, with the half-width one JSON wants. */
const LOOKALIKES: Readonly<Record<string, string>> = {
  "：": ":", "，": ",", "、": ",", "”": '"', "“": '"', "″": '"', "｛": "{", "｝": "}", "［": "[", "］": "]", "　": "空白（半角スペース）",
};

/** 1-based line and column of a character offset. */
export function lineColumnOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** Where JSON.parse stopped: V8 (Node, Edge, Chrome) says "position N", Firefox "line L column C". */
function stopOf(text: string, message: string): { line: number; column: number } | undefined {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const position = /position (\d+)/.exec(message);
  if (position) return lineColumnOf(text, Number(position[1]));
  if (/end of (JSON )?(input|data)/i.test(message)) return lineColumnOf(text, text.length);
  // V8 names a character no value can start with, without its place: its first occurrence is the likely one.
  const token = /Unexpected token '(.)'/u.exec(message);
  if (token && text.includes(token[1])) return lineColumnOf(text, text.indexOf(token[1]));
  return undefined;
}

/** The hint for the character at the stop, when it is a full-width look-alike or a comma before a closing bracket. */
function hintAt(text: string, at: { line: number; column: number }): string {
  const lineText = text.split(/\r\n|\r|\n/)[at.line - 1] ?? "";
  const found = [...lineText].find((c) => c in LOOKALIKES);
  if (found) return `全角の「${found}」があります。半角の「${LOOKALIKES[found]}」にしてください。`;
  const ch = lineText.charAt(at.column - 1);
  if (ch === "}" || ch === "]") return `「${ch}」の前に余分な「,」がないか確認してください。`;
  return "「,」の抜けや余分、「\"」の閉じ忘れがないか確認してください。";
}

/** Why the text is not JSON, in words for the clerk: the line and column, and the likely cause. */
export function describeJsonError(text: string, e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  if (text.trim() === "") return "中身が空です。{ … } の形で書いてください。";
  const at = stopOf(text, message);
  if (!at) return `JSON として読めません（${message}）。`;
  return `${at.line}行目 ${at.column}文字目で JSON として読めません。${hintAt(text, at)}`;
}

/** The text of a clerk's JSON file: UTF-8 (with or without BOM), Shift_JIS (CP932) or UTF-16 with BOM. */
export function decodeClerkJson(bytes: Uint8Array): string {
  try {
    return decodeText(bytes).text;
  } catch {
    throw new ImportError("文字コードを判別できません（UTF-8 でも Shift_JIS でもありません）。メモ帳で開き、「名前を付けて保存」で文字コードを「UTF-8」にして保存し直してください。");
  }
}

/** A clerk's JSON file's bytes → its value; a file that is not readable text or not JSON is an ImportError saying why. */
export function readClerkJson(bytes: Uint8Array): unknown {
  const text = decodeClerkJson(bytes);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ImportError(describeJsonError(text, e));
  }
}
