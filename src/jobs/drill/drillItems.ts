/**
 * The items the monthly drill compares, in the order of a payslip: what the payroll system's results and
 * Sonae's month both say of each employee. Only the items the results file has are compared.
 */
import { RESULT_AMOUNTS, type PreviousResult } from "../../calc/records/previousResults";

export type DrillItem = "gross" | "health" | "care" | "childSupport" | "pension" | "employment" | "incomeTax" | "residentTax" | "net";

export const DRILL_ITEMS: readonly DrillItem[] = ["gross", "health", "care", "childSupport", "pension", "employment", "incomeTax", "residentTax", "net"];

/** The 社会保険料 items, deducted by 標準報酬月額 and the premium month. */
export const PREMIUM_ITEMS: readonly DrillItem[] = ["health", "care", "childSupport", "pension"];

const LABELS = new Map(RESULT_AMOUNTS.map((f) => [f.key as string, f.header]));

/** 総支給額, 健康保険 … as the results file's template names the column. */
export function drillItemLabel(item: DrillItem): string {
  return LABELS.get(item) ?? item;
}

/** The items of DRILL_ITEMS that at least one results row has: a file without 住民税 is not compared on it. */
export function itemsInResults(results: readonly PreviousResult[]): DrillItem[] {
  return DRILL_ITEMS.filter((item) => results.some((r) => r[item] !== undefined));
}
