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
const ACCOUNT_TYPE_WORDS: Record<AccountType, string> = { "1": "普通", "2": "当座", "4": "貯蓄" };

const text = (v: string | undefined): PlanValue => (v === undefined || v === "" ? null : v);
const date = (v: string | undefined): PlanValue => (v === undefined || v === "" ? null : isoToSerial(v));
const yen = (v: number | undefined): PlanValue => (v === undefined ? null : v);

/** How each field of the master is written, with its width and number format. */
const FIELDS: Record<MasterField, { width: number; format: string; value: (e: Employee) => PlanValue }> = {
  id: { width: 10, format: "@", value: (e) => e.id },
  name: { width: 14, format: "@", value: (e) => e.name },
  nameKana: { width: 16, format: "@", value: (e) => text(e.nameKana) },
  birthDate: { width: 11, format: DATE_FORMAT, value: (e) => date(e.birthDate) },
  hireDate: { width: 11, format: DATE_FORMAT, value: (e) => date(e.hireDate) },
  leaveDate: { width: 11, format: DATE_FORMAT, value: (e) => date(e.leaveDate) },
  department: { width: 12, format: "@", value: (e) => text(e.department) },
  payType: { width: 8, format: "@", value: (e) => PAY_TYPE_WORDS[e.payType] },
  baseSalary: { width: 11, format: "#,##0", value: (e) => e.baseSalary },
  fixedAllowance: { width: 10, format: "#,##0", value: (e) => e.fixedAllowance },
  commuteAllowance: { width: 10, format: "#,##0", value: (e) => e.commuteAllowance },
  commuteExempt: { width: 10, format: "#,##0", value: (e) => e.commuteExempt },
  healthInsurer: { width: 12, format: "@", value: (e) => text(e.healthInsurer) },
  healthStandard: { width: 11, format: "#,##0", value: (e) => yen(e.healthStandard) },
  pensionStandard: { width: 11, format: "#,##0", value: (e) => yen(e.pensionStandard) },
  care: { width: 7, format: "@", value: (e) => (e.care === undefined ? null : e.care ? "あり" : "なし") },
  employmentInsurance: { width: 12, format: "@", value: (e) => EMPLOYMENT_TYPE_WORDS[e.employmentInsurance] },
  taxColumn: { width: 7, format: "@", value: (e) => e.taxColumn },
  dependents: { width: 8, format: "0", value: (e) => e.dependents },
  residentTax: { width: 10, format: "#,##0", value: (e) => e.residentTax },
  bankCode: { width: 8, format: "@", value: (e) => text(e.bank?.bankCode) },
  branchCode: { width: 8, format: "@", value: (e) => text(e.bank?.branchCode) },
  accountType: { width: 8, format: "@", value: (e) => (e.bank ? ACCOUNT_TYPE_WORDS[e.bank.accountType] : null) },
  accountNumber: { width: 10, format: "@", value: (e) => text(e.bank?.accountNumber) },
  holderKana: { width: 16, format: "@", value: (e) => text(e.bank?.holderKana) },
  bankCode2: { width: 8, format: "@", value: (e) => text(e.bank2?.bankCode) },
  branchCode2: { width: 8, format: "@", value: (e) => text(e.bank2?.branchCode) },
  accountType2: { width: 8, format: "@", value: (e) => (e.bank2 ? ACCOUNT_TYPE_WORDS[e.bank2.accountType] : null) },
  accountNumber2: { width: 10, format: "@", value: (e) => text(e.bank2?.accountNumber) },
  holderKana2: { width: 16, format: "@", value: (e) => text(e.bank2?.holderKana) },
  fixedAmount2: { width: 10, format: "#,##0", value: (e) => yen(e.bank2?.fixedAmount) },
};

export function employeesSheet(employees: readonly Employee[]): TableSheet {
  const columns: Column[] = EMPLOYEE_FIELDS.map((f) => ({
    key: f,
    header: employeeHeader(f),
    width: FIELDS[f].width,
    format: FIELDS[f].format,
    value: (i: number) => FIELDS[f].value(employees[i]),
  }));
  return tableSheet({ name: SHEET.employees, columns, count: employees.length, freezeCols: 2 });
}
