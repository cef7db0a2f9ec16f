/**
 * 全銀協規定形式 (総合振込・給与振込・賞与振込): every field of every record, named once with its byte
 * positions. The writer (records.ts) and the reader (parse.ts) both walk these tables; the tests check
 * the positions against an independent transcription of the layout.
 *
 * Sources (checked against each other):
 * - qiita.com/toruca/items/75e4b981933660842af8 (全銀協規定フォーマット 総合振込)
 * - qiita.com/shjimb/items/44fba0368b00c7c3c404 (GMO あおぞらネット銀行 総合振込 variant)
 * - 持込規格 for 種別 11/12/71/72/21 (expydoc.com/doc/8010391), 給与・賞与振込 振込先登録フォーマット
 *   (expydoc.com/doc/8561048): 顧客コード1/2 = 社員番号/所属コード for 給与・賞与
 * - you21979/zengin-format-util lib/spec.js and Kyash/zengin-go internal/fields.go (field lengths)
 * - devture/zengin-generator tests/results/*.txt (a complete 総合振込 file, used as a test vector)
 *
 * Each record is 120 bytes of JIS X 0201 (Shift_JIS single-byte) when コード区分 = 0.
 * N fields are right-aligned and zero-filled; C fields are left-aligned and space-filled.
 */

/** N: numeric, right-aligned, zero-filled. C: text, left-aligned, space-filled. */
export type FieldKind = "N" | "C";

export interface FieldSpec {
  /** Key used in code and in parsed records. */
  key: string;
  /** The field's name in the bank specifications. */
  name: string;
  /** First byte, counting from 1 as the specifications do. */
  start: number;
  length: number;
  kind: FieldKind;
}

export const RECORD_LENGTH = 120;

/** データ区分: the first byte of each record. */
export const DATA_KUBUN = { header: "1", data: "2", trailer: "8", end: "9" } as const;
export type RecordKind = keyof typeof DATA_KUBUN;

/** 種別コード: 11 給与振込, 12 賞与振込, 21 総合振込. */
export type ZenginType = "11" | "12" | "21";
export const ZENGIN_TYPES: Readonly<Record<ZenginType, string>> = { "11": "給与振込", "12": "賞与振込", "21": "総合振込" };

function table(rows: ReadonlyArray<readonly [key: string, name: string, start: number, length: number, kind: FieldKind]>): readonly FieldSpec[] {
  const fields = rows.map(([key, name, start, length, kind]) => ({ key, name, start, length, kind }));
  // A layout is contiguous and exactly one record long; a typo in a position fails at load.
  let next = 1;
  for (const f of fields) {
    if (f.start !== next) throw new Error(`zengin layout: ${f.name} starts at ${f.start}, expected ${next}`);
    next += f.length;
  }
  if (next !== RECORD_LENGTH + 1) throw new Error(`zengin layout: record is ${next - 1} bytes, expected ${RECORD_LENGTH}`);
  return fields;
}

/** ヘッダー・レコード (データ区分 1). */
export const HEADER_FIELDS = table([
  ["dataKubun", "データ区分", 1, 1, "N"],
  ["typeCode", "種別コード", 2, 2, "N"],
  ["codeKubun", "コード区分", 4, 1, "N"],
  ["requesterCode", "依頼人コード", 5, 10, "N"],
  ["requesterName", "依頼人名", 15, 40, "C"],
  ["transferDate", "振込指定日", 55, 4, "N"],
  ["bankCode", "仕向銀行番号", 59, 4, "N"],
  ["bankName", "仕向銀行名", 63, 15, "C"],
  ["branchCode", "仕向支店番号", 78, 3, "N"],
  ["branchName", "仕向支店名", 81, 15, "C"],
  ["accountType", "預金種目（依頼人）", 96, 1, "N"],
  ["accountNumber", "口座番号（依頼人）", 97, 7, "N"],
  ["dummy", "ダミー", 104, 17, "C"],
]);

/** Bytes 1–91 of the data record, common to 総合振込 and 給与・賞与振込. */
const DATA_COMMON = [
  ["dataKubun", "データ区分", 1, 1, "N"],
  ["bankCode", "被仕向銀行番号", 2, 4, "N"],
  ["bankName", "被仕向銀行名", 6, 15, "C"],
  ["branchCode", "被仕向支店番号", 21, 3, "N"],
  ["branchName", "被仕向支店名", 24, 15, "C"],
  ["clearingHouse", "手形交換所番号", 39, 4, "N"],
  ["accountType", "預金種目", 43, 1, "N"],
  ["accountNumber", "口座番号", 44, 7, "N"],
  ["payeeName", "受取人名", 51, 30, "C"],
  ["amount", "振込金額", 81, 10, "N"],
  ["newCode", "新規コード", 91, 1, "N"],
] as const;

/** データ・レコード (データ区分 2), 総合振込 (種別 21). */
export const DATA_FIELDS_GENERAL = table([
  ...DATA_COMMON,
  ["customerCode1", "顧客コード1", 92, 10, "N"],
  ["customerCode2", "顧客コード2", 102, 10, "N"],
  ["transferCategory", "振込指定区分", 112, 1, "N"],
  ["ediFlag", "識別表示", 113, 1, "C"],
  ["dummy", "ダミー", 114, 7, "C"],
]);

/** データ・レコード (データ区分 2), 給与振込・賞与振込 (種別 11・12): 顧客コード = 社員番号・所属コード. */
export const DATA_FIELDS_SALARY = table([
  ...DATA_COMMON,
  ["customerCode1", "社員番号（顧客コード1）", 92, 10, "N"],
  ["customerCode2", "所属コード（顧客コード2）", 102, 10, "N"],
  ["dummy", "ダミー", 112, 9, "C"],
]);

/** トレーラ・レコード (データ区分 8). */
export const TRAILER_FIELDS = table([
  ["dataKubun", "データ区分", 1, 1, "N"],
  ["count", "合計件数", 2, 6, "N"],
  ["total", "合計金額", 8, 12, "N"],
  ["dummy", "ダミー", 20, 101, "C"],
]);

/** エンド・レコード (データ区分 9). */
export const END_FIELDS = table([
  ["dataKubun", "データ区分", 1, 1, "N"],
  ["dummy", "ダミー", 2, 119, "C"],
]);

export function dataFields(type: ZenginType): readonly FieldSpec[] {
  return type === "21" ? DATA_FIELDS_GENERAL : DATA_FIELDS_SALARY;
}

/** The largest value an N field of this length holds (合計件数 999,999; 合計金額 999,999,999,999). */
export function maxOfDigits(length: number): number {
  return 10 ** length - 1;
}
