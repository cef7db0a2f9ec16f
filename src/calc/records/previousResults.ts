/**
 * The payroll system's last results, per employee: the amounts of the payroll line (for 検算, the
 * reconciliation of Sonae's figures against the system's) and the variable inputs of that month (for
 * 前月同額, prefilling this month's 勤怠・変動 sheet).
 */
import { MonthlyVariables } from "../payroll/employee";
import { PayrollLine } from "../payroll/types";
import { FieldSpec, Schema } from "./schema";
import { ID_FIELD, NAME_FIELD, VARIABLE_FIELDS, VariableItem } from "./variables";

export type ResultAmount = keyof Omit<PayrollLine, "employeeId">;
export type PreviousResultsField = "id" | "name" | "period" | ResultAmount | VariableItem;

export interface PreviousResult extends Partial<Omit<PayrollLine, "employeeId">> {
  employeeId: string;
  /** 対象年月 of these results ("YYYY-MM"), when the file has the column. */
  period?: string;
  /** The variable inputs of that month (前月同額). */
  variables: MonthlyVariables;
}

/** The amounts of the payroll line; 差引支給額 alone may be negative (deductions above the pay). */
export const RESULT_AMOUNTS: readonly (FieldSpec<ResultAmount> & { signed?: boolean })[] = [
  { key: "gross", header: "総支給額", required: false, synonyms: ["支給合計", "総支給", "支給額合計", "総支給金額"], help: "" },
  { key: "health", header: "健康保険", required: false, synonyms: ["健康保険料", "健保", "健康保険料(本人)"], help: "" },
  { key: "care", header: "介護保険", required: false, synonyms: ["介護保険料", "介護"], help: "" },
  { key: "childSupport", header: "子ども・子育て支援金", required: false, synonyms: ["子ども子育て支援金", "子育て支援金", "支援金"], help: "" },
  { key: "pension", header: "厚生年金", required: false, synonyms: ["厚生年金保険料", "厚生年金保険", "厚年"], help: "" },
  { key: "employment", header: "雇用保険", required: false, synonyms: ["雇用保険料"], help: "" },
  { key: "socialInsurance", header: "社会保険料計", required: false, synonyms: ["社会保険料合計", "社会保険料", "社保計"], help: "" },
  { key: "taxable", header: "課税対象額", required: false, synonyms: ["課税対象", "課税支給額", "課税対象額計"], help: "" },
  { key: "incomeTax", header: "所得税", required: false, synonyms: ["源泉所得税", "源泉税"], help: "" },
  { key: "residentTax", header: "住民税", required: false, synonyms: ["住民税額", "市町村民税"], help: "" },
  { key: "net", header: "差引支給額", required: false, synonyms: ["差引支給", "振込額", "手取り", "差引支給合計"], help: "", signed: true },
];

const PERIOD_FIELD: FieldSpec<"period"> = { key: "period", header: "対象年月", required: false, synonyms: ["支給年月", "給与年月", "処理年月", "年月"], help: "" };

export const PREVIOUS_RESULTS_SCHEMA: Schema<PreviousResultsField> = [ID_FIELD, NAME_FIELD, PERIOD_FIELD, ...RESULT_AMOUNTS, ...VARIABLE_FIELDS];
