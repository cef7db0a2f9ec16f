/**
 * From payroll results to transfer rows: who is paid how much into which account.
 *
 * Net pay (差引支給額) goes to the employee's 振込先. When the master has a second account with a fixed
 * amount (Employee.bank2.fixedAmount), that amount goes there and the rest to the first account, as the
 * master says. Nobody is dropped silently: an employee without an account is listed as 振込先なし with the
 * reason (paid in cash or by a transfer of its own, so that everyone else can still be paid), one with 0円
 * as not paid.
 */
import type { BankAccount, Employee } from "../calc/payroll/employee";
import type { PayrollLine } from "../calc/payroll/types";
import type { Severity } from "./problems";
import { groupDigits } from "./validate";

/** The account a row pays into, as the file needs it. */
export interface PayeeAccount {
  bankCode: string;
  /** Names are optional in the file; bankNames.ts can fill them from the 全銀 code table. */
  bankName?: string;
  branchCode: string;
  branchName?: string;
  /** 1 普通, 2 当座, 4 貯蓄 */
  accountType: string;
  accountNumber: string;
  /** 受取人名 as entered (口座名義カナ); converted to the bank set when the file is built. */
  holderName: string;
}

/** Something the transfer step found about a row; build.ts lists it with the row number. */
export interface RowNote {
  severity: Severity;
  field: string;
  value: string;
  message: string;
}

export interface TransferRow {
  /** The row messages name (the master file's row of the employee); the list's own 1-based position when absent. */
  sourceRow?: number;
  /** 社員番号 when the row comes from an employee. */
  employeeId?: string;
  /** 氏名, for the review list. */
  name?: string;
  /** Which of the employee's accounts: 1 (振込先) or 2 (第2振込先). */
  slot?: 1 | 2;
  /** Undefined: the employee has no account; the row is listed (skip says why) or is an error, never dropped. */
  account?: PayeeAccount;
  amount: number;
  /** 顧客コード1/2: 社員番号 and 所属コード for 給与・賞与振込 (digits only, up to 10; blank otherwise). */
  customerCode1?: string;
  customerCode2?: string;
  /** Listed but not paid, with the reason (差引支給額 0円). */
  skip?: string;
  notes?: RowNote[];
}

export interface TransferOptions {
  /** Pay the fixed amount to the second account (default true). A bonus run may turn it off. */
  useSecondAccount?: boolean;
}

const CUSTOMER_CODE = /^\d{1,10}$/;

function payee(a: BankAccount, holderName: string): PayeeAccount {
  return {
    bankCode: a.bankCode,
    branchCode: a.branchCode,
    accountType: a.accountType,
    accountNumber: a.accountNumber,
    holderName,
  };
}

/** 受取人名: the account's 口座名義カナ; if blank, the employee's 氏名カナ with a note to confirm. */
function holderOf(e: Employee, a: BankAccount, notes: RowNote[]): string {
  if (a.holderKana && a.holderKana.trim() !== "") return a.holderKana;
  if (e.nameKana && e.nameKana.trim() !== "") {
    notes.push({ severity: "warning", field: "受取人名", value: e.nameKana, message: "口座名義カナが空欄のため氏名カナを使います。通帳の名義と同じか確認してください。" });
    return e.nameKana;
  }
  return "";
}

/** 社員番号 and 所属コード for the customer-code fields (N10); anything else leaves them blank. */
function customerCodes(e: Employee, notes: RowNote[]): { customerCode1?: string; customerCode2?: string } {
  const id = e.id.trim();
  if (!CUSTOMER_CODE.test(id)) {
    notes.push({ severity: "warning", field: "社員番号（顧客コード1）", value: e.id, message: "数字10桁以内でないため、顧客コード1は空欄にします。" });
  }
  const dept = (e.department ?? "").trim();
  return { customerCode1: CUSTOMER_CODE.test(id) ? id : undefined, customerCode2: CUSTOMER_CODE.test(dept) ? dept : undefined };
}

/** Why a payee without an account is not in the file: paid in cash or by a transfer of its own. */
export const NO_ACCOUNT = "振込先なし: 口座が登録されていないため、このファイルには入れません（現金支給か別の振込で支払ってください）。";

/** The reason listed for an employee paid without a transfer, naming the master's problem when there was one. */
function noAccountReason(e: Pick<Employee, "bankProblem">): string {
  if (!e.bankProblem) return NO_ACCOUNT;
  return `振込先なし: 従業員マスタの振込先に不備があるため、このファイルには入れません（${e.bankProblem}）。現金支給か別の振込で支払ってください。`;
}

/**
 * One employee's net pay → one or two rows.
 * @example transferRows({ employee, net: 250_000 }) // bank2.fixedAmount 30,000 → [first 220,000, second 30,000]
 */
export function transferRows(item: { employee: Employee; net: number }, options: TransferOptions = {}): TransferRow[] {
  const e = item.employee;
  const notes: RowNote[] = [];
  const base = { employeeId: e.id, name: e.name, ...customerCodes(e, notes) };
  const net = item.net;
  if (!Number.isInteger(net) || net < 0) {
    notes.push({ severity: "error", field: "差引支給額", value: String(net), message: "0以上の整数（円）でないため振り込めません。給与計算を確認してください。" });
    return [{ ...base, slot: 1, account: e.bank && payee(e.bank, holderOf(e, e.bank, [])), amount: net, notes }];
  }
  if (net === 0) return [{ ...base, amount: 0, skip: "差引支給額が0円のため振り込みません。", notes }];
  if (!e.bank) return [{ ...base, slot: 1, amount: net, notes, skip: noAccountReason(e) }];
  const first = payee(e.bank, holderOf(e, e.bank, notes));
  const second = e.bank2;
  if (!second || options.useSecondAccount === false || second.fixedAmount === 0) return [{ ...base, slot: 1, account: first, amount: net, notes }];
  const fixed = second.fixedAmount;
  if (!Number.isInteger(fixed) || fixed < 0) {
    notes.push({ severity: "error", field: "第2振込先の定額", value: String(fixed), message: "0以上の整数（円）で指定してください。" });
    return [{ ...base, slot: 1, account: first, amount: net, notes }];
  }
  if (net <= fixed) {
    notes.push({
      severity: "warning",
      field: "第2振込先の定額",
      value: String(fixed),
      message: `差引支給額 ${groupDigits(net)}円が第2振込先の定額以下のため、全額を第1振込先に振り込みます。`,
    });
    return [{ ...base, slot: 1, account: first, amount: net, notes }];
  }
  const secondNotes: RowNote[] = [];
  return [
    { ...base, slot: 1, account: first, amount: net - fixed, notes },
    { ...base, slot: 2, account: payee(second, holderOf(e, second, secondNotes)), amount: fixed, notes: secondNotes },
  ];
}

/** Every employee's rows, in the order given. */
export function transfersFromPayroll(items: ReadonlyArray<{ employee: Employee; net: number }>, options: TransferOptions = {}): TransferRow[] {
  return items.flatMap((item) => transferRows(item, options));
}

/**
 * Pair payroll lines with the master. A line whose 社員番号 is not in the master cannot be paid; it
 * becomes an error row rather than disappearing.
 */
export function payrollItems(employees: readonly Employee[], lines: readonly Pick<PayrollLine, "employeeId" | "net">[]): { items: { employee: Employee; net: number }[]; orphans: TransferRow[] } {
  const byId = new Map(employees.map((e) => [e.id, e]));
  const items: { employee: Employee; net: number }[] = [];
  const orphans: TransferRow[] = [];
  for (const line of lines) {
    const employee = byId.get(line.employeeId);
    if (employee) items.push({ employee, net: line.net });
    else {
      orphans.push({
        employeeId: line.employeeId,
        amount: line.net,
        notes: [{ severity: "error", field: "社員番号", value: line.employeeId, message: "給与計算結果の社員番号が従業員マスタにありません。" }],
      });
    }
  }
  return { items, orphans };
}
