/** Step 5 ブック作成, wired to the controller. */
import { BuildStep } from "../components/BuildStep";
import { buildSummaryLines, payslipTitle } from "../workflow/buildSummary";
import type { WizardStepProps } from "./stepProps";
import { useMonthResults } from "../hooks/useMonthResults";

export function WizardBuildStep({ wizard }: WizardStepProps) {
  const state = wizard.state;
  const settings = wizard.settingsCheck.settings;
  const { build, preview } = wizard;
  const results = useMonthResults(state, settings, wizard.lawTable.law);
  return (
    <BuildStep
      summary={buildSummaryLines(state, settings, preview.plausibility)}
      build={state.build}
      lastBuild={state.lastBuild}
      warnings={preview.warnings}
      inExcel={wizard.inExcel}
      valuesOnly={state.valuesOnly}
      onValuesOnly={wizard.steps.setValuesOnly}
      payslips={{ slips: preview.payslips, title: payslipTitle(settings), company: state.settings.companyName }}
      overwriteMessage={state.build.status === "confirming" ? state.build.message : undefined}
      onBuild={build.onBuild}
      onCancel={build.onCancelBuild}
      onAnswer={build.onAnswer}
      onNext={() => wizard.steps.goTo("transfer")}
      results={{ ...results, disabled: !settings || !state.master }}
    />
  );
}
