/**
 * Where things are in the payroll workbook: sheet names, the rows of 設定 and the columns of 従業員 and
 * 勤怠・変動. Every formula finds a cell through these tables, so moving a row or a column is one edit.
 * The headers of 従業員 and 勤怠・変動 are the records' own (src/calc/records), which are also the import
 * templates' headers, so a sheet copied out of the workbook can be imported again.
 */
import { MASTER_SCHEMA, MasterField } from "../calc/records/master";
import { VARIABLE_FIELDS, VariableItem } from "../calc/records/variables";
import { columnName, quoteSheet } from "./address";

export const SHEET = {
  settings: "設定",
  employees: "従業員",
  variables: "勤怠・変動",
  payroll: "給与計算",
  bonus: "賞与計算",
  payslips: "給与明細",
  transfers: "振込一覧",
  summary: "集計",
  check: "検算",
  law: "法令データ",
} as const;

// ---- 設定 -------------------------------------------------------------------------------------

/** The rows of 設定, in order (column A the item, B the value, C the explanation). */
export const SETTING_KEYS = [
  "companyName",
  "period",
  "payDate",
  "closingDay",
  "periodEnd",
  "periodStart",
  "timing",
  "payMonth",
  "premiumMonth",
  "leaverMonth",
  "premiumMonthNo",
  "leaverMonthNo",
  "hoursPerMonth",
  "daysPerMonth",
  "defaultInsurer",
  "defaultEmployment",
  "overtimeRate",
  "over60Rate",
  "over60Hours",
  "holidayRate",
  "lateNightRate",
  "bonusPayDate",
  "bonusMonth",
  "bonusMonthNo",
  "bonusPeriodMonths",
  "supportRounding",
] as const;

export type SettingKey = (typeof SETTING_KEYS)[number];

/** Row (0-based) of a setting: row 0 is the header. */
function settingRow(key: SettingKey): number {
  return SETTING_KEYS.indexOf(key) + 1;
}

/** '設定'!$B$3 */
export function setting(key: SettingKey): string {
  return `${quoteSheet(SHEET.settings)}!$B$${settingRow(key) + 1}`;
}

/** The words of 設定「保険料の徴収時期」. */
export const TIMING_WORDS = { nextMonth: "翌月徴収", sameMonth: "当月徴収" } as const;

/** The words of 設定「支援金の端数処理」. */
export const SUPPORT_ROUNDING_WORDS = { withHealth: "健康保険料と合算", separate: "支援金だけで端数処理" } as const;

/** TRUE when 設定「支援金の端数処理」 rounds the 支援金 together with the 健康保険料 (the default). */
export function supportRoundedWithHealth(): string {
  return `${setting("supportRounding")}<>"${SUPPORT_ROUNDING_WORDS.separate}"`;
}

// ---- 従業員 -----------------------------------------------------------------------------------

/** The columns of 従業員: the master template's fields, in its order. */
export const EMPLOYEE_FIELDS: readonly MasterField[] = MASTER_SCHEMA.map((f) => f.key);

export function employeeHeader(field: MasterField): string {
  return MASTER_SCHEMA.find((f) => f.key === field)!.header;
}

export function employeeColumn(field: MasterField): number {
  const i = EMPLOYEE_FIELDS.indexOf(field);
  if (i < 0) throw new Error(`no 従業員 column ${field}`);
  return i;
}

/** '従業員'!M2 — the cell of a field in Excel row r (the same row as the employee's row elsewhere). */
export function emp(field: MasterField, r: number): string {
  return `${quoteSheet(SHEET.employees)}!${columnName(employeeColumn(field))}${r}`;
}

/** '従業員'!M2:M11 — a field of every employee. */
export function empAll(field: MasterField, count: number): string {
  const c = columnName(employeeColumn(field));
  return `${quoteSheet(SHEET.employees)}!${c}2:${c}${count + 1}`;
}

// ---- 勤怠・変動 -------------------------------------------------------------------------------

export type VariableKey = VariableItem;

/** 勤怠・変動: 社員番号, 氏名, the variable items (the import template's), 入力元, 前月精算の理由. */
export const VARIABLE_KEYS: readonly VariableKey[] = VARIABLE_FIELDS.map((f) => f.key);

export function variableHeader(key: VariableKey): string {
  const f = VARIABLE_FIELDS.find((v) => v.key === key)!;
  return f.unit === "円" ? f.header : `${f.header}（${f.unit}）`;
}

export function variableUnit(key: VariableKey): "時間" | "日" | "円" {
  return VARIABLE_FIELDS.find((v) => v.key === key)!.unit;
}

export function variableColumn(key: VariableKey): number {
  return 2 + VARIABLE_KEYS.indexOf(key);
}

/** 勤怠・変動「入力元」: where a row's inputs came from (変動ファイル, 前月同額, …), right of the inputs. */
export const VARIABLE_ORIGIN_COLUMN = 2 + VARIABLE_KEYS.length;

/** 勤怠・変動「前月精算の理由」: text the payslip's 備考 prints, right of 入力元. */
export const VARIABLE_REASON_COLUMN = VARIABLE_ORIGIN_COLUMN + 1;

/** '勤怠・変動'!E2 */
export function vari(key: VariableKey, r: number): string {
  return `${quoteSheet(SHEET.variables)}!${columnName(variableColumn(key))}${r}`;
}
