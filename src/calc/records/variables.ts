/**
 * The month's variable inputs (勤怠・変動項目), keyed by 社員番号: the items, their units and headers. The
 * same items come back in the payroll system's last results (前月同額) and on the workbook's 勤怠・変動 sheet.
 */
import { MonthlyVariables } from "../payroll/employee";
import { FieldSpec, Schema } from "./schema";

/** One variable item of a month (労働時間, 欠勤日数, 臨時の手当…): a number of hours, days or yen. */
export type VariableItem = Exclude<keyof MonthlyVariables, "employeeId" | "settlementReason">;

export type VariablesField = "id" | "name" | VariableItem | "settlementReason";

/** The variable items, shared with the previous results' import ("前月同額"). */
export const VARIABLE_FIELDS: readonly (FieldSpec<VariableItem> & { unit: "時間" | "日" | "円" })[] = [
  { key: "workDays", header: "出勤日数", required: false, unit: "日", synonyms: ["出勤日", "労働日数", "勤務日数", "就労日数"], help: "日給の人の出勤日数。" },
  { key: "workHours", header: "労働時間", required: false, unit: "時間", synonyms: ["勤務時間", "総労働時間", "実労働時間", "労働時間数", "就労時間"], help: "時給の人の労働時間（7.5 や 7:30）。" },
  { key: "overtimeHours", header: "残業時間", required: false, unit: "時間", synonyms: ["時間外労働時間", "時間外時間", "普通残業時間", "法定時間外労働時間", "時間外労働", "残業"], help: "法定時間外労働の時間。" },
  { key: "lateNightHours", header: "深夜時間", required: false, unit: "時間", synonyms: ["深夜労働時間", "深夜残業時間", "深夜"], help: "深夜（22時〜5時）労働の時間。" },
  { key: "holidayHours", header: "休日時間", required: false, unit: "時間", synonyms: ["休日労働時間", "休日出勤時間", "法定休日労働時間", "休日"], help: "法定休日労働の時間。" },
  { key: "absenceDays", header: "欠勤日数", required: false, unit: "日", synonyms: ["欠勤", "欠勤日"], help: "欠勤日数（0.5 日単位も可）。" },
  { key: "extraTaxable", header: "臨時の課税手当", required: false, unit: "円", synonyms: ["臨時手当", "臨時課税手当", "課税臨時手当", "その他課税手当", "課税その他手当"], help: "今月だけの課税手当（円）。" },
  { key: "extraNonTaxable", header: "臨時の非課税手当", required: false, unit: "円", synonyms: ["臨時非課税手当", "非課税臨時手当", "その他非課税手当", "非課税その他手当"], help: "今月だけの非課税手当（円）。" },
  { key: "extraDeduction", header: "臨時の控除", required: false, unit: "円", synonyms: ["臨時控除", "その他控除", "控除その他"], help: "今月だけの控除（円）。" },
  { key: "settlementPay", header: "前月精算（支給）", required: false, unit: "円", synonyms: ["前月精算支給", "精算（支給）", "精算支給", "仮払い精算（支給）"], help: "仮払いした月の不足分（円）。差引支給額にだけ足します（総支給・課税・保険料の対象外）。" },
  { key: "settlementDeduction", header: "前月精算（控除）", required: false, unit: "円", synonyms: ["前月精算控除", "精算（控除）", "精算控除", "仮払い精算（控除）"], help: "仮払いした月の払いすぎ（円）。差引支給額からだけ引きます（総支給・課税・保険料の対象外）。" },
];

/** The 前月精算 items: paid once, in the month after the true month is known. */
export const SETTLEMENT_ITEMS: readonly VariableItem[] = ["settlementPay", "settlementDeduction"];

/**
 * 前月精算の理由: text beside the amounts, printed in the payslip's 備考 so that the employee reads why the net pay
 * moved. 「理由」 is the column `sonae settle --out` writes.
 */
export const SETTLEMENT_REASON_FIELD: FieldSpec<"settlementReason"> = {
  key: "settlementReason", header: "前月精算の理由", required: false, synonyms: ["理由", "精算の理由", "精算理由", "前月精算理由"], help: "前月精算の理由（給与明細の備考に印字します）。",
};

/**
 * Last month's inputs as this month's (前月同額): the same hours and allowances, never last month's 前月精算 —
 * a settlement is paid once, and copying it would pay or deduct it again.
 */
export function carriedOverVariables(last: MonthlyVariables): MonthlyVariables {
  const carried = { ...last };
  for (const item of SETTLEMENT_ITEMS) delete carried[item];
  delete carried.settlementReason;
  return carried;
}

/** The 社員番号 of a monthly file: the key into the master. */
export const ID_FIELD: FieldSpec<"id"> = { key: "id", header: "社員番号", required: true, synonyms: ["従業員番号", "社員コード", "従業員コード", "社員NO", "社員No.", "社員CD", "職員番号", "職員コード", "個人コード", "社員ID", "従業員ID"], help: "従業員マスタの社員番号。" };
/** The 氏名 of a monthly file: only compared with the master's, to catch a row keyed by the wrong number. */
export const NAME_FIELD: FieldSpec<"name"> = { key: "name", header: "氏名", required: false, synonyms: ["従業員氏名", "社員氏名", "名前", "従業員名", "社員名"], help: "確認用（マスタの氏名と違えば注意を出します）。" };

export const VARIABLES_SCHEMA: Schema<VariablesField> = [ID_FIELD, NAME_FIELD, ...VARIABLE_FIELDS, SETTLEMENT_REASON_FIELD];

/** The template's columns: the inputs a clerk types each month (the reason comes with a settlement, from `sonae settle`). */
export const VARIABLES_TEMPLATE_HEADERS: readonly string[] = [ID_FIELD, NAME_FIELD, ...VARIABLE_FIELDS].map((f) => f.header);
