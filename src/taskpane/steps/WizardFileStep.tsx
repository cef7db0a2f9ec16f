/** Step 1 ファイルを選択, wired to the controller. */
import { useMemo } from "react";
import { FileStep } from "../components/FileStep";
import { reviewSummary } from "../workflow/review";
import type { SideFlowChoice, WizardStepProps } from "./stepProps";

export function WizardFileStep({ wizard, gates, sideFlows, onSideFlow }: WizardStepProps & SideFlowChoice) {
  const state = wizard.state;
  const review = useMemo(() => (state.master ? reviewSummary(state.master, state.bank.status === "loaded" ? state.bank.result : undefined) : undefined), [state.master, state.bank]);
  const toFix = state.toFix;
  return (
    <FileStep
      busy={state.busy}
      fileError={state.fileError}
      notice={state.notice}
      toFix={toFix}
      onDownloadProblems={() => toFix && wizard.downloads.problems(toFix.problems, toFix.sourceName)}
      inExcel={wizard.inExcel}
      loaded={review && { name: wizard.sourceName, encodingLabel: review.encodingLabel, validRows: review.validRows, rejectedRows: review.rejectedRows }}
      onFile={wizard.master.onFile}
      onReadSheet={wizard.master.onReadSheet}
      onDownloadTemplate={wizard.downloads.masterTemplate}
      onNext={gates.mapping.ok ? () => wizard.steps.goTo("mapping") : undefined}
      sideFlows={sideFlows}
      onSideFlow={onSideFlow}
    />
  );
}
