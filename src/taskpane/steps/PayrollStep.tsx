/** The payroll wizard's current step, wired to the controller. */
import { WizardFileStep } from "./WizardFileStep";
import { WizardMappingStep } from "./WizardMappingStep";
import { WizardReviewStep } from "./WizardReviewStep";
import { WizardSettingsStep } from "./WizardSettingsStep";
import { WizardBuildStep } from "./WizardBuildStep";
import { WizardTransferStep } from "./WizardTransferStep";
import type { SideFlowChoice, WizardStepProps } from "./stepProps";

export function PayrollStep(p: WizardStepProps & SideFlowChoice) {
  switch (p.wizard.state.step) {
    case "file":
      return <WizardFileStep {...p} />;
    case "mapping":
      return <WizardMappingStep {...p} />;
    case "review":
      return <WizardReviewStep {...p} />;
    case "settings":
      return <WizardSettingsStep {...p} />;
    case "build":
      return <WizardBuildStep {...p} />;
    case "transfer":
      return <WizardTransferStep {...p} />;
  }
}
