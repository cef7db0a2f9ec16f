import { Day } from "../dates/calendar";
import type { LawContext } from "../law/lawContext";
import { Employee } from "./employee";
import { EmployeeFacts } from "./employeeFacts";
import { PayrollSettings } from "./types";
import { WagePeriod } from "./wagePeriod";

/** What every step of one employee's month reads: the checked master row and settings, and the clerk's notes. */
export interface PayrollMonth {
  employee: Employee;
  facts: EmployeeFacts;
  settings: PayrollSettings;
  period: WagePeriod;
  payDay: Day;
  law?: LawContext;
  /** Things the clerk should know (an input ignored, a 0 assumed), in the order the steps find them. */
  notes: string[];
}

/** A field of the employee's row as messages name it: 「社員番号 E001 の出勤日数」. */
export function employeeField(month: PayrollMonth, field: string): string {
  return `社員番号 ${month.employee.id} の${field}`;
}
