import { PayType, TaxColumn } from "./employee";
import { PayrollLine } from "./types";

/** One premium month's share of the 社会保険料 a salary deducts. */
export interface PremiumMonthPart {
  /** 保険料の○月分, "YYYY-MM" */
  month: string;
  /** 介護保険第2号被保険者 in that month */
  careApplies: boolean;
  healthInsured: boolean;
  pensionInsured: boolean;
  health: number;
  care: number;
  childSupport: number;
  pension: number;
}

/** The whole calculation of one employee's month, every amount in whole yen, as the 給与計算 sheet shows it. */
export interface PayrollDetail {
  employeeId: string;
  name: string;
  /** 対象年月 "YYYY-MM", 賃金計算期間 (ISO) and 支給日 (ISO) */
  period: string;
  periodStart: string;
  periodEnd: string;
  payDate: string;
  payType: PayType;
  taxColumn: TaxColumn;
  dependents: number;

  // ---- 支給
  /** 1時間当たり賃金 (割増賃金の基礎), for display: exact to 2 decimals; the amounts use the exact fraction. */
  hourlyWage: number;
  basePay: number;
  fixedAllowance: number;
  /** 割増賃金: 時間外 (60時間まで), 時間外 (60時間超), 休日, 深夜 — each rounded on its own */
  overtime: number;
  overtimeOver60: number;
  holiday: number;
  lateNight: number;
  absenceDeduction: number;
  commuteAllowance: number;
  /** 通勤手当のうち非課税 (min(通勤手当, 非課税額)) */
  commuteExempt: number;
  extraTaxable: number;
  extraNonTaxable: number;
  /** 総支給 = 基本給 + 固定手当 + 割増賃金 − 欠勤控除 + 通勤手当 + 臨時手当 */
  gross: number;

  // ---- 控除
  premiumMonths: PremiumMonthPart[];
  health: number;
  care: number;
  childSupport: number;
  pension: number;
  /** 雇用保険の対象賃金 (総支給 − 臨時の非課税手当) and premium */
  employmentWages: number;
  employment: number;
  socialInsurance: number;
  /** 課税対象額 = 総支給 − 非課税通勤手当 − 臨時の非課税手当 − 社会保険料計 (0 未満は 0) */
  taxable: number;
  incomeTax: number;
  residentTax: number;
  extraDeduction: number;
  /** 控除計 = 社会保険料計 + 所得税 + 住民税 + 臨時控除 */
  deductions: number;
  /** 前月精算（支給）・（控除）: outside 総支給 and 控除計; they move 差引支給額 alone (settledNetPay). */
  settlementPay: number;
  settlementDeduction: number;
  /** 差引支給額 = 総支給 − 控除計 + 前月精算（支給） − 前月精算（控除） */
  net: number;

  /** Things the clerk should know (an input ignored, a 0 assumed). */
  notes: string[];
  line: PayrollLine;
}

/** An employee outside the pay period gets no line and is reported with the reason. */
export interface PayrollSkip {
  employeeId: string;
  name: string;
  reason: "notYetHired" | "left";
  message: string;
}

export type PayrollOutcome = { status: "paid"; detail: PayrollDetail } | { status: "skipped"; skip: PayrollSkip };

/** One bonus (賞与) of one employee. */
export interface BonusDetail {
  employeeId: string;
  name: string;
  payDate: string;
  /** 賞与の保険料の○月分 = the month it is paid in */
  premiumMonth: string;
  careApplies: boolean;
  bonus: number;
  /** 標準賞与額: 健康保険 (年度573万円まで) and 厚生年金 (1か月150万円まで) */
  standardBonusHealth: number;
  standardBonusPension: number;
  health: number;
  care: number;
  childSupport: number;
  pension: number;
  employment: number;
  socialInsurance: number;
  /** 課税対象額 = 賞与 − 社会保険料計 */
  taxable: number;
  prevMonthTaxable: number;
  incomeTax: number;
  net: number;
  notes: string[];
}
