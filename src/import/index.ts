/**
 * Sonae's import library, pure and shared by the task pane (browser) and the command line (Node): no DOM,
 * no Node modules, no network. Files are bytes; the format and the text encoding are detected.
 *
 *   const r = await importMasterFile(bytes, "master.csv");
 *   r.problems   // every problem: row, column (the file's header), value, message, severity
 *   r.employees  // the valid rows; r.rejected the others, with their problems
 */
import { Employee } from "../calc/payroll/employee";
import { BankField, BankImportResult, importBankAccountsTable } from "./bankAccounts";
import { ColumnMapping } from "./mapping";
import { importMasterTable, ImportResult } from "./master";
import { importPreviousResultsTable, PreviousResultsField, PreviousResultsImportResult } from "./previousResults";
import { readTable, tableFromCells } from "./table";
import type { HourNotation } from "./hourNotation";
import { MasterField } from "../calc/records/master";
import { importVariablesTable, MasterRef, VariablesField, VariablesImportResult } from "./variables";

export async function importMasterFile(bytes: Uint8Array, fileName: string, mapping?: ColumnMapping<MasterField>): Promise<ImportResult> {
  return importMasterTable(await readTable(bytes, fileName), mapping);
}

/** The master from cells the user pasted into a sheet (Excel's `values`); row 1 is the range's first row. */
export function importMasterCells(cells: readonly (readonly unknown[])[], mapping?: ColumnMapping<MasterField>, firstRow = 1): ImportResult {
  return importMasterTable(tableFromCells(cells, firstRow), mapping);
}

/**
 * 勤怠・変動項目 of the month. With `master` (the imported employees), a row for a 社員番号 not in it is an
 * error and a 氏名 that differs from the master's is a warning. `hours` (時間の表記) overrides the mapping's.
 */
export async function importVariablesFile(
  bytes: Uint8Array,
  fileName: string,
  mapping?: ColumnMapping<VariablesField>,
  master?: readonly MasterRef[],
  hours?: HourNotation,
): Promise<VariablesImportResult> {
  return importVariablesTable(await readTable(bytes, fileName), master, mapping, hours);
}

/** The payroll system's last results, for 検算 and 前月同額. With `master`, an unknown 社員番号 is a warning. */
export async function importPreviousResultsFile(bytes: Uint8Array, fileName: string, mapping?: ColumnMapping<PreviousResultsField>, master?: readonly MasterRef[]): Promise<PreviousResultsImportResult> {
  return importPreviousResultsTable(await readTable(bytes, fileName), master, mapping);
}

/** A bank-account file (one row per account, e.g. 社労夢 汎用マスタ 振込口座情報) merged into the master's employees. */
export async function importBankAccountsFile(bytes: Uint8Array, fileName: string, employees: readonly Employee[], mapping?: ColumnMapping<BankField>): Promise<BankImportResult> {
  return importBankAccountsTable(await readTable(bytes, fileName), employees, mapping);
}

export type { ImportResult } from "./master";
export { importMasterTable } from "./master";
export type { VariablesImportResult, VariablesField, MasterRef } from "./variables";
export { importVariablesTable, VARIABLES_SCHEMA, VARIABLES_TEMPLATE_HEADERS, variablesTemplateCsv } from "./variables";
export type { PreviousResult, PreviousResultsField, PreviousResultsImportResult } from "./previousResults";
export { importPreviousResultsTable, PREVIOUS_RESULTS_SCHEMA } from "./previousResults";
export type { BankField, BankImportResult } from "./bankAccounts";
export { importBankAccountsTable, BANK_SCHEMA } from "./bankAccounts";
export type { ColumnMapping, MappingPreset } from "./mapping";
export { suggestMapping, parseMapping, missingRequired } from "./mapping";
export { SONAE_TEMPLATE_PRESET, SHAROUMU_BANK_PRESET } from "./presets";
export type { MasterField } from "./template";
export { MASTER_SCHEMA, MASTER_TEMPLATE_HEADERS, masterTemplateCsv } from "./template";
export type { FieldSpec, Schema } from "../calc/records/schema";
export type { ImportProblem, ImportReport, Severity, SourceEncoding } from "./types";
export { ImportError, describeProblem, SOURCE_ENCODING_LABEL } from "./types";
export type { SourceTable } from "./table";
export { readTable, tableFromCells } from "./table";
export { isSensitiveHeader } from "./sensitive";
export type { HourNotation } from "./hourNotation";
export { describeHours, HOUR_NOTATION_LABELS, readHours } from "./hourNotation";
