/**
 * Checks on the values of a 全銀 file before it is written. Each returns a Japanese message (or nothing)
 * naming the value and what is allowed; build.ts turns them into problems with the row and field.
 * Field sizes are those of layout.ts, which names the bank specifications they come from.
 */
import { Day, describeDay, isoOf } from "../calc/dates/calendar";
import { checkBankDay, previousBusinessDay } from "./bankHoliday";
import { maxOfDigits } from "./layout";

/** 振込金額 N(10): 1円 to 9,999,999,999円 (data record bytes 81–90, layout.ts). */
const AMOUNT_MIN = 1;
export const AMOUNT_MAX = maxOfDigits(10);

/** 預金種目 of a payee: 1 普通, 2 当座, 4 貯蓄 (data record byte 43, layout.ts; 9 その他 is not offered for pay). */
export const PAYEE_ACCOUNT_TYPES: Readonly<Record<string, string>> = { "1": "普通", "2": "当座", "4": "貯蓄" };
/** 預金種目 of the requester (header byte 96): 1 普通, 2 当座, 9 その他. */
export const SENDER_ACCOUNT_TYPES: Readonly<Record<string, string>> = { "1": "普通", "2": "当座", "9": "その他" };

/**
 * A code of exactly `digits` digits (銀行番号 4, 支店番号 3, 依頼人コード 10). A shorter all-digit value
 * usually lost its leading zeros in a spreadsheet, so the message says so.
 * @example checkCode("5", 4) // "4桁の数字で指定してください（先頭の0が落ちていませんか。例: 0005）。"
 */
export function checkCode(code: string, digits: number): string | undefined {
  const value = code ?? "";
  if (new RegExp(`^\\d{${digits}}$`).test(value)) return undefined;
  if (/^\d+$/.test(value) && value.length < digits) {
    return `${digits}桁の数字で指定してください（先頭の0が落ちていませんか。例: ${value.padStart(digits, "0")}）。`;
  }
  return `${digits}桁の数字で指定してください。`;
}

/** 口座番号: 1 to 7 digits, written zero-filled to 7 (data record bytes 44–50, layout.ts). */
export function checkAccountNumber(value: string): string | undefined {
  return /^\d{1,7}$/.test(value ?? "") ? undefined : "7桁以内の数字で指定してください。";
}

export function checkAccountType(value: string, allowed: Readonly<Record<string, string>>): string | undefined {
  if (Object.prototype.hasOwnProperty.call(allowed, value)) return undefined;
  return `${Object.entries(allowed).map(([k, v]) => `${k}（${v}）`).join("・")}のいずれかで指定してください。`;
}

/** 振込金額 1〜9,999,999,999円, whole yen. */
export function checkAmount(amount: number): string | undefined {
  if (Number.isInteger(amount) && amount >= AMOUNT_MIN && amount <= AMOUNT_MAX) return undefined;
  return `1円以上${groupDigits(AMOUNT_MAX)}円以下の整数で指定してください。`;
}

/** 1234567 → "1,234,567" (no locale data needed). */
export function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** 顧客コード (社員番号・所属コード) N(10): up to 10 digits, or blank. */
export function checkCustomerCode(value: string): string | undefined {
  return !value || /^\d{1,10}$/.test(value) ? undefined : "10桁以内の数字で指定してください（空欄も可）。";
}

/** 振込指定日 MMDD (header 55–58). */
export function mmdd(day: Day): string {
  return isoOf(day).slice(5, 7) + isoOf(day).slice(8, 10);
}

/**
 * A 振込指定日 on a bank holiday (銀行法施行令第5条第1項) is a warning that proposes the previous business
 * day; a date the holiday data does not cover is a warning too. Undefined when the day is a business day.
 */
export function transferDateWarning(day: Day): string | undefined {
  const c = checkBankDay(day);
  if (c.kind === "business") return undefined;
  if (c.kind === "unknown") return c.message;
  const prev = previousBusinessDay(day);
  const proposal = prev === undefined ? "" : `前営業日の${describeDay(prev)}（${isoOf(prev)}）にしますか。`;
  return `${describeDay(day)}は銀行の休業日（${c.reason}）です。${proposal}`;
}

/** The account a transfer goes to, as compared for duplicates. */
export interface PayeeKey {
  bankCode: string;
  branchCode: string;
  accountType: string;
  accountNumber: string;
}

export function payeeKey(p: PayeeKey): string {
  return [p.bankCode, p.branchCode, p.accountType, p.accountNumber.padStart(7, "0")].join("-");
}

/**
 * Rows that pay the same account (銀行・支店・預金種目・口座番号) as an earlier row: index → the
 * 1-based number of the first row. A duplicate is usually a copy-paste mistake, so it is flagged.
 */
export function duplicatePayees(rows: ReadonlyArray<PayeeKey | undefined>): Map<number, number> {
  const first = new Map<string, number>();
  const dup = new Map<number, number>();
  rows.forEach((r, i) => {
    if (!r) return;
    const k = payeeKey(r);
    const seen = first.get(k);
    if (seen === undefined) first.set(k, i + 1);
    else dup.set(i, seen);
  });
  return dup;
}
