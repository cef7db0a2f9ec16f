import type { WizardController } from "../hooks/useWizard";
import type { StepGates } from "../workflow/wizard";

/** What every step of the payroll wizard is wired to: the controller's state and callbacks, and which steps are open. */
export interface WizardStepProps {
  wizard: WizardController;
  gates: StepGates;
}

/** The side flows step 1 offers besides the payroll (sideFlows.ts), and the switch to one of them. */
export interface SideFlowChoice {
  sideFlows: readonly { id: string; label: string; description: string }[];
  onSideFlow: (id: string) => void;
}
