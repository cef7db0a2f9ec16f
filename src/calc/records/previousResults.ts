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
/** 賃金の種類ごとの額 (労働基準法施行規則第54条第1項第6号), as the payroll computes them (src/calc/payroll/payrollResult.ts). */
export type ItemAmount = "basePay" | "fixedAllowance" | "overtimePay" | "overtimeOver60Pay" | "holidayPay" | "lateNightPay" | "commuteAllowance" | "absenceDeduction";
/** What the 賃金台帳 and the 源泉徴収簿 need of a payment besides its amounts. */
export type LedgerField = ItemAmount | "dependents";
/** 賃金計算期間 as a vendor exports it: the period itself, or the 締日 that ends it (read only: Sonae's own files have 対象年月). */
export type WagePeriodField = "wagePeriod" | "closingDate";
export type PreviousResultsField = "id" | "name" | "period" | PaymentField | LedgerField | WagePeriodField | ResultAmount | VariableItem | "note";

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
  /** The amount of each kind of wage (基本給, 手当, 割増賃金, 欠勤控除), when the file has the column. */
  items?: Partial<Record<ItemAmount, number>>;
  /** 扶養親族等の数 the withholding of this payment used (源泉徴収簿). */
  dependents?: number;
  /** 賃金計算期間 (ISO days) from the file's own 計算期間 or 締日 column, when it has one. */
  wagePeriod?: { start: string; end: string };
  /** 備考 says 仮払い: a month paid provisionally (前月同額), whose true results replace it in the history. */
  provisional?: boolean;
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

/** 備考: 「仮払い（前月同額）」 marks a provisional month (the 仮払い台帳 writes it); other text is the clerk's. */
export const NOTE_FIELD: FieldSpec<"note"> = { key: "note", header: "備考", required: false, synonyms: ["摘要", "メモ"], help: "仮払い（前月同額）の月は「仮払い」と書きます（確定した結果があれば、そちらを使います）。" };

/** The words of 備考 that mark a provisional month. */
export function isProvisionalNote(note: string): boolean {
  return note.includes("仮払い");
}

/**
 * The amount of each kind of wage, for the 賃金台帳 (労働基準法第108条, 施行規則第54条第1項第6号); optional. 欠勤控除 is
 * written as the positive amount taken off the pay.
 */
export const ITEM_AMOUNTS: readonly FieldSpec<ItemAmount>[] = [
  { key: "basePay", header: "基本給", required: false, synonyms: ["基本給額", "基本賃金", "基本給与", "本給"], help: "その月に支払った基本給（日給・時給は単価×日数・時間）。" },
  { key: "fixedAllowance", header: "固定手当", required: false, synonyms: ["諸手当", "諸手当合計", "手当合計", "固定手当合計", "その他手当"], help: "毎月定額の手当の合計。" },
  { key: "overtimePay", header: "時間外手当", required: false, synonyms: ["残業手当", "時間外労働手当", "時間外勤務手当", "普通残業手当", "法定時間外手当"], help: "時間外労働の割増賃金（月60時間まで）。" },
  { key: "overtimeOver60Pay", header: "時間外手当（60時間超）", required: false, synonyms: ["60時間超残業手当", "60時間超時間外手当", "月60時間超残業手当"], help: "月60時間を超える時間外労働の割増賃金。" },
  { key: "holidayPay", header: "休日手当", required: false, synonyms: ["休日出勤手当", "休日労働手当", "休日勤務手当", "法定休日手当"], help: "法定休日労働の割増賃金。" },
  { key: "lateNightPay", header: "深夜手当", required: false, synonyms: ["深夜労働手当", "深夜勤務手当", "深夜残業手当", "深夜割増手当"], help: "深夜労働の割増賃金。" },
  { key: "commuteAllowance", header: "通勤手当", required: false, synonyms: ["通勤手当額", "通勤費", "交通費", "通勤交通費"], help: "その月に支払った通勤手当（非課税分を含む）。" },
  { key: "absenceDeduction", header: "欠勤控除", required: false, synonyms: ["欠勤控除額", "欠勤控除金額", "欠勤減額"], help: "欠勤による減額（正の額）。" },
];

const DEPENDENTS_FIELD: FieldSpec<"dependents"> = { key: "dependents", header: "扶養親族等の数", required: false, synonyms: ["扶養人数", "扶養親族数", "税扶養人数", "源泉扶養人数"], help: "源泉徴収に使った扶養親族等の数。" };

/**
 * 賃金計算期間 (労働基準法施行規則第54条第1項第3号) as the payroll system exports it: freee's 賃金台帳 has 給与計算締日（固定給）
 * (a date); others write the period. Read only: Sonae's own files give 対象年月, and the ledger derives the period
 * from it and the 締め日.
 */
export const WAGE_PERIOD_FIELDS: readonly FieldSpec<WagePeriodField>[] = [
  { key: "wagePeriod", header: "賃金計算期間", required: false, synonyms: ["計算期間", "給与計算期間", "給与計算対象期間", "対象期間"], help: "「2026/04/21〜2026/05/20」の形（初日〜締め日）。" },
  { key: "closingDate", header: "締め日", required: false, synonyms: ["締日", "給与計算締日", "給与計算締日（固定給）", "賃金締切日", "締切日"], help: "賃金計算期間の最後の日（日付）。日だけ（20・末日）のときは対象年月の月の日として読みます。" },
];

/** The columns Sonae writes (--results-out), in its order: every column it reads but the vendor-only period ones. */
export const WRITTEN_RESULTS_SCHEMA: Schema<PreviousResultsField> = [ID_FIELD, NAME_FIELD, PERIOD_FIELD, ...PAYMENT_FIELDS, DEPENDENTS_FIELD, ...ITEM_AMOUNTS, ...RESULT_AMOUNTS, ...VARIABLE_FIELDS, NOTE_FIELD];

export const PREVIOUS_RESULTS_SCHEMA: Schema<PreviousResultsField> = [...WRITTEN_RESULTS_SCHEMA, ...WAGE_PERIOD_FIELDS];

/** The header row of a results file, in the order --results-out writes it. */
export const RESULTS_HEADERS: readonly string[] = WRITTEN_RESULTS_SCHEMA.map((f) => f.header);
