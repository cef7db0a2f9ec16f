/**
 * The payroll of one month as the core computes it and as the workbook shows it. The workbook's live
 * formulas and computePayroll (src/calc/payroll) must produce the same yen for every field.
 */

/** 保険料の徴収時期: 翌月徴収 (default; a salary paid in month M deducts the premiums of month M−1) or 当月徴収. */
export type PremiumTiming = "nextMonth" | "sameMonth";

/**
 * 子ども・子育て支援金の端数処理: rounded once together with the 健康保険料 ("withHealth", 厚生労働省「子ども・子育て支援金
 * に関するQ&A」) or on its own ("separate", for offices whose payroll system does so).
 */
export type ChildSupportRounding = "withHealth" | "separate";

export interface PayrollSettings {
  /** 対象年月 (the month the salary is for), "YYYY-MM". */
  period: string;
  /** 支給日 (ISO). Selects the withholding table. */
  payDate: string;
  /** 締め日 (day of month, 31 = 末日). */
  closingDay: number;
  premiumTiming: PremiumTiming;
  /** 月平均所定労働時間 and 月所定労働日数, for 割増賃金 and 欠勤控除. */
  scheduledHoursPerMonth: number;
  scheduledDaysPerMonth: number;
  /** Defaults applied when an employee's field is blank. */
  defaultInsurer: string;
  defaultEmploymentInsurance: "general" | "agriculture" | "construction";
  companyName: string;
  /** Absent in settings saved before it existed: "withHealth". */
  childSupportRounding?: ChildSupportRounding;
}

/** One employee's result, in whole yen. The JSON line of `sonae payroll` has exactly the first block of keys. */
export interface PayrollLine {
  employeeId: string;
  gross: number;
  health: number;
  care: number;
  childSupport: number;
  pension: number;
  employment: number;
  socialInsurance: number;
  taxable: number;
  incomeTax: number;
  residentTax: number;
  net: number;
}
