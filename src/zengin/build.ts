/**
 * One entry to make a 全銀協規定形式 file (給与振込 11・賞与振込 12・総合振込 21): check every value, convert
 * the names, write header / data / trailer / end records and frame them. The clerk gets the bytes, the
 * list of names that changed (before → after) and every problem with its row and field.
 *
 * No file is produced while any problem is an error: `bytes` and `records` are then empty, so a file
 * whose total differs from the payroll can never be downloaded by mistake.
 */
import { ZenginType, ZENGIN_TYPES, RecordKind, maxOfDigits } from "./layout";
import { KanaOptions } from "./kana";
import { ZenginProblem } from "./problems";
import { FramingOptions, dataRecord, endRecord, frameRecords, headerRecord, trailerRecord } from "./records";
import { ZenginSender } from "./sender";
import { TransferRow } from "./transfers";
import { groupDigits, mmdd, transferDateWarning } from "./validate";
import { readIsoDay } from "../calc/dates/calendar";
import { FileChecks, NameChange } from "./fileChecks";
import { CheckedSender, checkSender } from "./senderChecks";
import { CheckedPayee, checkPayee, warnSamePayeeTwice } from "./payeeChecks";

export type { NameChange } from "./fileChecks";

export interface ZenginOptions extends FramingOptions {
  /** ー → "-" (default) or "ｰ"; ヲ → "ｦ" (default) or "ｵ". Banks differ (kana.ts names which). */
  longVowel?: KanaOptions["longVowel"];
  wo?: KanaOptions["wo"];
  /** 手形交換所番号 (unused): zeros (default, devture) or spaces (Kyash sample). */
  clearingHouse?: "zeros" | "spaces";
  /** 総合振込 振込指定区分: 7 テレ振込 (default, devture), 8 文書振込, or "" for a space. */
  transferCategory?: "7" | "8" | "";
}

export interface ZenginBuildInput {
  sender: ZenginSender;
  type: ZenginType;
  /** 振込指定日 (ISO YYYY-MM-DD); the file holds MMDD. */
  payDate: string;
  rows: readonly TransferRow[];
  options?: ZenginOptions;
}

export interface ZenginRecord {
  kind: RecordKind;
  /** The 120 single-byte characters of the record. */
  text: string;
  /** For a data record, the row it came from (its sourceRow, else its 1-based place in the transfer list). */
  row?: number;
}

export interface ZenginBuildResult {
  /** The file, or empty when any problem is an error. */
  bytes: Uint8Array;
  records: ZenginRecord[];
  nameChanges: NameChange[];
  problems: ZenginProblem[];
  /** 合計件数・合計金額 of the data records written (0 when no file). */
  count: number;
  total: number;
}

export function buildZenginFile(input: ZenginBuildInput): ZenginBuildResult {
  const options = input.options ?? {};
  const checks = new FileChecks({ longVowel: options.longVowel, wo: options.wo });
  const payDay = checkTypeAndPayDate(input, checks);
  const sender = checkSender(input.sender, checks);
  const rowNumber = (index: number) => input.rows[index].sourceRow ?? index + 1;
  const defaults = { clearingHouse: options.clearingHouse === "spaces" ? "" : "0000", transferCategory: options.transferCategory ?? "7" };
  const payees = input.rows.flatMap((transfer, index) => checkPayee(transfer, rowNumber(index), defaults, checks) ?? []);
  warnSamePayeeTwice(input.rows, rowNumber, checks);
  const count = payees.length;
  const total = payees.reduce((sum, payee) => sum + payee.values.amount, 0);
  checkFileTotals(input.rows.length, count, total, checks);

  const { problems, nameChanges } = checks;
  if (checks.hasErrors() || payDay === undefined || sender.requesterName === undefined) {
    return { bytes: new Uint8Array(0), records: [], nameChanges, problems, count: 0, total: 0 };
  }
  const records = fileRecords(input.type, { ...sender, requesterName: sender.requesterName }, payDay, payees, count, total);
  return { bytes: frameRecords(records.map((record) => record.text), options), records, nameChanges, problems, count, total };
}

/** 種別コード and 振込指定日 (a real day; a warning when the bank does not transfer on it). */
function checkTypeAndPayDate(input: ZenginBuildInput, checks: FileChecks): number | undefined {
  if (!Object.prototype.hasOwnProperty.call(ZENGIN_TYPES, input.type)) {
    checks.add(0, "種別コード", String(input.type), "11（給与振込）・12（賞与振込）・21（総合振込）のいずれかで指定してください。");
  }
  const payDay = readIsoDay(input.payDate);
  if (payDay === undefined) {
    checks.add(0, "振込指定日", input.payDate, "YYYY-MM-DD の形の実在する日付で指定してください。");
    return undefined;
  }
  const warning = transferDateWarning(payDay);
  if (warning) checks.add(0, "振込指定日", input.payDate, warning, "warning");
  return payDay;
}

/** A file pays someone, and its 合計件数 (6 digits) and 合計金額 (12 digits) fit the trailer record. */
function checkFileTotals(rows: number, count: number, total: number, checks: FileChecks): void {
  if (rows === 0 || (count === 0 && !checks.hasErrors())) checks.add(0, "振込データ", "0件", "振り込む行が1件もありません。");
  if (count > maxOfDigits(6)) checks.add(0, "合計件数", String(count), `1ファイル${groupDigits(maxOfDigits(6))}件までです。分けて作成してください。`);
  if (total > maxOfDigits(12)) checks.add(0, "合計金額", groupDigits(total), `1ファイル${groupDigits(maxOfDigits(12))}円までです。分けて作成してください。`);
}

/** Header, one data record per payee, trailer and end records. */
function fileRecords(type: ZenginType, sender: CheckedSender & { requesterName: string }, payDay: number, payees: CheckedPayee[], count: number, total: number): ZenginRecord[] {
  const header = headerRecord({
    type,
    requesterCode: sender.sender.requesterCode,
    requesterName: sender.requesterName,
    transferDate: mmdd(payDay),
    bankCode: sender.sender.bankCode,
    bankName: sender.bankName,
    branchCode: sender.sender.branchCode,
    branchName: sender.branchName,
    accountType: sender.sender.accountType,
    accountNumber: sender.sender.accountNumber,
  });
  return [
    { kind: "header", text: header },
    ...payees.map((payee) => ({ kind: "data" as const, text: dataRecord(type, payee.values), row: payee.row })),
    { kind: "trailer", text: trailerRecord(count, total) },
    { kind: "end", text: endRecord() },
  ];
}
