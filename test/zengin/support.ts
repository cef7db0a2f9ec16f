/**
 * Test support for the 全銀 file: the layout transcribed a second time, independently of
 * src/zengin/layout.ts, straight from the project's gathered zengin notes (zengin.md "Layout") (whose sources are qiita toruca,
 * qiita shjimb (GMO あおぞら), expydoc 8010391 / 8561048, you21979/zengin-format-util, Kyash/zengin-go,
 * devture/zengin-generator). A wrong position in the product's table cannot hide behind itself.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Employee } from "../../src/calc/payroll/employee";

/** [field name, first byte, last byte] (1-based, inclusive), as zengin.md's tables say. */
export type Position = readonly [name: string, from: number, to: number];

export const HEADER: readonly Position[] = [
  ["データ区分", 1, 1],
  ["種別コード", 2, 3],
  ["コード区分", 4, 4],
  ["依頼人コード", 5, 14],
  ["依頼人名", 15, 54],
  ["振込指定日", 55, 58],
  ["仕向銀行番号", 59, 62],
  ["仕向銀行名", 63, 77],
  ["仕向支店番号", 78, 80],
  ["仕向支店名", 81, 95],
  ["預金種目", 96, 96],
  ["口座番号", 97, 103],
  ["ダミー", 104, 120],
];

const DATA_1_91: readonly Position[] = [
  ["データ区分", 1, 1],
  ["被仕向銀行番号", 2, 5],
  ["被仕向銀行名", 6, 20],
  ["被仕向支店番号", 21, 23],
  ["被仕向支店名", 24, 38],
  ["手形交換所番号", 39, 42],
  ["預金種目", 43, 43],
  ["口座番号", 44, 50],
  ["受取人名", 51, 80],
  ["振込金額", 81, 90],
  ["新規コード", 91, 91],
];

/** 総合振込 (21). */
export const DATA_GENERAL: readonly Position[] = [
  ...DATA_1_91,
  ["顧客コード1", 92, 101],
  ["顧客コード2", 102, 111],
  ["振込指定区分", 112, 112],
  ["識別表示", 113, 113],
  ["ダミー", 114, 120],
];

/** 給与振込・賞与振込 (11・12): 顧客コード1 = 社員番号, 顧客コード2 = 所属コード. */
export const DATA_SALARY: readonly Position[] = [
  ...DATA_1_91,
  ["社員番号", 92, 101],
  ["所属コード", 102, 111],
  ["ダミー", 112, 120],
];

export const TRAILER: readonly Position[] = [
  ["データ区分", 1, 1],
  ["合計件数", 2, 7],
  ["合計金額", 8, 19],
  ["ダミー", 20, 120],
];

export const END: readonly Position[] = [
  ["データ区分", 1, 1],
  ["ダミー", 2, 120],
];

/** Expected raw text of an N field: right-aligned, zero-filled. */
export function n(value: number | string, length: number): string {
  return String(value).padStart(length, "0");
}
/** Expected raw text of a C field: left-aligned, space-filled. */
export function c(text: string, length: number): string {
  return text.padEnd(length, " ");
}
export function blank(length: number): string {
  return " ".repeat(length);
}

/** Cut a 120-character record by the positions → { name: raw text }. */
export function slice(record: string, positions: readonly Position[]): Record<string, string> {
  return Object.fromEntries(positions.map(([name, from, to]) => [name, record.slice(from - 1, to)]));
}

/** Bytes → records of single-byte characters, by CRLF or by 120, dropping a final 0x1A. */
export function recordsOf(bytes: Uint8Array): string[] {
  let b = bytes;
  if (b.length > 0 && b[b.length - 1] === 0x1a) b = b.subarray(0, b.length - 1);
  const text = Array.from(b, (x) => (x >= 0xa1 && x <= 0xdf ? String.fromCharCode(x - 0xa1 + 0xff61) : String.fromCharCode(x))).join("");
  if (text.includes("\r\n")) return text.split("\r\n").filter((l, i, all) => !(i === all.length - 1 && l === ""));
  const out: string[] = [];
  for (let i = 0; i < text.length; i += 120) out.push(text.slice(i, i + 120));
  return out;
}

export const GOLDEN_DIR = path.join(__dirname, "golden");

/** A golden file's bytes; with UPDATE_GOLDEN=1 the given bytes are written first (review the diff!). */
export function golden(name: string, actual: Uint8Array): Uint8Array {
  const file = path.join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN === "1") fs.writeFileSync(file, actual);
  return new Uint8Array(fs.readFileSync(file));
}

/** Guard for case tables: zero rows is a failure. */
export function nonEmpty<T>(rows: T[], name: string): T[] {
  if (!Array.isArray(rows) || rows.length === 0) throw new Error(`case table ${name} is empty`);
  return rows;
}

/** A master row with what the transfer needs; the rest is typical and irrelevant here. */
export function employee(o: Partial<Employee> & Pick<Employee, "id" | "name">): Employee {
  return {
    birthDate: "1985-04-01",
    payType: "monthly",
    baseSalary: 300_000,
    fixedAllowance: 0,
    commuteAllowance: 0,
    commuteExempt: 0,
    healthInsurer: "東京都",
    employmentInsurance: "general",
    taxColumn: "甲",
    dependents: 0,
    residentTax: 0,
    ...o,
  };
}
