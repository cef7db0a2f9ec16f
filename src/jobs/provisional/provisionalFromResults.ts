/**
 * 仮払い（前月同額） when there is no bank file to pay again: each employee's 差引支給額 of the system's last
 * results, paid into the accounts the master names. Shared by `sonae zengin --from-results` and the pane, so
 * that both write the same 全銀 file for the same results, master and 依頼人.
 */
import type { Employee } from "../../calc/payroll/employee";
import type { PreviousResult } from "../../calc/records/previousResults";
import type { BankDirectory } from "../../zengin/bankNames";
import type { ZenginSender } from "../../zengin/sender";
import type { PayeeChange } from "../../zengin/provisional";
import { payrollItems } from "../../zengin/transfers";
import { latestSalaryResults } from "../results/latestSalaryResults";
import { fillBankNames, makeTransferFile, type TransferFile } from "../transfer/makeTransferFile";

export interface PaidFromResults {
  /** One 給与 per employee, the latest, with a 差引支給額 above zero. */
  paid: PreviousResult[];
  /** File rows whose 差引支給額 is blank: not paid, and said. */
  blankNetRows: number[];
}

/**
 * 前月同額 is last month's 給与: a file that holds a year (or 賞与 rows) pays each person's latest 給与 once;
 * a row with no 差引支給額 pays nothing rather than a guess.
 */
export function paidFromResults(results: readonly PreviousResult[], rows: readonly number[]): PaidFromResults {
  const blankNetRows = results.flatMap((x, i) => (x.net === undefined ? [rows[i]] : []));
  return { paid: latestSalaryResults(results).filter((x) => (x.net ?? 0) > 0), blankNetRows };
}

/** A change the results cannot take: its row and why. */
export interface ResultChangeProblem {
  row: number;
  employeeNumber: string;
  message: string;
}

/**
 * The clerk's changes applied to the paid results by 社員番号 (the results name no accounts): a new 差引支給額
 * (its items then no longer describe it and are dropped) or the person left out. Any problem means the changes
 * must be fixed first: paying without them would be wrong.
 */
export function applyResultChanges(paid: readonly PreviousResult[], changes: readonly PayeeChange[]): { paid: PreviousResult[]; problems: ResultChangeProblem[] } {
  const byId = new Map(paid.map((r) => [r.employeeId, r]));
  const left = new Set<string>();
  const problems: ResultChangeProblem[] = [];
  for (const c of changes) {
    const target = c.employeeNumber === undefined ? undefined : byId.get(c.employeeNumber);
    if (!target) {
      const message = c.employeeNumber === undefined ? "前月の結果から払うときは社員番号で指定してください（結果には口座がありません）。" : "前月の結果にこの社員番号がありません。";
      problems.push({ row: c.row, employeeNumber: c.employeeNumber ?? "", message });
    } else if (c.leaveOut || c.amount === 0) left.add(target.employeeId);
    else if (c.amount !== undefined) byId.set(target.employeeId, { employeeId: target.employeeId, variables: target.variables, net: c.amount });
  }
  return { paid: paid.map((r) => byId.get(r.employeeId)!).filter((r) => !left.has(r.employeeId)), problems };
}

/** The 給与振込 (種別 11) of the results' amounts: CRLF between records, no EOF, bank names from the code table. */
export function transferFromResults(a: { employees: readonly Employee[]; paid: readonly PreviousResult[]; sender: ZenginSender; payDate: string; directory?: BankDirectory }): TransferFile {
  const { items, orphans } = payrollItems(a.employees, a.paid.map((r) => ({ employeeId: r.employeeId, net: r.net! })));
  return makeTransferFile({
    sender: a.sender,
    type: "11",
    payDate: a.payDate,
    options: { lineBreak: "crlf", eof: false },
    items,
    orphans,
    decorate: a.directory && fillBankNames(a.directory, a.sender),
  });
}
