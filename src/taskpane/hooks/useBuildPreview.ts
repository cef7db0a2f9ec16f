/**
 * What the build step shows before the workbook is built: the plausibility 注意, the warnings about the
 * month and the 給与明細 to print from the page. Computed only while the clerk is on that step.
 */
import { useMemo } from "react";
import type { LawContext } from "../../calc/law/lawContext";
import type { PayrollSettings } from "../../calc/payroll/types";
import type { WizardState } from "../workflow/wizard";
import { computeNetPay } from "../workflow/payrollNet";
import { payslipsOf, plausibilityBeforeBuild, warningsBeforeBuild, type PayrollInputs } from "../workflow/payrollWorkbook";

export function useBuildPreview(state: WizardState, inputs: PayrollInputs, settings: PayrollSettings | undefined, law: LawContext) {
  const onBuildStep = state.step === "build";
  const plausibility = useMemo(() => (onBuildStep && settings ? plausibilityBeforeBuild(inputs, settings, law) : []), [onBuildStep, inputs, settings, law]);
  const net = useMemo(
    () => (onBuildStep && settings ? computeNetPay({ employees: inputs.employees, variables: inputs.variables, settings, law }) : undefined),
    [onBuildStep, inputs, settings, law],
  );
  const warnings = useMemo(() => (net && settings ? warningsBeforeBuild(inputs, settings, law, net) : []), [net, inputs, settings, law]);
  const payslips = useMemo(() => (net ? payslipsOf(net) : []), [net]);
  return { plausibility, warnings, payslips };
}
