/**
 * The settlement of a provisional month from results files: what was paid (the 仮払い ledger, or any results
 * file of that month), the true month (the recovered system's results, or Sonae's own payroll written as
 * results), and optionally next month's results before the settlement, to flag an overpayment it cannot absorb.
 * The adjustments become next month's 勤怠・変動 lines (see adjustmentsCsv for why those columns).
 */
import { csvText } from "../../import/csvText";
import type { MonthlyVariables } from "../../calc/payroll/employee";
import type { PreviousResult } from "../../calc/records/previousResults";
import { VARIABLE_FIELDS } from "../../calc/records/variables";
import { employeeIdKey } from "../../calc/records/employeeIdKey";
import { ActualPay, ProvisionalPayment, SETTLED_ITEM_LABELS, SettledItem, Settlement, settleProvisionalPay, SETTLEMENT_DEDUCTION, SETTLEMENT_PAY } from "../../calc/payroll/settleProvisionalPay";


function itemsOf(r: PreviousResult): Partial<Record<SettledItem, number>> | undefined {
  const items: Partial<Record<SettledItem, number>> = {};
  for (const item of Object.keys(SETTLED_ITEM_LABELS) as SettledItem[]) if (r[item] !== undefined) items[item] = r[item];
  return Object.keys(items).length > 0 ? items : undefined;
}

/** A results row as what one side of the settlement says; a row without 差引支給額 says nothing. */
function payOf(r: PreviousResult, idOf: (id: string) => string): (ProvisionalPayment & ActualPay) | undefined {
  if (r.net === undefined) return undefined;
  const items = itemsOf(r);
  return { employeeId: idOf(r.employeeId), net: r.net, ...(items ? { items } : {}) };
}

export interface SettlementInput {
  provisional: readonly PreviousResult[];
  actual: readonly PreviousResult[];
  /** Next month's results before the settlement; an employee absent from them has no next pay (0). */
  next?: readonly PreviousResult[];
}

/** Every employee of either side, named by the true month's 社員番号 where both have it. */
export function settleFromResults(a: SettlementInput): Settlement[] {
  const trueId = new Map(a.actual.map((r) => [employeeIdKey(r.employeeId), r.employeeId]));
  const idOf = (id: string) => trueId.get(employeeIdKey(id)) ?? id;
  const provisional = a.provisional.map((r) => payOf(r, idOf)).filter((p) => p !== undefined);
  const actual = a.actual.map((r) => payOf(r, idOf)).filter((p) => p !== undefined);
  let nextNet: Map<string, number> | undefined;
  if (a.next) {
    nextNet = new Map([...provisional, ...actual].map((p) => [p.employeeId, 0]));
    for (const r of a.next) if (r.net !== undefined) nextNet.set(idOf(r.employeeId), r.net);
  }
  return settleProvisionalPay({ provisional, actual, nextNet });
}

/** Results rows that have no 差引支給額: the settlement cannot use them, and says so. */
export function rowsWithoutNet(results: readonly PreviousResult[], rows: readonly number[]): number[] {
  return rows.filter((_, i) => results[i].net === undefined);
}

export const ADJUSTMENT_HEADERS = ["社員番号", SETTLEMENT_PAY, SETTLEMENT_DEDUCTION, "理由"] as const;

/** The 勤怠・変動 column a settlement goes into: 前月精算（支給） or 前月精算（控除）, named as the line. */
function settlementItem(s: Settlement): "settlementPay" | "settlementDeduction" {
  return s.adjustment?.label === SETTLEMENT_PAY ? "settlementPay" : "settlementDeduction";
}

/**
 * Next month's 勤怠・変動 lines (UTF-8 with BOM, CRLF): each difference in its own column, 「前月精算（支給）」 or
 * 「前月精算（控除）」, with the reason beside it. Those columns move the net pay alone (calc/payroll/settledNetPay):
 * the true month's results already hold that month's tax and premiums, so the difference must not be taxed or
 * charged again. 理由 is read by the import as 前月精算の理由 and printed in the payslip's 備考.
 */
export function adjustmentsCsv(settlements: readonly Settlement[]): string {
  const lines: string[][] = [[...ADJUSTMENT_HEADERS]];
  for (const s of settlements) {
    if (!s.adjustment) continue;
    const pay = settlementItem(s) === "settlementPay";
    const amount = String(s.adjustment.amount);
    lines.push([s.employeeId, pay ? amount : "", pay ? "" : amount, s.adjustment.reason]);
  }
  return csvText(lines);
}

/**
 * Next month's 勤怠・変動 with the settlement added: the clerk's file, each 前月精算 added to the person's column
 * of that name (people the file does not list get a row of their own), so that `sonae payroll` gets one
 * --variables file. 理由 says what was added.
 */
export function mergedVariablesCsv(variables: readonly MonthlyVariables[], settlements: readonly Settlement[]): string {
  const byId = new Map(settlements.filter((s) => s.adjustment).map((s) => [s.employeeId, s]));
  const rows = variables.map((v) => ({ ...v }));
  const listed = new Set(rows.map((v) => v.employeeId));
  for (const s of byId.values()) if (!listed.has(s.employeeId)) rows.push({ employeeId: s.employeeId });
  const lines: string[][] = [["社員番号", ...VARIABLE_FIELDS.map((f) => f.header), "理由"]];
  for (const v of rows) {
    const s = byId.get(v.employeeId);
    if (s?.adjustment) {
      const key = settlementItem(s);
      v[key] = (v[key] ?? 0) + s.adjustment.amount;
    }
    const values = VARIABLE_FIELDS.map((f) => (v[f.key] === undefined ? "" : String(v[f.key])));
    lines.push([v.employeeId, ...values, s?.adjustment?.reason ?? ""]);
  }
  return csvText(lines);
}
