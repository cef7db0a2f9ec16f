/**
 * Reading the 従業員マスタ and the optional files beside it (振込口座・勤怠・前回の結果) for the pane: bytes
 * or pasted cells in, import results out. The optional files are checked against the master's employees,
 * so they are read again whenever the master changes.
 */
import {
  importBankAccountsFile, importMasterCells, importMasterFile, importPreviousResultsFile, importVariablesFile,
  ColumnMapping, ImportResult, MasterField, MasterRef, VariablesField,
} from "../../import";
import type { Employee } from "../../calc/payroll/employee";
import type { MasterSource, SideFile, SideKind, WizardState } from "./wizard";
import { messageOf } from "./messages";

/** 「給与.csv」 or 「シート「Sheet1」」: how the pane names where the master came from. */
export function sourceName(source: MasterSource): string {
  return source.kind === "file" ? source.fileName : `シート「${source.sheetName}」`;
}

export async function importMasterSource(source: MasterSource, mapping?: ColumnMapping<MasterField>): Promise<ImportResult> {
  return source.kind === "file" ? importMasterFile(source.bytes, source.fileName, mapping) : importMasterCells(source.cells, mapping, source.firstRow);
}

function refsOf(employees: readonly Employee[]): MasterRef[] {
  return employees.map((e) => ({ id: e.id, name: e.name, payType: e.payType }));
}

/**
 * One optional file read against the employees it must name; a failure is kept as its message. The 勤怠 file may
 * come with the clerk's mapping (時間の表記, columns added up, no header row).
 */
export async function readSideFile(kind: SideKind, fileName: string, bytes: Uint8Array, employees: readonly Employee[], mapping?: ColumnMapping<VariablesField>): Promise<SideFile<any>> {
  try {
    const result =
      kind === "bank"
        ? await importBankAccountsFile(bytes, fileName, employees)
        : kind === "variables"
          ? await importVariablesFile(bytes, fileName, mapping, refsOf(employees))
          : await importPreviousResultsFile(bytes, fileName, undefined, refsOf(employees));
    return { status: "loaded", fileName, bytes, result };
  } catch (e) {
    return { status: "failed", fileName, message: messageOf(e) };
  }
}

/** The optional files read again against a new master (the bank file only when the source is the same). */
export async function rereadSideFiles(state: WizardState, master: ImportResult, keepBank: boolean) {
  const bank = keepBank && state.bank.status === "loaded" ? await readSideFile("bank", state.bank.fileName, state.bank.bytes, master.employees) : undefined;
  const employees = bank?.status === "loaded" ? bank.result.employees : master.employees;
  const variables = state.variables.status === "loaded" ? await readSideFile("variables", state.variables.fileName, state.variables.bytes, employees, state.variables.result.mapping) : undefined;
  const previous = state.previous.status === "loaded" ? await readSideFile("previous", state.previous.fileName, state.previous.bytes, employees) : undefined;
  return { bank, variables, previous };
}
