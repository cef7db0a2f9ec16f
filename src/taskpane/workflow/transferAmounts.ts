/**
 * Where the 振込 amounts come from: the pane's own calculation of 差引支給額, or a computed sheet of the
 * workbook (給与計算・賞与計算) as Excel left it. An employee whose pay cannot be computed stays in the
 * list as an error row, never dropped.
 */
import type { Employee } from "../../calc/payroll/employee";
import { SHEET } from "../../workbook/layout";
import type { TransferRow } from "../../zengin/transfers";
import { AmountSource, amountsFromSheet, type TransferForm } from "./transfer";
import type { NetPay } from "./payrollNet";
import type { SheetAmounts, WizardState } from "./wizard";

export interface TransferAmounts {
  items: { employee: Employee; net: number }[];
  orphans: TransferRow[];
}

/** The sheet a source reads: 給与計算 or 賞与計算. */
export function sheetOfSource(source: Exclude<AmountSource, "computed">): string {
  return source === "payrollSheet" ? SHEET.payroll : SHEET.bonus;
}

export function missingSheet(sheetName: string): SheetAmounts {
  return { status: "failed", sheetName, message: `シート「${sheetName}」がありません。先に「ブック作成」でブックを作ってください。` };
}

/** A sheet's cells → its amounts, or why they cannot be used. */
export function sheetAmountsOf(read: { sheetName: string; cells: unknown[][]; firstRow: number }, sheetName: string, employees: readonly Employee[]): SheetAmounts {
  const found = amountsFromSheet({ ...read, employees });
  if (found.problem) return { status: "failed", sheetName, message: found.problem };
  return { status: "loaded", sheetName, items: found.items, orphans: found.orphans };
}

function computedAmounts(net: NetPay): TransferAmounts {
  const failed = net.failures.map((failure) => ({
    employeeId: failure.employeeId,
    name: failure.name,
    amount: 0,
    notes: [{ severity: "error" as const, field: "差引支給額", value: "", message: `給与を計算できません: ${failure.message}` }],
  }));
  return { items: net.items, orphans: failed };
}

/** The amounts of the chosen source, or undefined while they are not known. */
export function transferAmountsOf(state: Pick<WizardState, "amountSource" | "sheetAmounts">, net: NetPay | undefined): TransferAmounts | undefined {
  if (state.amountSource === "computed") return net ? computedAmounts(net) : undefined;
  return state.sheetAmounts.status === "loaded" ? { items: state.sheetAmounts.items, orphans: state.sheetAmounts.orphans } : undefined;
}

/**
 * Inside Excel a change of type moves the source with it: a 賞与振込 reads the 賞与計算 sheet, and a
 * 給与振込 no longer does. Undefined when the source stays.
 */
export function sourceForType(before: { transfer: TransferForm; amountSource: AmountSource }, type: TransferForm["type"], inExcel: boolean): AmountSource | undefined {
  if (type === before.transfer.type || !inExcel) return undefined;
  if (type === "12" && before.amountSource !== "bonusSheet") return "bonusSheet";
  if (type === "11" && before.amountSource === "bonusSheet") return "payrollSheet";
  return undefined;
}

/** Sentences about where the amounts come from (人数, how 差引支給額 was found, skipped employees). */
export function transferSourceNotes(state: WizardState, net: NetPay | undefined): string[] {
  if (state.amountSource === "computed") {
    if (!net) return [];
    return [`${net.items.length}人の差引支給額を、取り込んだマスタ・勤怠と設定から給与計算シートと同じ計算で求めました。`, ...net.skipped.map((skip) => skip.message)];
  }
  const sheet = state.sheetAmounts;
  if (sheet.status === "loading") return [`シート「${sheet.sheetName}」を読み込んでいます…`];
  if (sheet.status === "loaded") return [`シート「${sheet.sheetName}」の差引支給額（${sheet.items.length}人）を使います。シートを直したら「シートから読み直す」を押してください。`];
  return [];
}

/** Why the amounts cannot be used: a source that does not fit the type, or a sheet that could not be read. */
export function transferSourceError(state: WizardState, sourceProblem: string | undefined): string | undefined {
  return sourceProblem ?? (state.amountSource !== "computed" && state.sheetAmounts.status === "failed" ? state.sheetAmounts.message : undefined);
}
