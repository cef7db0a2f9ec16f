/**
 * The payroll workbook of a month as a plan (sheets, cells, formulas, formats): the imported employees,
 * their variable items and previous results, with the law the clerk added listed on 法令データ — the same
 * plan whether the command line writes it to .xlsx or the pane into the open workbook.
 */
import type { Employee, MonthlyVariables } from "../../calc/payroll/employee";
import type { PayrollSettings } from "../../calc/payroll/types";
import type { LawContext } from "../../calc/law/lawContext";
import type { EmployeeFindings } from "../../calc/payroll/plausibilityOfMonth";
import type { PreviousResult } from "../../calc/records/previousResults";
import { collectLawInfo } from "../../workbook/lawInfo";
import { planWorkbook, PlannedWorkbook } from "../../workbook/plan";

export function planPayrollWorkbook(a: {
  employees: readonly Employee[];
  variables: readonly MonthlyVariables[];
  settings: PayrollSettings;
  previousResults?: readonly PreviousResult[];
  /** The rates and tables the clerk added (--law, the pane's law file). */
  law?: LawContext;
  /** 社員番号 whose variable inputs could not be imported: 勤怠・変動 asks for them. */
  needsInput?: readonly string[];
  plausibility?: readonly EmployeeFindings[];
}): PlannedWorkbook {
  return planWorkbook({
    employees: a.employees,
    variables: a.variables,
    settings: a.settings,
    previousResults: a.previousResults,
    lawInfo: collectLawInfo({ settings: a.settings, law: a.law }),
    userLaw: a.law?.userRows,
    userTaxTables: a.law?.userTaxTables,
    needsInput: a.needsInput,
    plausibility: a.plausibility,
  });
}
