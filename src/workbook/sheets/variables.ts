/**
 * 勤怠・変動: this month's variable inputs, one row per employee in the order of 従業員 (社員番号 and 氏名
 * are shown from 従業員 to make the pairing visible). Filled from the variables file; for an employee the
 * file does not cover, from the previous month's results when they were imported ("前月同額": a
 * provisional payroll paid now and settled later); a row the file had but could not be read is left
 * empty and marked, never guessed. Every input is a value the clerk can overwrite. Right of 入力元, the
 * 前月精算の理由 the payslip prints.
 */
import { Employee, MonthlyVariables } from "../../calc/payroll/employee";
import { emp, SHEET, VARIABLE_KEYS, variableHeader, variableUnit } from "../layout";
import { Column, tableSheet, TableSheet } from "../table";
import { SETTLEMENT_REASON_FIELD } from "../../calc/records/variables";

export interface VariablesSource {
  variables: readonly MonthlyVariables[];
  /** The previous month's inputs by 社員番号 (前月同額). */
  previous?: ReadonlyMap<string, MonthlyVariables>;
  /** 社員番号 whose row of the variables file could not be imported. */
  needsInput?: readonly string[];
}

/** The words of 勤怠・変動「入力元」 (the payslip's 備考 reads them). */
export const ORIGIN_WORDS = { file: "変動ファイル", missing: "取り込めませんでした（入力してください）", previous: "前月同額" } as const;

/** The variables of each employee, and where they came from. */
export function variablesByEmployee(employees: readonly Employee[], src: VariablesSource): { values: (MonthlyVariables | undefined)[]; origin: (string | null)[] } {
  const byId = new Map(src.variables.map((v) => [v.employeeId, v]));
  const values: (MonthlyVariables | undefined)[] = [];
  const origin: (string | null)[] = [];
  const missing = new Set(src.needsInput ?? []);
  for (const e of employees) {
    const own = byId.get(e.id);
    const prev = missing.has(e.id) ? undefined : src.previous?.get(e.id);
    values.push(own ?? prev);
    origin.push(own ? ORIGIN_WORDS.file : missing.has(e.id) ? ORIGIN_WORDS.missing : prev ? ORIGIN_WORDS.previous : null);
  }
  return { values, origin };
}

export function variablesSheet(employees: readonly Employee[], src: VariablesSource): TableSheet {
  const { values, origin } = variablesByEmployee(employees, src);
  const columns: Column[] = [
    { key: "id", header: "社員番号", width: 10, formula: (row) => `=${emp("id", row.excelRow)}` },
    { key: "name", header: "氏名", width: 14, formula: (row) => `=${emp("name", row.excelRow)}` },
    ...VARIABLE_KEYS.map(
      (k): Column => ({
        key: k,
        header: variableHeader(k),
        width: 10,
        format: variableUnit(k) === "円" ? "#,##0" : variableUnit(k) === "日" ? "0.0" : "0.00",
        value: (i) => values[i]?.[k] ?? null,
      }),
    ),
    { key: "origin", header: "入力元", width: 12, format: "@", value: (i) => origin[i] },
    { key: "settlementReason", header: SETTLEMENT_REASON_FIELD.header, width: 30, format: "@", value: (i) => values[i]?.settlementReason ?? null },
  ];
  return tableSheet({ name: SHEET.variables, columns, count: employees.length, freezeCols: 2, inputKeys: [...VARIABLE_KEYS, "settlementReason"] });
}
