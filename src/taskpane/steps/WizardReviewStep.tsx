/** Step 3 確認, wired to the controller. */
import { useMemo } from "react";
import { ReviewStep } from "../components/ReviewStep";
import { reviewSummary } from "../workflow/review";
import type { WizardStepProps } from "./stepProps";

export function WizardReviewStep({ wizard }: WizardStepProps) {
  const state = wizard.state;
  const review = useMemo(() => (state.master ? reviewSummary(state.master, state.bank.status === "loaded" ? state.bank.result : undefined) : undefined), [state.master, state.bank]);
  if (!review) return null;
  return (
    <ReviewStep
      sourceName={wizard.sourceName}
      sourceKind={state.source?.kind ?? "file"}
      summary={review}
      accepted={state.acceptedValidOnly}
      onFix={wizard.steps.fixFile}
      onAcceptValidOnly={wizard.steps.acceptValidOnly}
      onNext={() => wizard.steps.goTo("settings")}
      onDownloadProblems={() => wizard.downloads.problems(review.problems, wizard.sourceName)}
    />
  );
}
