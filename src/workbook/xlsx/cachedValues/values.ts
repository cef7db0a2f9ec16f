/**
 * The values a plan's cells take once computed: the plan's own values, and the results of formulas —
 * including Excel's error values, with the Japanese message of a SONAE.* failure when there is one.
 */
import { PlanValue } from "../../types";

/** An error value of a cell, with the Japanese message of a SONAE.* failure when there is one. */
export interface CellError {
  error: string;
  message?: string;
}

export type EvaluatedValue = PlanValue | CellError;

export function isCellError(v: unknown): v is CellError {
  return typeof v === "object" && v !== null && "error" in v && !Array.isArray(v);
}

/** What the .xlsx writer and the rebuild check read: the value of one cell (zero-based row and column). */
export interface PlanValues {
  value(sheet: string, row: number, col: number): EvaluatedValue;
  /** The writer is done with a sheet: its computed values may be forgotten unless another sheet still needs them. */
  release?(sheet: string): void;
}
