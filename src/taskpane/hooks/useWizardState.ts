/**
 * The pane's workflow state (workflow/wizard.ts) with what every part of the controller needs beside it:
 * the state of the moment for async handlers, and the workbook's remembered settings.
 */
import { useCallback, useReducer, useRef, useState } from "react";
import type { LawContext } from "../../calc/law/lawContext";
import { initialWizardState, wizardReducer, type WizardState } from "../workflow/wizard";
import { SETTINGS_SETTING_KEY, restoreSettingsForm } from "../workflow/settingsForm";
import { TRANSFER_SETTING_KEY, restoreTransferForm } from "../workflow/transfer";
import { messageOf } from "../workflow/messages";
import type { PaneHost } from "../host/types";

export interface WizardEnv {
  /** Today's year and month (the pane's only clock: the default 対象年月). */
  today: { year: number; month: number };
  /** Excel (write into the open workbook) or a plain browser (download the .xlsx). */
  host: PaneHost;
  /** Tells the custom functions' runtime which law the clerk's table makes (only the add-in has one). */
  onLawChange?: (law: LawContext) => void;
}

export function useWizardState(env: WizardEnv) {
  const host = env.host;
  const inExcel = host.kind === "excel";
  const [state, dispatch] = useReducer(wizardReducer, undefined, () => {
    const settings = restoreSettingsForm(host.loadSetting(SETTINGS_SETTING_KEY), env.today);
    const transfer = restoreTransferForm(host.loadSetting(TRANSFER_SETTING_KEY), settings.payDate);
    return initialWizardState(settings, transfer, inExcel ? "payrollSheet" : "computed");
  });
  // Async handlers read the state of the moment, not that of the render that created them.
  const latest = useRef<WizardState>(state);
  latest.current = state;
  /** A message about the workbook's settings that could not be saved (not blocking). */
  const [hostMessage, setHostMessage] = useState<string>();
  const remember = useCallback((values: Record<string, unknown>) => {
    host.saveSettings(values).catch((e) => setHostMessage(messageOf(e)));
  }, [host]);
  return { host, inExcel, state, dispatch, latest, hostMessage, setHostMessage, remember };
}

export type WizardCore = ReturnType<typeof useWizardState>;
