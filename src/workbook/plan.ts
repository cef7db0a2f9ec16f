/**
 * The payroll workbook as a pure plan: from the imported master, the month's variable inputs, the
 * settings and (optionally) the system's previous results, the sheets with their values, formulas and
 * formats. No Excel, no files, no clock: the same input gives the same plan, which excel/writer.ts writes
 * into Excel and xlsx/writer.ts into a file.
 */
import { Employee, MonthlyVariables } from "../calc/payroll/employee";
import { PayrollSettings } from "../calc/payroll/types";
import type { PreviousResult } from "../calc/records/previousResults";
import { carriedOverVariables } from "../calc/records/variables";
import type { EmployeeFindings } from "../calc/payroll/plausibilityOfMonth";
import { LawTableUse } from "./lawInfo";
import type { UserLawRow } from "../calc/law/lawContext";
import { SheetPlan, WorkbookPlan } from "./types";
import { settingsSheet } from "./sheets/settings";
import { employeesSheet } from "./sheets/employees";
import { variablesByEmployee, variablesSheet } from "./sheets/variables";
import { payrollSheet } from "./sheets/payroll";
import { bonusSheet, BonusInput } from "./sheets/bonus";
import { payslipSheets } from "./sheets/payslips";
import { shownPayslipItems } from "./sheets/payslipItems";
import { transfersSheet } from "./sheets/transfers";
import { summarySheet } from "./sheets/summary";
import { checkSheet } from "./sheets/check";
import type { UserTaxTable } from "../calc/law/userTaxTable";
import { lawDataSheet } from "./sheets/lawData";
import { assertValuesStayValues } from "./safety";
import { columnName } from "./address";

export interface WorkbookInput {
  employees: readonly Employee[];
  variables: readonly MonthlyVariables[];
  settings: PayrollSettings;
  /** The payroll system's last results: 検算 compares with them; 勤怠・変動 takes their inputs as 前月同額. */
  previousResults?: readonly PreviousResult[];
  /** 社員番号 whose variable inputs could not be imported: 勤怠・変動 asks for them. */
  needsInput?: readonly string[];
  /** Plausibility findings by employee (plausibilityOfDetails): on 検算's 備考; 検算 is made for them even without previous results. */
  plausibility?: readonly EmployeeFindings[];
  /** The law tables used (collectLawInfo), shown on 法令データ. */
  lawInfo: readonly LawTableUse[];
  /** The rows a user added to the law (--law, the pane's law file), shown on 法令データ as such. */
  userLaw?: readonly UserLawRow[];
  /** The 源泉徴収税額表 a user added (--law), listed on 法令データ by table, year and 出典. */
  userTaxTables?: readonly UserTaxTable[];
  /** Bonuses to compute on 賞与計算 (the sheet is there, with empty inputs, when none are given). */
  bonus?: { payDate?: string; periodMonths?: number; items: readonly BonusInput[] };
}

export interface PlannedWorkbook extends WorkbookPlan {
  /** Things the user should know about the plan (law data missing for a date, previous results unmatched). */
  notes: string[];
}

/**
 * Plan the payroll workbook.
 * @example planWorkbook({ employees, variables, settings, lawInfo }).sheets.map((s) => s.name) // ["設定", "従業員", …]
 */
export function planWorkbook(input: WorkbookInput): PlannedWorkbook {
  const { employees } = input;
  const notes: string[] = [];
  const previousVariables = input.previousResults && new Map(input.previousResults.map((p) => [p.employeeId, { ...carriedOverVariables(p.variables), employeeId: p.employeeId }]));
  const settings = settingsSheet({ settings: input.settings, bonusPayDate: input.bonus?.payDate, bonusPeriodMonths: input.bonus?.periodMonths });
  notes.push(...settings.notes);
  const variableSource = { variables: input.variables, previous: previousVariables, needsInput: input.needsInput };
  // The user's law rows (a month past the built-in data) decide which amounts are paid, as in the formulas.
  const law = input.userLaw && { userRows: input.userLaw, notices: [] };
  const shown = shownPayslipItems({ employees, variables: variablesByEmployee(employees, variableSource).values, settings: input.settings, law });
  const payroll = payrollSheet(employees);
  const col = (key: string) => columnName(payroll.index(key));
  const sheets: SheetPlan[] = [
    settings.sheet,
    employeesSheet(employees).sheet,
    variablesSheet(employees, variableSource).sheet,
    payroll.sheet,
    bonusSheet(employees, input.bonus?.items ?? [], input.previousResults, col).sheet,
    ...payslipSheets(employees, col, shown),
    transfersSheet(employees, col).sheet,
    summarySheet(employees, input.settings, col, payroll.totalsRow!),
  ];
  if (input.previousResults || input.plausibility?.length) {
    const check = checkSheet(employees, input.previousResults, col, input.plausibility);
    sheets.push(check.sheet);
    notes.push(...check.notes);
  }
  sheets.push(lawDataSheet(input.lawInfo, input.userLaw, input.userTaxTables));
  sheets.forEach(assertValuesStayValues);
  return { sheets, notes };
}
