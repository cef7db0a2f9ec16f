/**
 * The clerk's changes to a provisional month, one row per person: who (社員番号, or the account 銀行コード・
 * 支店コード・預金種目・口座番号 as in last month's file) and what (this month's 振込金額, or 除外 to leave the
 * person out). Read with the one import engine, so every problem names the row, the column and the value.
 */
import type { Schema } from "../../calc/records/schema";
import type { PayeeChange } from "../../zengin/provisional";
import { finish, prepare, RowReader } from "../../import/engine";
import { fold, Normalizer, normalizeDigits, normalizeEmployeeId, normalizeYen } from "../../import/normalize";
import { normalizeAccountType } from "../../import/normalizeKeywords";
import { readTable } from "../../import/table";
import type { ImportProblem } from "../../import/types";

export type ChangeField = "id" | "bankCode" | "branchCode" | "accountType" | "accountNumber" | "amount" | "leaveOut";

export const CHANGES_SCHEMA: Schema<ChangeField> = [
  { key: "id", header: "社員番号", required: false, synonyms: ["従業員番号", "社員コード", "顧客コード1"], help: "前回の振込ファイルの顧客コード1（社員番号）。口座で指定するときは空欄。" },
  { key: "bankCode", header: "銀行コード", required: false, synonyms: ["金融機関コード"], help: "4桁。" },
  { key: "branchCode", header: "支店コード", required: false, synonyms: ["支店番号", "店番"], help: "3桁。" },
  { key: "accountType", header: "預金種目", required: false, synonyms: ["預金種別", "口座種別"], help: "普通・当座・貯蓄 / 1・2・4。空欄は普通。" },
  { key: "accountNumber", header: "口座番号", required: false, synonyms: [], help: "7桁まで。" },
  { key: "amount", header: "振込金額", required: false, synonyms: ["金額", "振込額", "差引支給額"], help: "今月振り込む額（円）。" },
  { key: "leaveOut", header: "除外", required: false, synonyms: ["振込しない", "対象外"], help: "○・1・する・除外 で今月は振り込まない。" },
];

const yes: Normalizer<boolean> = (text) => {
  const t = fold(text);
  if (["○", "〇", "1", "する", "除外", "はい", "true", "TRUE", "yes"].includes(t)) return { value: true };
  if (["", "0", "しない", "いいえ", "false", "FALSE", "no"].includes(t)) return { value: false };
  return { error: "除外は「○」「1」「する」（振り込まない）か空欄で指定してください。" };
};

function readChange(r: RowReader<ChangeField>): PayeeChange | undefined {
  const employeeNumber = r.read("id", normalizeEmployeeId);
  const amount = r.read("amount", normalizeYen);
  const leaveOut = r.read("leaveOut", yes) ?? false;
  const change: PayeeChange = { row: r.row, amount, leaveOut };
  if (employeeNumber !== undefined) change.employeeNumber = employeeNumber;
  else if (r.has("bankCode") || r.has("branchCode") || r.has("accountNumber")) {
    const bankCode = r.require("bankCode", normalizeDigits(4, "銀行コード"));
    const branchCode = r.require("branchCode", normalizeDigits(3, "支店コード"));
    const accountNumber = r.require("accountNumber", normalizeDigits(7, "口座番号"));
    const accountType = r.read("accountType", normalizeAccountType) ?? "1";
    if (bankCode && branchCode && accountNumber) change.account = { bankCode, branchCode, accountType, accountNumber };
  } else if (!r.failed) r.add("id", "error", "社員番号か、口座（銀行コード・支店コード・口座番号）のどちらかで振込先を指定してください。");
  if (amount === undefined && !leaveOut && !r.failed) r.add("amount", "error", "振込金額か、除外（○）のどちらかを指定してください。");
  if (amount !== undefined && leaveOut) r.add("leaveOut", "error", "振込金額と除外の両方が指定されています。どちらか一方にしてください。");
  return r.failed ? undefined : change;
}

export interface ChangesRead {
  changes: PayeeChange[];
  problems: ImportProblem[];
}

/** The changes file's bytes → the changes of its valid rows and every problem (row, column, value). */
export async function readChangesFile(bytes: Uint8Array, fileName: string): Promise<ChangesRead> {
  const prepared = prepare(await readTable(bytes, fileName), CHANGES_SCHEMA, undefined);
  if (prepared.fatal) return { changes: [], problems: prepared.report.problems };
  const readers = prepared.rows.map((row) => new RowReader(prepared, CHANGES_SCHEMA, row));
  const { records, report } = finish(prepared, readers.map((reader) => ({ reader, record: readChange(reader) })));
  return { changes: records, problems: report.problems };
}
