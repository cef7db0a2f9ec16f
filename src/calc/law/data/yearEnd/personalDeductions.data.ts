/**
 * 障害者控除 (所得税法第79条), 寡婦控除 (第80条), ひとり親控除 (第81条), 勤労学生控除 (第82条). Yen.
 */
export interface PersonalDeductionRules {
  /** 障害者 1人につき (本人・同一生計配偶者・扶養親族). */
  readonly disabled: number;
  /** 特別障害者 1人につき. */
  readonly speciallyDisabled: number;
  /** 同居特別障害者 (同一生計配偶者・扶養親族で同居を常況とする特別障害者) 1人につき (第79条第3項). */
  readonly speciallyDisabledCohabiting: number;
  readonly widow: number;
  readonly singleParent: number;
  /** 寡婦・ひとり親: 本人の合計所得金額の上限 (以下) (所得税法第2条第1項第30号・第31号). */
  readonly widowSingleParentIncomeLimit: number;
  readonly workingStudent: number;
  /** 勤労学生: 本人の合計所得金額の上限 (以下) (所得税法第2条第1項第32号). */
  readonly workingStudentIncomeLimit: number;
  /** 勤労学生: 給与所得等 (勤労に基づく所得) 以外の所得の上限 (以下). */
  readonly workingStudentOtherIncomeLimit: number;
}

const COMMON = {
  disabled: 270_000,
  speciallyDisabled: 400_000,
  speciallyDisabledCohabiting: 750_000,
  widow: 270_000,
  singleParent: 350_000,
  widowSingleParentIncomeLimit: 5_000_000,
  workingStudent: 270_000,
  workingStudentOtherIncomeLimit: 100_000,
} as const;

/** 令和7年分: 勤労学生の合計所得金額 85万円以下 (令和7年度改正で75万円から引上げ). */
export const PERSONAL_DEDUCTIONS_R07: PersonalDeductionRules = { ...COMMON, workingStudentIncomeLimit: 850_000 };

/** 令和8年分: 勤労学生の合計所得金額 89万円以下 (令和8年4月 改正のあらまし). ひとり親控除 38万円 is from 令和9年分. */
export const PERSONAL_DEDUCTIONS_R08: PersonalDeductionRules = { ...COMMON, workingStudentIncomeLimit: 890_000 };
