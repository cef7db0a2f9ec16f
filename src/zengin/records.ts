/**
 * The four records of a 全銀 file as 120 single-byte characters each, written field by field from the
 * tables in layout.ts, and the framing (CRLF or none, optional EOF) that turns them into bytes.
 * Values reach here already converted and checked (build.ts); a value that does not fit its field is a
 * programming error and throws.
 */
import { DATA_KUBUN, END_FIELDS, FieldSpec, HEADER_FIELDS, RECORD_LENGTH, TRAILER_FIELDS, ZenginType, dataFields } from "./layout";
import { encodeSingleByte } from "./sjis";

export type FieldValues = Readonly<Record<string, string | number | undefined>>;

/**
 * One record: N fields right-aligned and zero-filled, C fields left-aligned and space-filled; a field
 * without a value (ダミー, an unused 顧客コード) is spaces.
 */
export function formatRecord(fields: readonly FieldSpec[], values: FieldValues): string {
  let out = "";
  for (const f of fields) {
    const raw = values[f.key];
    const v = raw === undefined ? "" : String(raw);
    if (v.length > f.length) throw new Error(`zengin ${f.name}: "${v}" is longer than ${f.length}`);
    if (v === "") out += " ".repeat(f.length);
    else if (f.kind === "N") {
      if (!/^\d+$/.test(v)) throw new Error(`zengin ${f.name}: "${v}" is not digits`);
      out += v.padStart(f.length, "0");
    } else out += v.padEnd(f.length, " ");
  }
  if (out.length !== RECORD_LENGTH) throw new Error(`zengin record is ${out.length} characters`);
  return out;
}

export interface HeaderValues {
  type: ZenginType;
  requesterCode: string;
  requesterName: string;
  /** MMDD */
  transferDate: string;
  bankCode: string;
  bankName?: string;
  branchCode: string;
  branchName?: string;
  accountType: string;
  accountNumber: string;
}

/** ヘッダー・レコード: データ区分 1, 種別コード, コード区分 0 (JIS/SJIS), then the requester. */
export function headerRecord(h: HeaderValues): string {
  return formatRecord(HEADER_FIELDS, { ...h, dataKubun: DATA_KUBUN.header, typeCode: h.type, codeKubun: "0" });
}

export interface DataValues {
  bankCode: string;
  bankName?: string;
  branchCode: string;
  branchName?: string;
  /** 手形交換所番号: unused; "0000" (devture) or "" for spaces (Kyash sample). */
  clearingHouse: string;
  accountType: string;
  accountNumber: string;
  payeeName: string;
  amount: number;
  /** 新規コード: 0 その他 (1 第1回振込分, 2 変更分). */
  newCode: string;
  /** 総合振込: 顧客コード1/2; 給与・賞与: 社員番号/所属コード. Blank = spaces. */
  customerCode1?: string;
  customerCode2?: string;
  /** 総合振込 only: 振込指定区分 7 テレ振込 / 8 文書振込, or "" for a space. */
  transferCategory?: string;
}

/** データ・レコード: データ区分 2 and the payee, in the layout of the file's 種別. */
export function dataRecord(type: ZenginType, d: DataValues): string {
  const extra = type === "21" ? { transferCategory: d.transferCategory, ediFlag: "" } : {};
  return formatRecord(dataFields(type), { ...d, ...extra, dataKubun: DATA_KUBUN.data });
}

/** トレーラ・レコード: データ区分 8, 合計件数, 合計金額 of the data records before it. */
export function trailerRecord(count: number, total: number): string {
  return formatRecord(TRAILER_FIELDS, { dataKubun: DATA_KUBUN.trailer, count, total });
}

/** エンド・レコード: データ区分 9. */
export function endRecord(): string {
  return formatRecord(END_FIELDS, { dataKubun: DATA_KUBUN.end });
}

export interface FramingOptions {
  /** CRLF between records (default; devture, internet banking uploads) or none (改行なし, 120-byte blocks). */
  lineBreak?: "crlf" | "none";
  /** Also end the last record with CRLF. Default false (devture: 4 records = 486 bytes). */
  finalLineBreak?: boolean;
  /** Append the MS-DOS end-of-file byte 0x1A (legacy FD specifications). Default false. */
  eof?: boolean;
}

const CRLF = Uint8Array.of(0x0d, 0x0a);
const EOF = 0x1a;

/** Records → the file's bytes. */
export function frameRecords(records: readonly string[], o: FramingOptions = {}): Uint8Array {
  const parts: Uint8Array[] = [];
  const crlf = (o.lineBreak ?? "crlf") === "crlf";
  records.forEach((r, i) => {
    parts.push(encodeSingleByte(r));
    const last = i === records.length - 1;
    if (crlf && (!last || o.finalLineBreak)) parts.push(CRLF);
  });
  if (o.eof) parts.push(Uint8Array.of(EOF));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
