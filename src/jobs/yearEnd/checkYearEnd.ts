/**
 * 年末調整の検算 of a staff list: each row computed with the same core as the YE_* formulas, its 年調年税額
 * and 過不足 (還付 / 徴収), and the difference from the payroll system's own figures. A bad row keeps its
 * problems and is counted as an error, never dropped; an employee above the 所得税法第190条 limit is 対象外.
 */
import { CalcError } from "../../calc/vocabulary/errors";
import { yearEndAdjustment } from "../../calc/yearEnd/yearEndAdjustment";
import type { YearEndResult } from "../../calc/yearEnd/types";
import { RowError, StaffRow, toInput } from "../../import/nenchoStaff";

export type YearEndStatus = "match" | "difference" | "checked" | "outOfScope" | "error";

export interface YearEndOutcome {
  row: number;
  id: string;
  name: string;
  year: number;
  status: YearEndStatus;
  result?: YearEndResult;
  /** 還付 (源泉徴収済額が多い) / 徴収 (不足) / なし. */
  settlement?: "還付" | "徴収" | "なし";
  system?: { annualTax?: number; balance?: number };
  /** Sonae − システム. */
  difference?: { annualTax?: number; balance?: number };
  errors: RowError[];
  notes: string[];
}

export interface YearEndCheck {
  outcomes: YearEndOutcome[];
  counts: Record<YearEndStatus, number>;
}

export function checkStaffRow(staff: StaffRow, year: number): YearEndOutcome {
  const { row: rowNo, errors, fields } = staff;
  const base = { row: rowNo, id: staff.id, name: staff.name, year, errors, notes: [] as string[] };
  if (errors.length > 0) return { ...base, status: "error" };
  let result: YearEndResult;
  try {
    result = yearEndAdjustment(toInput(fields, year));
  } catch (e) {
    if (!(e instanceof CalcError)) throw e;
    const outOfScope = e.code === "#N/A" && /年末調整の対象外/.test(e.message);
    if (outOfScope) return { ...base, status: "outOfScope", notes: [e.message] };
    return { ...base, status: "error", errors: [{ row: rowNo, column: "（計算）", message: e.message }] };
  }
  const system = { annualTax: fields.systemAnnualTax, balance: fields.systemBalance };
  const difference = {
    annualTax: system.annualTax === undefined ? undefined : result.annualTax - system.annualTax,
    balance: system.balance === undefined ? undefined : result.balance - system.balance,
  };
  const given = system.annualTax !== undefined || system.balance !== undefined;
  const differs = (difference.annualTax ?? 0) !== 0 || (difference.balance ?? 0) !== 0;
  return {
    ...base,
    status: !given ? "checked" : differs ? "difference" : "match",
    result,
    settlement: result.balance > 0 ? "還付" : result.balance < 0 ? "徴収" : "なし",
    system,
    difference,
    notes: result.notes,
  };
}

/** Every row in file order, with how many ended in each status. */
export function checkYearEnd(a: { rows: readonly StaffRow[]; year: number; onProgress?: (done: number, total: number) => void }): YearEndCheck {
  const counts: Record<YearEndStatus, number> = { match: 0, difference: 0, checked: 0, outOfScope: 0, error: 0 };
  const outcomes = a.rows.map((staff, i) => {
    a.onProgress?.(i, a.rows.length);
    const outcome = checkStaffRow(staff, a.year);
    counts[outcome.status]++;
    return outcome;
  });
  return { outcomes, counts };
}
