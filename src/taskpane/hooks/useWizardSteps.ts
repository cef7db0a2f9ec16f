/**
 * Moving between the steps and the clerk's decisions on them. Leaving 列の対応付け or 設定 remembers what
 * the clerk confirmed in the workbook, for the next month.
 */
import { canEnter, type StepId, type WizardState } from "../workflow/wizard";
import { MAPPING_SETTING_KEY, serializeMapping } from "../workflow/mappingForm";
import { SETTINGS_SETTING_KEY } from "../workflow/settingsForm";
import type { WizardCore } from "./useWizardState";

export function useWizardSteps({ dispatch, latest, remember }: WizardCore) {
  const rememberMapping = () => {
    const master = latest.current.master;
    if (master) remember({ [MAPPING_SETTING_KEY]: serializeMapping(master.mapping) });
  };

  const goTo = (step: StepId) => {
    const now = latest.current;
    if (!canEnter(now, step).ok) return;
    if (now.step === "mapping" && step !== "file") rememberMapping();
    if (now.step === "settings") remember({ [SETTINGS_SETTING_KEY]: now.settings });
    dispatch({ type: "goTo", step });
  };

  return {
    goTo,
    fixFile: () => dispatch({ type: "fixFile" }),
    acceptValidOnly: () => {
      rememberMapping();
      dispatch({ type: "acceptValidOnly" });
    },
    setSettings: (settings: WizardState["settings"]) => dispatch({ type: "settingsChanged", settings }),
    setValuesOnly: (valuesOnly: boolean) => dispatch({ type: "valuesOnly", valuesOnly }),
  };
}
