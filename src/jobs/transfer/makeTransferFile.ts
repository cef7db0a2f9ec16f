/**
 * The 全銀協規定形式 transfer file of a pay run: each employee's net pay into the accounts the master names
 * (transfersFromPayroll), the rows that could not be paired listed beside them, the run's decisions on the
 * rows (numbering, people left out), bank names filled and codes checked, then the file with its problems.
 * Nothing is dropped: a row is paid, listed as not paid with the reason, or an error.
 */
import type { Employee } from "../../calc/payroll/employee";
import type { ZenginType } from "../../zengin/layout";
import type { ZenginSender } from "../../zengin/sender";
import type { ZenginProblem } from "../../zengin/problems";
import { buildZenginFile, ZenginBuildResult, ZenginOptions } from "../../zengin/build";
import { TransferRow, transfersFromPayroll } from "../../zengin/transfers";
import { applyBankNames, BankDirectory, checkSenderBank } from "../../zengin/bankNames";

/** Given the rows, the rows with bank names filled (or codes checked) and what was found. */
export type DecorateRows = (rows: TransferRow[]) => { rows: TransferRow[]; problems: ZenginProblem[] };

export interface TransferFileInput {
  sender: ZenginSender;
  type: ZenginType;
  /** 振込指定日 (ISO YYYY-MM-DD). */
  payDate: string;
  options?: ZenginOptions;
  items: ReadonlyArray<{ employee: Employee; net: number }>;
  /** Rows that could not be paired with the master (shown as errors, never dropped). */
  orphans?: readonly TransferRow[];
  /** Pay the fixed amount to the second account; absent: as the master says. */
  useSecondAccount?: boolean;
  /** The run's decisions on the rows before names are looked up: the master's rows, the people left out. */
  arrange?: (rows: TransferRow[]) => TransferRow[];
  decorate?: DecorateRows;
}

export interface TransferFile {
  rows: TransferRow[];
  result: ZenginBuildResult;
  /** What decorate found (unknown bank codes, names that differ): warnings beside the file's own problems. */
  hints: ZenginProblem[];
}

export function makeTransferFile(a: TransferFileInput): TransferFile {
  const options = a.useSecondAccount === undefined ? {} : { useSecondAccount: a.useSecondAccount };
  const paired = [...transfersFromPayroll(a.items, options), ...(a.orphans ?? [])];
  let rows = a.arrange ? a.arrange(paired) : paired;
  let hints: ZenginProblem[] = [];
  if (a.decorate) {
    const decorated = a.decorate(rows);
    rows = decorated.rows;
    hints = decorated.problems;
  }
  const result = buildZenginFile({ sender: a.sender, type: a.type, payDate: a.payDate, rows, options: a.options });
  return { rows, result, hints };
}

/** Bank and branch names filled from the 全銀 code table, and the sender's own bank checked against it. */
export function fillBankNames(directory: BankDirectory, sender: ZenginSender): DecorateRows {
  return (rows) => {
    const named = applyBankNames(directory, rows, { fill: true });
    return { rows: named.rows, problems: [...checkSenderBank(directory, sender), ...named.problems] };
  };
}
