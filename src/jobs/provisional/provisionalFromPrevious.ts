/**
 * 仮払い（前月同額）from last month's bank file, as one use case: this month's transfer file (same payees,
 * accounts and amounts, the clerk's changes, the new 振込指定日 with the bank-holiday check) and the ledger of
 * what was paid provisionally, for the settlement once the true month is known.
 */
import type { Employee } from "../../calc/payroll/employee";
import { isoOf, readIsoDay } from "../../calc/dates/calendar";
import { PayeeChange, provisionalTransferFile, ProvisionalTransfer } from "../../zengin/provisional";
import type { ZenginProblem } from "../../zengin/problems";
import { LedgerRow, ledgerRows } from "./provisionalLedger";

export interface ProvisionalMonth {
  transfer: ProvisionalTransfer;
  ledger: LedgerRow[];
  /** Ledger rows without a 社員番号: warnings, since the settlement matches by 社員番号. */
  problems: ZenginProblem[];
}

export function provisionalFromPrevious(a: { previous: Uint8Array; payDate: string; changes?: readonly PayeeChange[]; master?: readonly Employee[] }): ProvisionalMonth {
  const day = readIsoDay(a.payDate);
  if (day === undefined) throw new RangeError(`支給日「${a.payDate}」は YYYY-MM-DD の日付ではありません。`);
  const transfer = provisionalTransferFile({ previous: a.previous, transferDate: day, changes: a.changes });
  const ledger = ledgerRows(transfer.payees, isoOf(day), a.master);
  const problems = [...transfer.problems];
  for (const row of ledger.filter((r) => r.employeeId === "")) {
    problems.push({
      row: row.records[0], field: "社員番号（顧客コード1）", value: row.name, severity: "warning",
      message: "振込ファイルに社員番号がなく、従業員マスタ（--master）の口座とも一致しません。精算の前に仮払い台帳の社員番号を記入してください。",
    });
  }
  return { transfer, ledger, problems };
}
