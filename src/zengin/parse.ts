/**
 * Read a 全銀協規定形式 file back into named fields, with the same layout tables the writer uses, and
 * check its structure: 120-byte records, header → data… → trailer groups, one end record, and each
 * trailer's 合計件数・合計金額 equal to its own group's data (Kyash/zengin-go "MultipleHeaderRecords").
 * Accepts CRLF (or LF) between records or none (改行なし), and a final EOF byte 0x1A.
 */
import { DATA_KUBUN, END_FIELDS, FieldSpec, HEADER_FIELDS, RECORD_LENGTH, RecordKind, TRAILER_FIELDS, ZenginType, dataFields } from "./layout";
import { decodeSingleByte } from "./sjis";

export interface ParsedRecord {
  kind: RecordKind;
  /** 1-based record number in the file. */
  index: number;
  text: string;
  /** Each field's raw text, by layout key (padding kept). */
  fields: Record<string, string>;
}

export interface ParsedFile {
  records: ParsedRecord[];
  framing: { lineBreak: "crlf" | "lf" | "none"; eof: boolean };
  /** Structural problems, in Japanese, naming the record. Empty for a well-formed file. */
  problems: string[];
}

const KIND_BY_KUBUN = new Map<string, RecordKind>(Object.entries(DATA_KUBUN).map(([k, v]) => [v, k as RecordKind]));

function fieldsOf(layout: readonly FieldSpec[], text: string): Record<string, string> {
  return Object.fromEntries(layout.map((f) => [f.key, text.slice(f.start - 1, f.start - 1 + f.length)]));
}

function splitRecords(bytes: Uint8Array): { lines: Uint8Array[]; lineBreak: "crlf" | "lf" | "none" } {
  const hasLf = bytes.includes(0x0a);
  if (!hasLf) {
    const lines: Uint8Array[] = [];
    for (let at = 0; at < bytes.length; at += RECORD_LENGTH) lines.push(bytes.subarray(at, at + RECORD_LENGTH));
    return { lines, lineBreak: "none" };
  }
  const lines: Uint8Array[] = [];
  let crlf = false;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      let end = i;
      if (end > start && bytes[end - 1] === 0x0d) {
        end--;
        crlf = true;
      }
      if (!(i === bytes.length && end === start)) lines.push(bytes.subarray(start, end));
      start = i + 1;
    }
  }
  return { lines, lineBreak: crlf ? "crlf" : "lf" };
}

export function parseZenginFile(input: Uint8Array): ParsedFile {
  const eof = input.length > 0 && input[input.length - 1] === 0x1a;
  const bytes = eof ? input.subarray(0, input.length - 1) : input;
  const { lines, lineBreak } = splitRecords(bytes);
  const problems: string[] = [];
  const records: ParsedRecord[] = [];
  let type: ZenginType = "21";
  let group: { count: number; total: number } | undefined;
  let ended = false;

  lines.forEach((line, i) => {
    const index = i + 1;
    const text = decodeSingleByte(line);
    if (line.length !== RECORD_LENGTH) problems.push(`${index}件目のレコードが${line.length}バイトです（${RECORD_LENGTH}バイトのはずです）。`);
    if (text.includes("\ufffd")) problems.push(`${index}件目に1バイトの文字でないバイトがあります。`);
    const kind = KIND_BY_KUBUN.get(text.charAt(0));
    if (!kind) {
      problems.push(`${index}件目のデータ区分「${text.charAt(0)}」は 1・2・8・9 のいずれでもありません。`);
      return;
    }
    if (ended) problems.push(`${index}件目: エンド・レコードの後にレコードがあります。`);
    let fields: Record<string, string>;
    if (kind === "header") {
      fields = fieldsOf(HEADER_FIELDS, text);
      if (group) problems.push(`${index}件目: 前のヘッダーにトレーラがありません。`);
      const t = fields.typeCode;
      if (t === "11" || t === "12" || t === "21") type = t;
      else problems.push(`${index}件目: 種別コード「${t}」は 11・12・21 のいずれでもありません。`);
      group = { count: 0, total: 0 };
    } else if (kind === "data") {
      fields = fieldsOf(dataFields(type), text);
      if (!group) problems.push(`${index}件目: ヘッダーの前にデータ・レコードがあります。`);
      else {
        group.count++;
        group.total += Number(fields.amount);
      }
    } else if (kind === "trailer") {
      fields = fieldsOf(TRAILER_FIELDS, text);
      if (!group) problems.push(`${index}件目: ヘッダーのないトレーラです。`);
      else {
        if (Number(fields.count) !== group.count) problems.push(`${index}件目: 合計件数 ${Number(fields.count)} がデータ・レコード ${group.count} 件と一致しません。`);
        if (Number(fields.total) !== group.total) problems.push(`${index}件目: 合計金額 ${Number(fields.total)} がデータの合計 ${group.total} と一致しません。`);
      }
      group = undefined;
    } else {
      fields = fieldsOf(END_FIELDS, text);
      if (group) problems.push(`${index}件目: トレーラの前にエンド・レコードがあります。`);
      ended = true;
    }
    records.push({ kind, index, text, fields });
  });
  if (!ended) problems.push("エンド・レコード（データ区分 9）がありません。");
  return { records, framing: { lineBreak, eof }, problems };
}
