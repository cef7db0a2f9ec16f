/**
 * What a ledger cell shows. A figure the results file gave (a blank cell of a column it has is 0); 「不明」 when
 * the file has no such column (a vendor export without the item); 「データなし」 for a month no file covered.
 * A missing month is never shown as 0: the ledger must not claim that nothing was paid.
 */
import type { ItemAmount, PreviousResultsField } from "../../calc/records/previousResults";
import type { VariableItem } from "../../calc/records/variables";
import type { LedgerPayment } from "./payments";

export type LedgerCell = number | string | null;

export const DATA_MISSING = "データなし";
export const UNKNOWN = "不明";
/** 労働日数・労働時間数 left blank in a file that has the column (Sonae writes them only for 日給・時給). */
export const NOT_ENTERED = "未入力";

type AmountField = "gross" | "health" | "care" | "childSupport" | "pension" | "employment" | "socialInsurance" | "taxable" | "incomeTax" | "residentTax" | "net";

/** An amount of the payroll line (総支給額, 所得税 …), or undefined when the file has no such column. */
export function amountOf(p: LedgerPayment, key: AmountField): number | undefined {
  const v = p.result[key];
  if (v !== undefined) return v;
  return p.columns.has(key) ? 0 : undefined;
}

/** A variable of the month (hours, days, 臨時の手当). */
export function variableOf(p: LedgerPayment, key: VariableItem): number | undefined {
  const v = p.result.variables[key];
  if (v !== undefined) return v;
  return p.columns.has(key) ? 0 : undefined;
}

/**
 * 労働日数 or 労働時間数: a blank cell is not 0 days worked but a figure nobody entered (a 月給 person's 出勤日数 is
 * not needed for the pay), so it shows as 「未入力」.
 */
export function workedOf(p: LedgerPayment, key: "workDays" | "workHours"): number | string | undefined {
  const v = p.result.variables[key];
  if (v !== undefined) return v;
  return p.columns.has(key) ? NOT_ENTERED : undefined;
}

/** The amount of one kind of wage. */
export function itemOf(p: LedgerPayment, key: ItemAmount): number | undefined {
  return p.result.items?.[key] ?? (p.columns.has(key as PreviousResultsField) ? 0 : undefined);
}

/** 社会保険料等の控除額: the file's total, else the sum of the premiums when it has each of them. */
export function socialInsuranceOf(p: LedgerPayment): number | undefined {
  const total = amountOf(p, "socialInsurance");
  if (total !== undefined && p.columns.has("socialInsurance")) return total;
  const parts = (["health", "care", "childSupport", "pension", "employment"] as const).map((k) => amountOf(p, k));
  return parts.every((v) => v !== undefined) ? parts.reduce((s: number, v) => s + v!, 0) : total;
}

/**
 * 社会保険料等控除後の給与等の金額 (課税対象額): the file's; for a 賞与 without it, 総支給額 − 社会保険料 (a bonus
 * has no 非課税 part). A 給与 without it stays unknown: the 非課税 part of its 通勤手当 is not in the file.
 */
export function taxableOf(p: LedgerPayment): number | undefined {
  const taxable = amountOf(p, "taxable");
  if (taxable !== undefined || p.kind !== "賞与") return taxable;
  const gross = amountOf(p, "gross");
  const social = socialInsuranceOf(p);
  return gross === undefined || social === undefined ? undefined : Math.max(0, gross - social);
}

export function cell(v: number | undefined): LedgerCell {
  return v === undefined ? UNKNOWN : v;
}
