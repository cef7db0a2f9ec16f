/**
 * 従業員: the imported master, one row per employee, every cell a value (never a formula). Text columns —
 * codes with leading zeros, names, anything a CSV could have started with "=" — are formatted as text
 * ("@") before the values are written. The headers are the master template's, so the sheet can be
 * imported again.
 */
import { AccountType, Employee, EmploymentInsuranceType, PayType } from "../../calc/payroll/employee";
import { MasterField } from "../../calc/records/master";
import { isoToSerial } from "../address";
import { EMPLOYEE_FIELDS, employeeHeader, SHEET } from "../layout";
import { Column, tableSheet, TableSheet } from "../table";
import { PlanValue } from "../types";
import { DATE_FORMAT } from "./settings";

const PAY_TYPE_WORDS: Record<PayType, string> = { monthly: "月給", daily: "日給", hourly: "時給" };
const EMPLOYMENT_TYPE_WORDS: Record<EmploymentInsuranceType, string> = {
  general: "一般",
  agriculture: "農林水産・清酒製造",
  construction: "建設",
  none: "対象外",
};
const WORKER_TYPE_WORDS: Record<NonNullable<Employee["workerType"]>, string> = { general: "一般", short: "パート", specified: "短時間労働者" };
const OFFICER_WORDS: Record<NonNullable<Employee["officer"]>, string> = { officer: "はい", workingOfficer: "兼務" };
const ACCOUNT_TYPE_WORDS: Record<AccountType, string> = { "1": "普通", "2": "当座", "4": "貯蓄" };

const text = (value: string | undefined): PlanValue => (value === undefined || value === "" ? null : value);
const date = (iso: string | undefined): PlanValue => (iso === undefined || iso === "" ? null : isoToSerial(iso));
const yen = (amount: number | undefined): PlanValue => (amount === undefined ? null : amount);

/** How each field of the master is written, with its width and number format. */
const FIELDS: Record<MasterField, { width: number; format: string; value: (employee: Employee) => PlanValue }> = {
  id: { width: 10, format: "@", value: (employee) => employee.id },
  name: { width: 14, format: "@", value: (employee) => employee.name },
  nameKana: { width: 16, format: "@", value: (employee) => text(employee.nameKana) },
  birthDate: { width: 11, format: DATE_FORMAT, value: (employee) => date(employee.birthDate) },
  hireDate: { width: 11, format: DATE_FORMAT, value: (employee) => date(employee.hireDate) },
  leaveDate: { width: 11, format: DATE_FORMAT, value: (employee) => date(employee.leaveDate) },
  department: { width: 12, format: "@", value: (employee) => text(employee.department) },
  payType: { width: 8, format: "@", value: (employee) => PAY_TYPE_WORDS[employee.payType] },
  baseSalary: { width: 11, format: "#,##0", value: (employee) => employee.baseSalary },
  fixedAllowance: { width: 10, format: "#,##0", value: (employee) => employee.fixedAllowance },
  commuteAllowance: { width: 10, format: "#,##0", value: (employee) => employee.commuteAllowance },
  commuteExempt: { width: 10, format: "#,##0", value: (employee) => employee.commuteExempt },
  healthInsurer: { width: 12, format: "@", value: (employee) => text(employee.healthInsurer) },
  healthStandard: { width: 11, format: "#,##0", value: (employee) => yen(employee.healthStandard) },
  pensionStandard: { width: 11, format: "#,##0", value: (employee) => yen(employee.pensionStandard) },
  care: { width: 7, format: "@", value: (employee) => (employee.care === undefined ? null : employee.care ? "あり" : "なし") },
  employmentInsurance: { width: 12, format: "@", value: (employee) => EMPLOYMENT_TYPE_WORDS[employee.employmentInsurance] },
  taxColumn: { width: 7, format: "@", value: (employee) => employee.taxColumn },
  dependents: { width: 8, format: "0", value: (employee) => employee.dependents },
  residentTax: { width: 10, format: "#,##0", value: (employee) => employee.residentTax },
  bankCode: { width: 8, format: "@", value: (employee) => text(employee.bank?.bankCode) },
  branchCode: { width: 8, format: "@", value: (employee) => text(employee.bank?.branchCode) },
  accountType: { width: 8, format: "@", value: (employee) => (employee.bank ? ACCOUNT_TYPE_WORDS[employee.bank.accountType] : null) },
  accountNumber: { width: 10, format: "@", value: (employee) => text(employee.bank?.accountNumber) },
  holderKana: { width: 16, format: "@", value: (employee) => text(employee.bank?.holderKana) },
  bankCode2: { width: 8, format: "@", value: (employee) => text(employee.bank2?.bankCode) },
  branchCode2: { width: 8, format: "@", value: (employee) => text(employee.bank2?.branchCode) },
  accountType2: { width: 8, format: "@", value: (employee) => (employee.bank2 ? ACCOUNT_TYPE_WORDS[employee.bank2.accountType] : null) },
  accountNumber2: { width: 10, format: "@", value: (employee) => text(employee.bank2?.accountNumber) },
  holderKana2: { width: 16, format: "@", value: (employee) => text(employee.bank2?.holderKana) },
  fixedAmount2: { width: 10, format: "#,##0", value: (employee) => yen(employee.bank2?.fixedAmount) },
  insuredNumber: { width: 10, format: "@", value: (employee) => text(employee.insuredNumber) },
  previousRevisionMonth: { width: 10, format: "@", value: (employee) => text(employee.previousRevisionMonth) },
  workerType: { width: 12, format: "@", value: (employee) => (employee.workerType ? WORKER_TYPE_WORDS[employee.workerType] : null) },
  multipleOffices: { width: 8, format: "@", value: (employee) => (employee.multipleOffices ? "はい" : null) },
  officer: { width: 6, format: "@", value: (employee) => (employee.officer ? OFFICER_WORDS[employee.officer] : null) },
  gender: { width: 6, format: "@", value: (employee) => text(employee.gender) },
};

export function employeesSheet(employees: readonly Employee[]): TableSheet {
  const columns: Column[] = EMPLOYEE_FIELDS.map((field) => ({
    key: field,
    header: employeeHeader(field),
    width: FIELDS[field].width,
    format: FIELDS[field].format,
    value: (i: number) => FIELDS[field].value(employees[i]),
  }));
  return tableSheet({ name: SHEET.employees, columns, count: employees.length, freezeCols: 2 });
}
