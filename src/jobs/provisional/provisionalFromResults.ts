/**
 * 仮払い（前月同額） when there is no bank file to pay again: each employee's 差引支給額 of the system's last
 * results, paid into the accounts the master names. Shared by `sonae zengin --from-results` and the pane, so
 * that both write the same 全銀 file for the same results, master and 依頼人.
 */
import type { Employee } from "../../calc/payroll/employee";
import type { PreviousResult } from "../../calc/records/previousResults";
import type { BankDirectory } from "../../zengin/bankNames";
import type { ZenginSender } from "../../zengin/sender";
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
