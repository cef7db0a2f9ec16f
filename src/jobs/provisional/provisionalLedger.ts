/**
 * The ledger of a provisional month (仮払い台帳): one row per employee with the amount paid provisionally, in
 * the results format (社員番号・氏名・種別・支給日・差引支給額), flagged 「仮払い（前月同額）」 in 備考, so that it
 * reads back through the results import for the settlement (`sonae settle --provisional`).
 */
import { csvText } from "../../import/csvText";
import type { Employee } from "../../calc/payroll/employee";
import { employeeIdKey } from "../../calc/records/employeeIdKey";
import { PreviousResult, RESULT_AMOUNTS } from "../../calc/records/previousResults";
import type { ProvisionalPayee } from "../../zengin/provisional";
import { payeeKey } from "../../zengin/validate";

export const PROVISIONAL_NOTE = "仮払い（前月同額）";
export const LEDGER_HEADERS = ["社員番号", "氏名", "種別", "支給日", "差引支給額", "備考"] as const;

export interface LedgerRow {
  /** "" when neither the file's 顧客コード1 nor the master tells it: the clerk fills it before the settlement. */
  employeeId: string;
  name: string;
  payDate: string;
  net: number;
  /** The file's records (1-based) this row adds up, for messages. */
  records: number[];
}

/**
 * The 社員番号 of a payee: the master's id with the same number as 顧客コード1 (the file keeps no leading zeros
 * of "0001"), else the master's employee paid into that account, else 顧客コード1 as it is.
 */
export function employeeIdOf(payee: ProvisionalPayee, master: readonly Employee[] | undefined): string {
  if (master && payee.employeeNumber !== undefined) {
    const byNumber = master.find((e) => employeeIdKey(e.id) === payee.employeeNumber);
    if (byNumber) return byNumber.id;
  }
  const key = payeeKey(payee);
  const byAccount = master?.find((e) => [e.bank, e.bank2].some((b) => b !== undefined && payeeKey(b) === key));
  return byAccount?.id ?? payee.employeeNumber ?? "";
}

/** One row per employee (two accounts of one person add up); payees without a 社員番号 keep a row each. */
export function ledgerRows(payees: readonly ProvisionalPayee[], payDate: string, master?: readonly Employee[]): LedgerRow[] {
  const rows: LedgerRow[] = [];
  const byId = new Map<string, LedgerRow>();
  for (const p of payees) {
    if (p.change === "leftOut") continue;
    const employeeId = employeeIdOf(p, master);
    const known = employeeId === "" ? undefined : byId.get(employeeId);
    if (known) {
      known.net += p.amount;
      known.records.push(p.record);
      continue;
    }
    const name = master?.find((e) => e.id === employeeId)?.name ?? p.payeeName;
    const row: LedgerRow = { employeeId, name, payDate, net: p.amount, records: [p.record] };
    rows.push(row);
    if (employeeId !== "") byId.set(employeeId, row);
  }
  return rows;
}

/** The ledger as CSV (UTF-8 with BOM, CRLF, as Excel saves 「CSV UTF-8」). */
export function ledgerCsv(rows: readonly LedgerRow[]): string {
  return csvText([[...LEDGER_HEADERS], ...rows.map((r) => [r.employeeId, r.name, "給与", r.payDate, String(r.net), PROVISIONAL_NOTE])]);
}

/**
 * The ledger of a month paid 前月同額 from the system's last results: each employee's last 差引支給額 with the
 * amounts behind it (総支給額, premiums, taxes), so that the settlement compares item by item.
 */
export function resultsLedgerCsv(results: readonly PreviousResult[], payDate: string, nameOf: (id: string) => string): string {
  const amounts = RESULT_AMOUNTS.filter((f) => f.key !== "net" && results.some((r) => r[f.key] !== undefined));
  const header = ["社員番号", "氏名", "種別", "支給日", ...amounts.map((f) => f.header), "差引支給額", "備考"];
  const lines = results.map((r) => [r.employeeId, nameOf(r.employeeId), "給与", payDate, ...amounts.map((f) => r[f.key]), r.net, PROVISIONAL_NOTE]);
  return csvText([header, ...lines]);
}
