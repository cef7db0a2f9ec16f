/**
 * One employee's master data as the core sees it, after import has read, normalised and validated a
 * row (src/taskpane/import). Every code keeps its leading zeros as text. Fields payroll does not need
 * (マイナンバー, 基礎年金番号) never reach this type.
 */
export type PayType = "monthly" | "daily" | "hourly";
export type TaxColumn = "甲" | "乙";
export type EmploymentInsuranceType = "general" | "agriculture" | "construction" | "none";
/** 全銀 預金種目: 1 普通, 2 当座, 4 貯蓄. */
export type AccountType = "1" | "2" | "4";

export interface BankAccount {
  bankCode: string; // 4 digits
  branchCode: string; // 3 digits
  accountType: AccountType;
  accountNumber: string; // up to 7 digits
  holderKana: string; // 口座名義カナ as imported
}

export interface Employee {
  /** 社員番号 */
  id: string;
  /** 氏名 */
  name: string;
  /** 氏名カナ */
  nameKana?: string;
  /** 生年月日 (ISO YYYY-MM-DD) */
  birthDate: string;
  /** 入社日 / 退職日 (ISO) */
  hireDate?: string;
  leaveDate?: string;
  /** 所属 */
  department?: string;
  /** 性別, for the 賃金台帳 (労働基準法施行規則第54条第1項第2号); payroll itself does not use it. */
  gender?: "男" | "女";
  /** 給与形態: 月給 / 日給 / 時給 */
  payType: PayType;
  /** 基本給: the monthly amount for 月給, the unit price for 日給・時給 */
  baseSalary: number;
  /** 固定手当 (課税, 月額) */
  fixedAllowance: number;
  /** 通勤手当 (月額) and its 非課税額 */
  commuteAllowance: number;
  commuteExempt: number;
  /** 健康保険: 協会けんぽの都道府県 or a 組合 rate, in the SI_HEALTH insurer form ("東京都", "9.5%/1.8%"). */
  healthInsurer: string;
  /** 健保・厚年の標準報酬月額; undefined = not insured in that scheme. */
  healthStandard?: number;
  pensionStandard?: number;
  /** 介護: undefined = from the birth date (SI_CARE_APPLIES); true/false = override. */
  care?: boolean;
  /** 雇用保険の事業区分, or none (対象外). */
  employmentInsurance: EmploymentInsuranceType;
  /**
   * 役員: "officer" (労働者でない役員: 労災・雇用保険の外) or "workingOfficer" (兼務役員: 役員で労働者扱いの人);
   * undefined = not an officer. Used by the 労働保険 年度更新.
   */
  officer?: "officer" | "workingOfficer";
  /** 税区分 */
  taxColumn: TaxColumn;
  /** 扶養親族等の数 */
  dependents: number;
  /** 住民税 (特別徴収の月額) */
  residentTax: number;
  /** 振込先 (net pay); a second account receives a fixed amount and the first the rest. */
  bank?: BankAccount;
  bank2?: BankAccount & { fixedAmount: number };
  /** Why the master's 振込先 could not be used (a partial or invalid account): the person is paid without a transfer. */
  bankProblem?: string;
  /** 被保険者整理番号 (1–6 digits), for the 届書. */
  insuredNumber?: string;
  /** 従前の改定月 "YYYY-MM": when the 標準報酬月額 in force was decided. */
  previousRevisionMonth?: string;
  /** 勤務区分 for the 支払基礎日数 of 定時決定・随時改定: 一般, パート (短時間就労者), 短時間労働者 (特定適用事業所等). */
  workerType?: "general" | "short" | "specified";
  /** 二以上勤務: insured at two or more offices at once (二以上事業所勤務者), flagged on every 届書. */
  multipleOffices?: boolean;
}

/** 勤怠・変動項目 for one employee and one month. */
export interface MonthlyVariables {
  employeeId: string;
  /** 出勤日数 (日給) / 労働時間 (時給) */
  workDays?: number;
  workHours?: number;
  /** 時間外 (法定時間外), 深夜, 休日 hours */
  overtimeHours?: number;
  lateNightHours?: number;
  holidayHours?: number;
  /** 欠勤日数 */
  absenceDays?: number;
  /** 臨時の課税手当・非課税手当・控除 */
  extraTaxable?: number;
  extraNonTaxable?: number;
  extraDeduction?: number;
  /** 前月精算（支給）・（控除）: the settlement of a month paid provisionally; they move the net pay alone (settledNetPay). */
  settlementPay?: number;
  settlementDeduction?: number;
  /** Why there is a 前月精算 (`sonae settle` writes it): printed on the payslip, never a figure. */
  settlementReason?: string;
}
