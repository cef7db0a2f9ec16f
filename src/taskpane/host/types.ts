/**
 * Where the pane runs: inside Excel (the workbook is written into the open book, choices are remembered
 * in it) or in a plain browser without Excel (the workbook is downloaded as an .xlsx, nothing is stored
 * outside the tab). The controllers (hooks/useWizard.ts, YearEndFlow.tsx) talk to one of these and never ask
 * which Excel API exists; the components only learn `kind` to word their buttons.
 */
import type { OverwriteChoice, WriteProgress, WriteReport } from "../../workbook/excel/writer";
import type { WorkbookPlan } from "../../workbook/types";

export type { OverwriteChoice, WorkbookPlan };

export interface PastedCells {
  sheetName: string;
  cells: unknown[][];
  /** The sheet row of cells[0] (1-based). */
  firstRow: number;
}

export interface DeliverOptions {
  /** The .xlsx file name, when the host downloads the workbook. */
  fileName: string;
  /** Values only (no SONAE formulas): a workbook that opens without the add-in. Excel always gets formulas. */
  valuesOnly: boolean;
  confirmOverwrite: (sheetNames: string[], message: string) => Promise<OverwriteChoice>;
  onProgress?: (p: WriteProgress) => void;
  signal?: AbortSignal;
}

export interface PaneHost {
  kind: "excel" | "browser";
  /** A value remembered for this workbook, or undefined. */
  loadSetting(key: string): unknown;
  saveSettings(values: Record<string, unknown>): Promise<void>;
  /** Writes the plan into the open workbook, or downloads it as an .xlsx. */
  deliverWorkbook(plan: WorkbookPlan, o: DeliverOptions): Promise<WriteReport>;
  readActiveSheetCells(): Promise<PastedCells>;
  /** The computed values of a sheet of the open workbook, or undefined when there is no such sheet. */
  readSheetValues(sheetName: string): Promise<PastedCells | undefined>;
}
