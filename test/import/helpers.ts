/** Build import inputs in memory: CSV text in a chosen encoding, and the template's header row. */
import Encoding from "encoding-japanese";
import { importMasterFile, ImportProblem, MASTER_TEMPLATE_HEADERS } from "../../src/import";

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Shift_JIS (CP932) bytes, as Excel's 「CSV（コンマ区切り）」 writes them. */
export function sjis(text: string): Uint8Array {
  // Node's TextEncoder only writes UTF-8; encoding-japanese (installed) converts to SJIS.
  return new Uint8Array(Encoding.convert(Encoding.stringToCode(text), { to: "SJIS", from: "UNICODE" }));
}

/** A template row: the given fields by header, the rest blank. */
export function templateRow(values: Record<string, string>): string {
  for (const k of Object.keys(values)) if (!MASTER_TEMPLATE_HEADERS.includes(k)) throw new Error(`not a template header: ${k}`);
  return MASTER_TEMPLATE_HEADERS.map((h) => csvField(values[h] ?? "")).join(",");
}

export function csvField(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** A valid employee of the template; override fields per case. */
export const VALID: Record<string, string> = {
  社員番号: "0001", 氏名: "山田 太郎", 氏名カナ: "ヤマダ タロウ", 生年月日: "1985/04/01", 給与形態: "月給", 基本給: "300000",
  健康保険: "東京都", 健保標準報酬月額: "300000", 厚年標準報酬月額: "300000", 税区分: "甲", 扶養親族等の数: "0",
  銀行コード: "0001", 支店コード: "001", 預金種目: "普通", 口座番号: "1234567", 口座名義カナ: "ﾔﾏﾀﾞ ﾀﾛｳ",
};

export function masterCsv(rows: Record<string, string>[]): string {
  return [MASTER_TEMPLATE_HEADERS.join(","), ...rows.map(templateRow)].join("\r\n") + "\r\n";
}

export async function importRows(rows: Record<string, string>[]) {
  return importMasterFile(utf8(masterCsv(rows)), "master.csv");
}

/** Problems as compact tuples for assertions: [row, column, value, severity]. */
export function where(problems: ImportProblem[]): [number, string, string, string][] {
  return problems.map((p) => [p.row, p.column, p.value, p.severity]);
}
