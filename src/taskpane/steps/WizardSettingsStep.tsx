/** Step 4 設定, wired to the controller: the month's settings, the optional 勤怠・前回の結果 files and the law table. */
import { SettingsStep } from "../components/SettingsStep";
import { lawFileView, previousFileView, variablesFileView } from "../workflow/sideFileViews";
import { sideFileProblems } from "../workflow/problemRows";
import type { WizardStepProps } from "./stepProps";
import { variablesLayoutProps } from "./variablesLayoutProps";

export function WizardSettingsStep({ wizard, gates }: WizardStepProps) {
  const state = wizard.state;
  const { sides, lawTable } = wizard;
  return (
    <SettingsStep
      form={state.settings}
      errors={wizard.settingsCheck.errors}
      warnings={wizard.settingsCheck.warnings}
      onChange={wizard.steps.setSettings}
      variables={{
        view: variablesFileView(state.variables),
        problems: sideFileProblems(state.variables),
        onFile: (file) => sides.onSideFile("variables", file),
        onClear: () => sides.onSideClear("variables"),
      }}
      variablesLayout={variablesLayoutProps(wizard)}
      law={{ view: lawFileView(lawTable.lawFile), problems: [], onFile: (file) => void lawTable.onLawFile(file), onClear: lawTable.onLawClear }}
      previous={{
        view: previousFileView(state.previous),
        problems: sideFileProblems(state.previous),
        onFile: (file) => sides.onSideFile("previous", file),
        onClear: () => sides.onSideClear("previous"),
      }}
      onDownloadVariablesTemplate={wizard.downloads.variablesTemplate}
      onDownloadSettings={wizard.downloads.settings}
      onNext={() => wizard.steps.goTo("build")}
      canNext={gates.build.ok}
    />
  );
}
