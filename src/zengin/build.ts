/**
 * One entry to make a 全銀協規定形式 file (給与振込 11・賞与振込 12・総合振込 21): check every value, convert
 * the names, write header / data / trailer / end records and frame them. The clerk gets the bytes, the
 * list of names that changed (before → after) and every problem with its row and field.
 *
 * No file is produced while any problem is an error: `bytes` and `records` are then empty, so a file
 * whose total differs from the payroll can never be downloaded by mistake.
 */
import { ZenginType, ZENGIN_TYPES, RecordKind, maxOfDigits } from "./layout";
import { KanaOptions, kanaErrorMessage, toBankKana } from "./kana";
import { ZenginProblem, hasErrors } from "./problems";
import { DataValues, FramingOptions, dataRecord, endRecord, frameRecords, headerRecord, trailerRecord } from "./records";
import { SENDER_FIELD_LABELS, ZenginSender } from "./sender";
import { TransferRow } from "./transfers";
import {
  PAYEE_ACCOUNT_TYPES,
  SENDER_ACCOUNT_TYPES,
  checkAccountNumber,
  checkAccountType,
  checkAmount,
  checkCode,
  checkCustomerCode,
  duplicatePayees,
  groupDigits,
  mmdd,
  parseIsoDay,
  transferDateWarning,
} from "./validate";

export interface ZenginOptions extends FramingOptions {
  /** ー → "-" (default) or "ｰ"; ヲ → "ｦ" (default) or "ｵ". Banks differ (zengin.md). */
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

export interface NameChange {
  /** The row as problems number it; 0 for 依頼人名. */
  row: number;
  /** 社員番号 ("" for 依頼人名). */
  employeeId: string;
  field: string;
  before: string;
  after: string;
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

/** Byte sizes of the name fields (layout.ts). */
const NAME_BYTES = { payee: 30, requester: 40, bank: 15 } as const;

export function buildZenginFile(input: ZenginBuildInput): ZenginBuildResult {
  const o = input.options ?? {};
  const kana = { longVowel: o.longVowel, wo: o.wo };
  const problems: ZenginProblem[] = [];
  const nameChanges: NameChange[] = [];

  function add(row: number, field: string, value: string, message: string, severity: "error" | "warning" = "error", employeeId?: string): void {
    problems.push(employeeId ? { row, field, value, message, severity, employeeId } : { row, field, value, message, severity });
  }

  /** A kana field: converted value, or undefined after reporting why not. */
  function name(row: number, field: string, value: string, maxBytes: number, employeeId: string | undefined, listChange: boolean): string | undefined {
    const c = toBankKana(value, { ...kana, maxBytes });
    if (!c.ok) {
      add(row, field, value, kanaErrorMessage(field, value, c.invalid), "error", employeeId);
      return undefined;
    }
    if (c.truncated) add(row, field, value, `${maxBytes}バイトを超えるため「${c.cut}」を切り捨てて「${c.value}」にします。`, "warning", employeeId);
    if (listChange && c.changed) nameChanges.push({ row, employeeId: employeeId ?? "", field, before: value, after: c.value });
    return c.value;
  }

  function optionalName(row: number, field: string, value: string | undefined, employeeId?: string): string | undefined {
    if (value === undefined || value.trim() === "") return undefined;
    return name(row, field, value, NAME_BYTES.bank, employeeId, false);
  }

  // ── 種別コード and 振込指定日 ──
  if (!Object.prototype.hasOwnProperty.call(ZENGIN_TYPES, input.type)) {
    add(0, "種別コード", String(input.type), "11（給与振込）・12（賞与振込）・21（総合振込）のいずれかで指定してください。");
  }
  const payDay = parseIsoDay(input.payDate);
  if (payDay === undefined) add(0, "振込指定日", input.payDate, "YYYY-MM-DD の形の実在する日付で指定してください。");
  else {
    const w = transferDateWarning(payDay);
    if (w) add(0, "振込指定日", input.payDate, w, "warning");
  }

  // ── 依頼人 (header) ──
  // Settings typed by hand may hold numbers or miss a key: every value is read as text.
  const raw = input.sender as unknown as Record<string, unknown>;
  const text = (k: keyof ZenginSender): string => (raw[k] === undefined || raw[k] === null ? "" : String(raw[k]));
  const s: ZenginSender = {
    requesterCode: text("requesterCode"),
    requesterName: text("requesterName"),
    bankCode: text("bankCode"),
    bankName: text("bankName"),
    branchCode: text("branchCode"),
    branchName: text("branchName"),
    accountType: text("accountType") as ZenginSender["accountType"],
    accountNumber: text("accountNumber"),
  };
  const L = SENDER_FIELD_LABELS;
  const codeChecks: [keyof ZenginSender, string | undefined][] = [
    ["requesterCode", checkCode(s.requesterCode, 10)],
    ["bankCode", checkCode(s.bankCode, 4)],
    ["branchCode", checkCode(s.branchCode, 3)],
    ["accountType", checkAccountType(s.accountType, SENDER_ACCOUNT_TYPES)],
    ["accountNumber", checkAccountNumber(s.accountNumber)],
  ];
  for (const [key, message] of codeChecks) if (message) add(0, L[key], s[key] ?? "", message);
  const requesterName = name(0, L.requesterName, s.requesterName, NAME_BYTES.requester, undefined, true);
  const senderBankName = optionalName(0, L.bankName, s.bankName);
  const senderBranchName = optionalName(0, L.branchName, s.branchName);

  // ── rows ──
  const dataValues: { row: number; values: DataValues }[] = [];
  const clearingHouse = o.clearingHouse === "spaces" ? "" : "0000";
  const rowOf = (i: number) => input.rows[i].sourceRow ?? i + 1;
  input.rows.forEach((r, i) => {
    const row = rowOf(i);
    const id = r.employeeId;
    for (const n of r.notes ?? []) add(row, n.field, n.value, n.message, n.severity, id);
    if (r.skip) {
      add(row, "振込金額", groupDigits(r.amount), r.skip, "warning", id);
      return;
    }
    if ((r.notes ?? []).some((n) => n.severity === "error")) return;
    const a = r.account;
    if (!a) {
      add(row, "振込先口座", "", "振込先口座が登録されていません。従業員マスタの振込先（銀行・支店・預金種目・口座番号・口座名義カナ）を入力してください。", "error", id);
      return;
    }
    const before = problems.length;
    const checks: [string, string, string | undefined][] = [
      ["被仕向銀行番号", a.bankCode, checkCode(a.bankCode, 4)],
      ["被仕向支店番号", a.branchCode, checkCode(a.branchCode, 3)],
      ["預金種目", a.accountType, checkAccountType(a.accountType, PAYEE_ACCOUNT_TYPES)],
      ["口座番号", a.accountNumber, checkAccountNumber(a.accountNumber)],
      ["振込金額", String(r.amount), checkAmount(r.amount)],
      ["顧客コード1", r.customerCode1 ?? "", checkCustomerCode(r.customerCode1 ?? "")],
      ["顧客コード2", r.customerCode2 ?? "", checkCustomerCode(r.customerCode2 ?? "")],
    ];
    for (const [field, value, message] of checks) if (message) add(row, field, value, message, "error", id);
    const payeeName = name(row, "受取人名", a.holderName, NAME_BYTES.payee, id, true);
    const bankName = optionalName(row, "被仕向銀行名", a.bankName, id);
    const branchName = optionalName(row, "被仕向支店名", a.branchName, id);
    if (hasErrors(problems.slice(before)) || payeeName === undefined) return;
    dataValues.push({
      row,
      values: {
        bankCode: a.bankCode,
        bankName,
        branchCode: a.branchCode,
        branchName,
        clearingHouse,
        accountType: a.accountType,
        accountNumber: a.accountNumber,
        payeeName,
        amount: r.amount,
        newCode: "0",
        customerCode1: r.customerCode1,
        customerCode2: r.customerCode2,
        transferCategory: o.transferCategory ?? "7",
      },
    });
  });

  // The same account twice is usually a copy-paste mistake (issue 6: no payee twice by mistake).
  const keys = input.rows.map((r) => (r.skip || !r.account ? undefined : r.account));
  for (const [i, first] of duplicatePayees(keys)) {
    const a = input.rows[i].account!;
    add(rowOf(i), "振込先口座", `${a.bankCode}-${a.branchCode}-${a.accountType}-${a.accountNumber}`, `${rowOf(first - 1)}行目と同じ口座です。二重の振込でないか確認してください。`, "warning", input.rows[i].employeeId);
  }

  const count = dataValues.length;
  const total = dataValues.reduce((t, d) => t + d.values.amount, 0);
  if (input.rows.length === 0 || (count === 0 && !hasErrors(problems))) add(0, "振込データ", "0件", "振り込む行が1件もありません。");
  if (count > maxOfDigits(6)) add(0, "合計件数", String(count), `1ファイル${groupDigits(maxOfDigits(6))}件までです。分けて作成してください。`);
  if (total > maxOfDigits(12)) add(0, "合計金額", groupDigits(total), `1ファイル${groupDigits(maxOfDigits(12))}円までです。分けて作成してください。`);

  if (hasErrors(problems) || payDay === undefined || requesterName === undefined) {
    return { bytes: new Uint8Array(0), records: [], nameChanges, problems, count: 0, total: 0 };
  }
  const records: ZenginRecord[] = [
    {
      kind: "header",
      text: headerRecord({
        type: input.type,
        requesterCode: s.requesterCode,
        requesterName,
        transferDate: mmdd(payDay),
        bankCode: s.bankCode,
        bankName: senderBankName,
        branchCode: s.branchCode,
        branchName: senderBranchName,
        accountType: s.accountType,
        accountNumber: s.accountNumber,
      }),
    },
    ...dataValues.map((d) => ({ kind: "data" as const, text: dataRecord(input.type, d.values), row: d.row })),
    { kind: "trailer", text: trailerRecord(count, total) },
    { kind: "end", text: endRecord() },
  ];
  return { bytes: frameRecords(records.map((r) => r.text), o), records, nameChanges, problems, count, total };
}
