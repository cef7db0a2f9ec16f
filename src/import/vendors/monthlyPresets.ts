/**
 * Presets for the month's files: the 勤怠 export (KING OF TIME 月別データ) and the payroll system's results (freee
 * 賃金台帳, 弥生給与 明細データ). Only header names written in public sources are used (cited per preset).
 */
import type { PreviousResultsField } from "../../calc/records/previousResults";
import type { VariablesField } from "../../calc/records/variables";
import type { VendorPreset } from "../vendorPreset";

/**
 * KING OF TIME 月別データ: 従業員コード, 残業時間, 深夜所定時間, 深夜残業時間, 法定休日所定時間, 法定休日残業時間,
 * 法定休日深夜所定時間 (support.ta.kingoftime.jp 360038855973 and 20168762476185). KOT splits 深夜 into 深夜所定 and
 * 深夜残業 and holiday work into 法定休日所定 and 法定休日残業: reading one of them alone undercounts, so the ones
 * present are added up.
 */
export const KOT_MONTHLY: VendorPreset<VariablesField> = {
  id: "kot-monthly",
  name: "KING OF TIME 月別データ",
  description:
    "従業員コード・残業時間。深夜時間は 深夜所定時間＋深夜残業時間＋法定休日深夜所定時間、休日時間は 法定休日所定時間＋法定休日残業時間 を合計します（ある列だけ）。時間の表記（10進・60進・分）は KING OF TIME の「時間表示形式」に合わせてください。",
  recognise: [["従業員コード"], ["深夜所定時間", "深夜残業時間", "法定休日所定時間", "法定休日残業時間", "法定休日深夜所定時間", "平日出勤日数"]],
  columns: { id: ["従業員コード"], overtimeHours: ["残業時間"] },
  combined: {
    lateNightHours: { how: "sum", parts: [["深夜所定時間"], ["深夜残業時間"], ["法定休日深夜所定時間"]] },
    holidayHours: { how: "sum", parts: [["法定休日所定時間"], ["法定休日残業時間"]] },
  },
};

/**
 * freee 賃金台帳 CSV: 従業員番号, 種別 (給与 or 賞与 in one file), 支給月日 (YYYY/MM/DD), the wage items, 総支給額, 健康保険料,
 * 介護保険料, 厚生年金保険料, 雇用保険料, 社会保険料等控除合計, 所得税, 住民税 (as the public dokikudai/freee_tool reads the
 * UTF-8 賃金台帳 CSV). Both kinds of row are read with their 種別: the 賞与 rows are what the 賞与支払届 and the 年度更新
 * need, and the readers of last month's pay (jobs/results/latestSalaryResults) take only the 給与 rows.
 */
export const FREEE_WAGE_LEDGER: VendorPreset<PreviousResultsField> = {
  id: "freee-wage-ledger",
  name: "freee 賃金台帳",
  description: "従業員番号・種別（給与・賞与）・支給月日・基本給と手当・総支給額・健康保険料・介護保険料・厚生年金保険料・雇用保険料・社会保険料等控除合計・所得税・住民税。前月の給与には種別が「給与」の行だけを使います。",
  recognise: [["従業員番号"], ["種別"], ["社会保険料等控除合計", "総支給額"]],
  columns: {
    id: ["従業員番号"], kind: ["種別"], payDate: ["支給月日"], gross: ["総支給額"], health: ["健康保険料"], care: ["介護保険料"], pension: ["厚生年金保険料"],
    employment: ["雇用保険料"], socialInsurance: ["社会保険料等控除合計"], incomeTax: ["所得税"], residentTax: ["住民税"],
    basePay: ["基本給"], overtimePay: ["時間外労働手当"], holidayPay: ["休日労働手当"], lateNightPay: ["深夜労働手当"], commuteAllowance: ["非課税通勤手当"],
  },
};

/**
 * 弥生給与 明細データ: every row starts with 従業員特定文字 (up to 20 characters, required), then any 明細項目 under the
 * office's own item names (support.yayoi-kk.co.jp page_id=24293). Since 定額減税 the tax is split into 所得税 (withheld)
 * and 減税前税額 (before the reduction): 所得税 is what was withheld, so only it is read as the tax.
 */
const YAYOI_ID = ["従業員特定文字"];

export const YAYOI_PAYSLIPS: VendorPreset<PreviousResultsField> = {
  id: "yayoi-payslips",
  name: "弥生給与 明細データ",
  description: "従業員特定文字を社員番号として読みます（従業員コードで特定している場合。氏名で特定しているファイルは読めません）。所得税は「所得税」の列（定額減税の後の額）で、「減税前税額」は読みません。ほかの明細項目は見出しから推測します。",
  recognise: [YAYOI_ID],
  columns: { id: YAYOI_ID, incomeTax: ["所得税"] },
};

/** The same 弥生給与 明細データ given as the 勤怠・変動 file (its 勤怠 items under the office's own names). */
export const YAYOI_PAYSLIP_HOURS: VendorPreset<VariablesField> = {
  id: "yayoi-payslips",
  name: YAYOI_PAYSLIPS.name,
  description: "従業員特定文字を社員番号として読みます（従業員コードで特定している場合）。勤怠の項目は見出しから推測します。",
  recognise: [YAYOI_ID],
  columns: { id: YAYOI_ID },
};

export const VARIABLES_VENDORS: readonly VendorPreset<VariablesField>[] = [KOT_MONTHLY, YAYOI_PAYSLIP_HOURS];
export const RESULTS_VENDORS: readonly VendorPreset<PreviousResultsField>[] = [FREEE_WAGE_LEDGER, YAYOI_PAYSLIPS];
