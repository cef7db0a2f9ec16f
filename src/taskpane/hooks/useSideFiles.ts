/**
 * The optional files beside the master (振込口座・勤怠・前回の結果): chosen, read against the employees, cleared. The
 * 勤怠 file's mapping (時間の表記, columns added up, no header row) is the clerk's to change; it is remembered in the
 * workbook and used again for the next month's file when that file has its columns.
 */
import type { ColumnMapping, VariablesField, VariablesImportResult } from "../../import";
import { VARIABLES_SCHEMA } from "../../import/variables";
import { employeesOf, type SideFile, type SideKind } from "../workflow/wizard";
import { readSideFile } from "../workflow/masterImport";
import { savedMappingOf, serializeMapping } from "../workflow/mappingForm";
import { VARIABLES_MAPPING_SETTING_KEY } from "../workflow/variablesLayout";
import { messageOf } from "../workflow/messages";
import { readFileBytes } from "../browser/download";
import type { WizardCore } from "./useWizardState";

export function useSideFiles({ dispatch, latest, host, remember, setHostMessage }: WizardCore) {
  /** Read (again) and dispatch; the employees are those of the moment. */
  const read = async (kind: SideKind, fileName: string, bytes: Uint8Array, mapping?: ColumnMapping<VariablesField>) => {
    // The bank file adds accounts to the master's employees; the others name the employees with their accounts.
    const employees = kind === "bank" ? (latest.current.master?.employees ?? []) : employeesOf(latest.current);
    let side = await readSideFile(kind, fileName, bytes, employees, mapping);
    if (kind === "variables" && !mapping && side.status === "loaded") {
      const saved = savedMappingOf(VARIABLES_SCHEMA, host.loadSetting(VARIABLES_MAPPING_SETTING_KEY), side.result.headers);
      if (saved.problem) setHostMessage(saved.problem);
      if (saved.mapping) side = await readSideFile(kind, fileName, bytes, employees, saved.mapping);
    }
    if (side.status === "loaded") dispatch({ type: "sideLoaded", kind, fileName, bytes, result: side.result });
    else dispatch({ type: "sideFailed", kind, fileName, message: side.status === "failed" ? side.message : "" });
    return side;
  };

  const onSideFile = async (kind: SideKind, file: File) => {
    dispatch({ type: "sideLoading", kind, fileName: file.name });
    try {
      await read(kind, file.name, await readFileBytes(file));
    } catch (e) {
      dispatch({ type: "sideFailed", kind, fileName: file.name, message: messageOf(e) });
    }
  };

  /** The 勤怠 file read again with the clerk's mapping (undefined: by its headers, the vendor preset included). */
  const onVariablesMapping = async (mapping: ColumnMapping<VariablesField> | undefined) => {
    const file = latest.current.variables as SideFile<VariablesImportResult>;
    if (file.status !== "loaded") return;
    // No "loading" in between: the section the clerk is editing stays open while the file is read again.
    try {
      const side = await read("variables", file.fileName, file.bytes, mapping);
      if (mapping && side.status === "loaded") remember({ [VARIABLES_MAPPING_SETTING_KEY]: serializeMapping(side.result.mapping) });
    } catch (e) {
      dispatch({ type: "sideFailed", kind: "variables", fileName: file.fileName, message: messageOf(e) });
    }
  };

  const onSideClear = (kind: SideKind) => dispatch({ type: "sideCleared", kind });
  return { onSideFile, onSideClear, onVariablesMapping };
}
