/**
 * The pane's controller, composed of small hooks: the workflow state (workflow/wizard.ts), the master and
 * the optional files, the law table, the build, the transfer file. Components get data and callbacks only.
 * Every failure ends as a Japanese message on screen; nothing is swallowed.
 */
import { useMemo } from "react";
import { payrollInputsOf } from "../workflow/payrollWorkbook";
import { sourceName } from "../workflow/masterImport";
import { masterTemplateFile, problemsFile, settingsFile, variablesTemplateFile, type DownloadFile } from "../workflow/downloads";
import type { CsvProblem } from "../workflow/problemsCsv";
import { downloadBytes } from "../browser/download";
import { useWizardState, type WizardEnv } from "./useWizardState";
import { useMasterImport } from "./useMasterImport";
import { useSideFiles } from "./useSideFiles";
import { useWizardSteps } from "./useWizardSteps";
import { useLawTable, useSettingsCheck } from "./useLawTable";
import { usePayrollBuild } from "./usePayrollBuild";
import { useBuildPreview } from "./useBuildPreview";
import { useTransferAmounts } from "./useTransferAmounts";
import { useTransferFile } from "./useTransferFile";

const download = (file: DownloadFile) => downloadBytes(file.bytes, file.fileName, file.mimeType);

export function useWizard(env: WizardEnv) {
  const core = useWizardState(env);
  const state = core.state;
  const lawTable = useLawTable(env.onLawChange);
  const settingsCheck = useSettingsCheck(state.settings, lawTable.law);
  const inputs = useMemo(() => payrollInputsOf(state), [state.master, state.bank, state.variables, state.previous]);
  const transferAmounts = useTransferAmounts(core, inputs, settingsCheck.settings, lawTable.law);
  const checked = settingsCheck.settings;
  return {
    state,
    inExcel: core.inExcel,
    hostMessage: core.hostMessage,
    dismissHostMessage: () => core.setHostMessage(undefined),
    sourceName: state.source ? sourceName(state.source) : "",
    settingsCheck,
    lawTable,
    master: useMasterImport(core),
    sides: useSideFiles(core),
    steps: useWizardSteps(core),
    build: usePayrollBuild(core, lawTable.law),
    preview: useBuildPreview(state, inputs, settingsCheck.settings, lawTable.law),
    transferAmounts,
    transfer: useTransferFile(core, transferAmounts.amounts),
    downloads: {
      masterTemplate: () => download(masterTemplateFile()),
      variablesTemplate: () => download(variablesTemplateFile()),
      /** Only once the 設定 have no error: the file must be one the command line accepts. */
      settings: checked === undefined ? undefined : () => download(settingsFile(checked)),
      problems: (problems: readonly CsvProblem[], source: string) => download(problemsFile(problems, source)),
      /** A mapping written out for the command line (workflow/fileLayout mappingFile). */
      mapping: (file: DownloadFile) => download(file),
    },
  };
}

export type WizardController = ReturnType<typeof useWizard>;
