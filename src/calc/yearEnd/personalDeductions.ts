import { forTaxYear, personalDeductionRules } from "../law/yearEnd";

export interface PersonalStatus {
  /** 障害者・特別障害者・同居特別障害者 の人数 (本人・同一生計配偶者・扶養親族の合計). */
  disabled: number;
  speciallyDisabled: number;
  speciallyDisabledCohabiting: number;
  widow: boolean;
  singleParent: boolean;
  workingStudent: boolean;
}

export interface PersonalDeductions {
  disabled: number;
  widowOrSingleParent: number;
  workingStudent: number;
  total: number;
  /** Why a declared status gave no deduction (Japanese, for the reviewer). */
  notes: string[];
}

/**
 * 障害者控除 (所得税法第79条: 1人27万円, 特別障害者40万円, 同居特別障害者75万円), 寡婦控除 (第80条 27万円) or
 * ひとり親控除 (第81条 35万円) — a ひとり親 is never a 寡婦 (第2条第1項第30号), both need 合計所得金額500万円
 * 以下 — and 勤労学生控除 (第82条 27万円; 合計所得金額 令和7年分85万円・令和8年分89万円以下, 勤労以外の所得
 * 10万円以下).
 * @example personalDeductions({ status: { disabled: 1, …, singleParent: true }, totalIncome: 3_000_000, otherIncome: 0, year: 2026 }) // 270,000 + 350,000
 */
export function personalDeductions(a: { status: PersonalStatus; totalIncome: number; otherIncome: number; year: number }): PersonalDeductions {
  const r = forTaxYear(personalDeductionRules, a.year);
  const s = a.status;
  const notes: string[] = [];
  const disabled = s.disabled * r.disabled + s.speciallyDisabled * r.speciallyDisabled + s.speciallyDisabledCohabiting * r.speciallyDisabledCohabiting;
  let widowOrSingleParent = 0;
  if (s.singleParent || s.widow) {
    const kind = s.singleParent ? "ひとり親" : "寡婦";
    if (s.singleParent && s.widow) notes.push("ひとり親と寡婦の両方が指定されています。ひとり親は寡婦に該当しないため、ひとり親控除のみ適用しました。");
    if (a.totalIncome > r.widowSingleParentIncomeLimit) {
      notes.push(`合計所得金額が${r.widowSingleParentIncomeLimit.toLocaleString("ja-JP")}円を超えるため${kind}控除は適用できません。`);
    } else widowOrSingleParent = s.singleParent ? r.singleParent : r.widow;
  }
  let workingStudent = 0;
  if (s.workingStudent) {
    if (a.totalIncome > r.workingStudentIncomeLimit || a.otherIncome > r.workingStudentOtherIncomeLimit) {
      notes.push(`勤労学生控除は合計所得金額${r.workingStudentIncomeLimit.toLocaleString("ja-JP")}円以下（給与以外の所得${r.workingStudentOtherIncomeLimit.toLocaleString("ja-JP")}円以下）の場合に限られるため適用できません。`);
    } else workingStudent = r.workingStudent;
  }
  return { disabled, widowOrSingleParent, workingStudent, total: disabled + widowOrSingleParent + workingStudent, notes };
}
