/**
 * Import of the 従業員 master: a table (from a file or pasted cells) → validated Employees and the
 * rejected rows with their reasons.
 */
import { Employee, EmploymentInsuranceType } from "../calc/payroll/employee";
import { MASTER_VENDORS } from "./vendors/masterPresets";
import { finish, prepare, RowReader } from "./engine";
import { ColumnMapping, suggestMapping } from "./mapping";
import { DEFAULT_CONTEXT } from "./normalize";
import { normalizeEmploymentInsurance } from "./normalizeKeywords";
import { SourceTable } from "./table";
import { MASTER_SCHEMA, MasterField } from "../calc/records/master";
import { ImportReport } from "./types";
import { checkDuplicateIds, checkIdWidths, checkMasterAccountTypeCoding, checkSharedAccounts, readEmployee } from "./validate";

export interface ImportResult extends ImportReport<MasterField> {
  employees: Employee[];
  /** rows[i] is the row of employees[i] in the file (for messages about an employee later on). */
  rows: number[];
  /** rejectedIds[i] is the 社員番号 written on rejected[i] (undefined when unreadable or above the header). */
  rejectedIds: (string | undefined)[];
}

/**
 * A single "標準報酬月額" column serves 健保 and 厚年 when the file has no separate columns. A non-taxable
 * commuting column with no 通勤手当 column beside it (「通勤手当（非課税）」) is the allowance itself, all of it
 * non-taxable: it serves both, rather than an exempt part larger than an allowance of 0 on every row.
 */
const SHARED: Partial<Record<MasterField, MasterField>> = { pensionStandard: "healthStandard", commuteAllowance: "commuteExempt" };

const BANK_FIELDS: MasterField[] = ["bankCode", "branchCode", "accountNumber"];

function companyEmploymentInsurance(mapping: ColumnMapping<MasterField>): Exclude<EmploymentInsuranceType, "none"> {
  const d = mapping.defaults?.employmentInsurance;
  if (d === undefined) return "general";
  const r = normalizeEmploymentInsurance("general")(d, DEFAULT_CONTEXT);
  return "value" in r && r.value !== "none" ? r.value : "general";
}

/** The mapping of these headers by their names alone, no vendor preset (the clerk turned the preset off). */
export function masterSuggestion(headers: readonly string[]): ColumnMapping<MasterField> {
  return suggestMapping(MASTER_SCHEMA, headers, SHARED);
}

export function importMasterTable(table: SourceTable, mapping?: ColumnMapping<MasterField>): ImportResult {
  const prepared = prepare(table, MASTER_SCHEMA, mapping, { shared: SHARED, vendors: MASTER_VENDORS });
  const { report } = prepared;
  if (prepared.fatal) return { ...report, employees: [], rows: [], rejectedIds: [] };
  const headerProblem = (column: string, message: string) => report.problems.push({ row: prepared.headerRow, column, value: "", message, severity: "warning" });
  if (prepared.index.healthStandard === undefined && report.mapping.defaults?.healthStandard === undefined) {
    headerProblem("健保標準報酬月額", "健保標準報酬月額の列がないため、全員を健康保険の被保険者でないもの（保険料なし）として扱います。");
  }
  if (prepared.index.pensionStandard === undefined && report.mapping.defaults?.pensionStandard === undefined) {
    headerProblem("厚年標準報酬月額", "厚年標準報酬月額の列がないため、全員を厚生年金の被保険者でないもの（保険料なし）として扱います。");
  }
  const hasBankColumns = BANK_FIELDS.some((f) => prepared.index[f] !== undefined);
  if (!hasBankColumns) headerProblem("銀行コード", "振込先（銀行コード・支店コード・口座番号）の列がありません。振込データは作れません。");

  const employmentInsurance = companyEmploymentInsurance(report.mapping);
  const options = { employmentInsurance, readEmploymentInsurance: normalizeEmploymentInsurance(employmentInsurance), hasBankColumns };
  const readers = prepared.rows.map((row) => new RowReader(prepared, MASTER_SCHEMA, row));
  const employees = readers.map((r) => readEmployee(r, options));
  checkDuplicateIds(readers, "id");
  checkIdWidths(readers, employees.map((e) => e?.id));
  checkSharedAccounts(readers, employees);
  for (const key of ["accountType", "accountType2"] as const) checkMasterAccountTypeCoding(readers, employees, key, report.mapping.values?.[key] !== undefined);
  const { records, rows, rejectedIds, report: done } = finish(prepared, readers.map((reader, i) => ({ reader, record: employees[i] })));
  return { ...done, employees: records, rows, rejectedIds };
}
