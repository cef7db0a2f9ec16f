/**
 * The results of a payroll (the system's, or Sonae's own through --results-out), per employee and payment:
 * the amounts of the payroll line (for 検算, the reconciliation of Sonae's figures against the system's),
 * the variable inputs of that month (for 前月同額, prefilling this month's 勤怠・変動 sheet), and what the
 * June procedures need of each payment (種別, 支給日, 基礎日数, 現物給与). A folder of such files — months
 * from the vendor and months from Sonae — is the year of results the 算定基礎届 is computed from.
 */
import { MonthlyVariables } from "../payroll/employee";
import { PayrollLine } from "../payroll/types";
import { FieldSpec, Schema } from "./schema";
import { ID_FIELD, NAME_FIELD, VARIABLE_FIELDS, VariableItem } from "./variables";

export type ResultAmount = keyof Omit<PayrollLine, "employeeId">;
export type PaymentField = "kind" | "payDate" | "basisDays" | "inKind" | "fixedWage";
export type PreviousResultsField = "id" | "name" | "period" | PaymentField | ResultAmount | VariableItem;

/** 給与 (the monthly pay) or 賞与 (健康保険法第3条第6項: paid less often than every three months). */
export type ResultKind = "給与" | "賞与";

export interface PreviousResult extends Partial<Omit<PayrollLine, "employeeId">> {
  employeeId: string;
  /** 対象年月 of these results ("YYYY-MM"), when the file has the column. */
  period?: string;
  /** The variable inputs of that month (前月同額). */
  variables: MonthlyVariables;
  /** 種別, when the file has the column (a blank cell is 給与). */
  kind?: ResultKind;
  /** 支給日 (ISO), when written. */
  payDate?: string;
  /** 給与計算の基礎日数 (支払基礎日数): 暦日 for 月給, 出勤日数 for 日給・時給. */
  basisDays?: number;
  /** 現物給与 (円); blank is 0. */
  inKind?: number;
  /** 固定的賃金 (基本給・固定手当; 日給・時給は単価): a change of it starts a 随時改定. */
  fixedWage?: number;
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

/** What the 算定基礎届・月額変更届・賞与支払届 need of each payment; optional, so older files still read. */
export const PAYMENT_FIELDS: readonly FieldSpec<PaymentField>[] = [
  { key: "kind", header: "種別", required: false, synonyms: ["支給種別", "支給区分", "給与種別", "給与賞与区分"], help: "給与・賞与（空欄は給与）。" },
  { key: "payDate", header: "支給日", required: false, synonyms: ["支給年月日", "支払日", "支払年月日", "賞与支払年月日"], help: "実際に支払った日（算定基礎届は4〜6月に支払った給与）。" },
  { key: "basisDays", header: "基礎日数", required: false, synonyms: ["支払基礎日数", "給与計算の基礎日数", "報酬支払基礎日数"], help: "給与計算の基礎日数: 月給は暦日、日給・時給は出勤日数。" },
  { key: "inKind", header: "現物給与", required: false, synonyms: ["現物給与額", "現物支給額", "現物によるもの", "現物によるものの額"], help: "食事・住宅などの現物給与（円、厚生労働大臣の定める価額）。空欄は 0。" },
  { key: "fixedWage", header: "固定的賃金", required: false, synonyms: ["固定的賃金額", "固定賃金"], help: "基本給と固定手当（日給・時給は単価と固定手当）。変わった月から月額変更届の対象を探します。" },
];

export const PREVIOUS_RESULTS_SCHEMA: Schema<PreviousResultsField> = [ID_FIELD, NAME_FIELD, PERIOD_FIELD, ...PAYMENT_FIELDS, ...RESULT_AMOUNTS, ...VARIABLE_FIELDS];

/** The header row of a results file, in the order --results-out writes it. */
export const RESULTS_HEADERS: readonly string[] = PREVIOUS_RESULTS_SCHEMA.map((f) => f.header);
