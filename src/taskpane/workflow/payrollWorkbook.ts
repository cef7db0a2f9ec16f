/**
 * The payroll workbook the pane builds, and what the build step says before it is built: the same
 * employees, 勤怠, previous results, settings and law feed the plan, its 検算 notes and the 給与明細.
 */
import { latestSalaryResults } from "../../jobs/results/latestSalaryResults";
import type { Employee, MonthlyVariables } from "../../calc/payroll/employee";
import type { PayrollLine, PayrollSettings } from "../../calc/payroll/types";
import type { LawContext } from "../../calc/law/lawContext";
import type { PreviousResult } from "../../import";
import { planPayrollWorkbook as planMonthWorkbook } from "../../jobs/workbook/planPayrollWorkbook";
import { collectLawInfo } from "../../workbook/lawInfo";
import type { WorkbookPlan } from "../../workbook/types";
import { monthPlausibility, plausibilityLines } from "./plausibility";
import { buildWarnings } from "./buildWarnings";
import type { NetPay } from "./payrollNet";
import { employeesOf, type WizardState } from "./wizard";

/** What the payroll of the month is computed from, as the clerk has given it. */
export interface PayrollInputs {
  employees: Employee[];
  variables?: MonthlyVariables[];
  previous?: PreviousResult[];
}

export function payrollInputsOf(state: WizardState): PayrollInputs {
  return {
    employees: employeesOf(state),
    variables: state.variables.status === "loaded" ? state.variables.result.variables : undefined,
    // 検算 and 前月同額 compare with each person's last 給与, also when the file holds a year of results.
    previous: state.previous.status === "loaded" ? latestSalaryResults(state.previous.result.results) : undefined,
  };
}

/** The planPayrollWorkbook job, as the command line's rebuild calls it: the clerk's law rows and tax tables are listed on 法令データ. */
export function planPayrollWorkbook(inputs: PayrollInputs, settings: PayrollSettings, law: LawContext): WorkbookPlan {
  const variables = inputs.variables ?? [];
  return planMonthWorkbook({
    employees: inputs.employees,
    variables,
    settings,
    previousResults: inputs.previous,
    law,
    plausibility: monthPlausibility({ employees: inputs.employees, variables, settings, previous: inputs.previous, law }),
  });
}

/** The plausibility 注意 listed before the build (the same as 検算's 備考). */
export function plausibilityBeforeBuild(inputs: PayrollInputs, settings: PayrollSettings, law: LawContext): string[] {
  return plausibilityLines(monthPlausibility({ employees: inputs.employees, variables: inputs.variables, settings, previous: inputs.previous, law }));
}

/** Warnings about the month, with the clerk's own law rows as the workbook will use them: a table they supply is not missing. */
export function warningsBeforeBuild(inputs: PayrollInputs, settings: PayrollSettings, law: LawContext, net: NetPay): string[] {
  return buildWarnings({ lawInfo: collectLawInfo({ settings, law }), employees: inputs.employees, variables: inputs.variables, net });
}

export function payslipsOf(net: NetPay): { id: string; name: string; line: PayrollLine }[] {
  return net.items.map((item, i) => ({ id: item.employee.id, name: item.employee.name, line: net.lines[i] }));
}
