/** The optional files beside the master (振込口座・勤怠・前回の結果): chosen, read against the employees, cleared. */
import { employeesOf, type SideKind } from "../workflow/wizard";
import { readSideFile } from "../workflow/masterImport";
import { messageOf } from "../workflow/messages";
import { readFileBytes } from "../browser/download";
import type { WizardCore } from "./useWizardState";

export function useSideFiles({ dispatch, latest }: WizardCore) {
  const onSideFile = async (kind: SideKind, file: File) => {
    dispatch({ type: "sideLoading", kind, fileName: file.name });
    try {
      const bytes = await readFileBytes(file);
      // The bank file adds accounts to the master's employees; the others name the employees with their accounts.
      const employees = kind === "bank" ? (latest.current.master?.employees ?? []) : employeesOf(latest.current);
      const side = await readSideFile(kind, file.name, bytes, employees);
      if (side.status === "loaded") dispatch({ type: "sideLoaded", kind, fileName: file.name, bytes, result: side.result });
      else dispatch({ type: "sideFailed", kind, fileName: file.name, message: side.status === "failed" ? side.message : "" });
    } catch (e) {
      dispatch({ type: "sideFailed", kind, fileName: file.name, message: messageOf(e) });
    }
  };
  const onSideClear = (kind: SideKind) => dispatch({ type: "sideCleared", kind });
  return { onSideFile, onSideClear };
}
