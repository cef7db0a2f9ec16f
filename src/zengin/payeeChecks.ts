import { DataValues } from "./records";
import { TransferRow } from "./transfers";
import { PAYEE_ACCOUNT_TYPES, checkAccountNumber, checkAccountType, checkAmount, checkCode, checkCustomerCode, duplicatePayees, groupDigits } from "./validate";
import { FileChecks, NAME_BYTES } from "./fileChecks";

/** The data record's values that depend on the options, not on the row. */
export interface DataRecordDefaults {
  /** 手形交換所番号: "0000" or "" for spaces. */
  clearingHouse: string;
  transferCategory: string;
}

/** A row's data record, with the row problems number it by. */
export interface CheckedPayee {
  row: number;
  values: DataValues;
}

/**
 * One transfer row checked for its data record: the row's own notes, a skipped row listed, then every field
 * of the account and the amount. Undefined when the row is not written (skipped, or any error).
 */
export function checkPayee(transfer: TransferRow, row: number, defaults: DataRecordDefaults, checks: FileChecks): CheckedPayee | undefined {
  const id = transfer.employeeId;
  const notes = transfer.notes ?? [];
  for (const note of notes) checks.add(row, note.field, note.value, note.message, note.severity, id);
  if (transfer.skip) {
    checks.add(row, "振込金額", groupDigits(transfer.amount), transfer.skip, "warning", id);
    return undefined;
  }
  if (notes.some((note) => note.severity === "error")) return undefined;
  const account = transfer.account;
  if (!account) {
    checks.add(row, "振込先口座", "", "振込先口座が登録されていません。従業員マスタの振込先（銀行・支店・預金種目・口座番号・口座名義カナ）を入力してください。", "error", id);
    return undefined;
  }
  const mark = checks.mark();
  const fieldChecks: [field: string, value: string, message: string | undefined][] = [
    ["被仕向銀行番号", account.bankCode, checkCode(account.bankCode, 4)],
    ["被仕向支店番号", account.branchCode, checkCode(account.branchCode, 3)],
    ["預金種目", account.accountType, checkAccountType(account.accountType, PAYEE_ACCOUNT_TYPES)],
    ["口座番号", account.accountNumber, checkAccountNumber(account.accountNumber)],
    ["振込金額", String(transfer.amount), checkAmount(transfer.amount)],
    ["顧客コード1", transfer.customerCode1 ?? "", checkCustomerCode(transfer.customerCode1 ?? "")],
    ["顧客コード2", transfer.customerCode2 ?? "", checkCustomerCode(transfer.customerCode2 ?? "")],
  ];
  for (const [field, value, message] of fieldChecks) if (message) checks.add(row, field, value, message, "error", id);
  const payeeName = checks.kanaName(row, "受取人名", account.holderName, NAME_BYTES.payee, id, true);
  const bankName = checks.optionalBankName(row, "被仕向銀行名", account.bankName, id);
  const branchName = checks.optionalBankName(row, "被仕向支店名", account.branchName, id);
  if (checks.hasErrors(mark) || payeeName === undefined) return undefined;
  return {
    row,
    values: {
      bankCode: account.bankCode,
      bankName,
      branchCode: account.branchCode,
      branchName,
      clearingHouse: defaults.clearingHouse,
      accountType: account.accountType,
      accountNumber: account.accountNumber,
      payeeName,
      amount: transfer.amount,
      newCode: "0",
      customerCode1: transfer.customerCode1,
      customerCode2: transfer.customerCode2,
      transferCategory: defaults.transferCategory,
    },
  };
}

/** The same account twice is usually a copy-paste mistake: a warning on the second, naming the first. */
export function warnSamePayeeTwice(rows: readonly TransferRow[], rowNumber: (index: number) => number, checks: FileChecks): void {
  const accounts = rows.map((transfer) => (transfer.skip || !transfer.account ? undefined : transfer.account));
  for (const [index, first] of duplicatePayees(accounts)) {
    const account = rows[index].account!;
    const value = `${account.bankCode}-${account.branchCode}-${account.accountType}-${account.accountNumber}`;
    checks.add(rowNumber(index), "振込先口座", value, `${rowNumber(first - 1)}行目と同じ口座です。二重の振込でないか確認してください。`, "warning", rows[index].employeeId);
  }
}
