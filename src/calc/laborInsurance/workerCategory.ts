import { Employee } from "../payroll/employee";

/**
 * The columns of the 確定保険料・一般拠出金算定基礎賃金集計表: 常用労働者 (雇用保険の被保険者であるパート等を含む),
 * 役員で労働者扱いの人 (兼務役員), 臨時労働者 (被保険者でないパート・アルバイト). A 役員 who is not also a worker is
 * outside both insurances: 労災保険法・雇用保険法の「労働者」ではない (労働者災害補償保険法第3条, 雇用保険法第4条第1項).
 */
export type WorkerCategory = "regular" | "workingOfficer" | "temporary" | "outside";

/** 役員 as the master marks them: 役員 (労働者でない) or 兼務役員 (役員で労働者扱いの人). */
export type OfficerStatus = "officer" | "workingOfficer";

/**
 * The 集計表 column of an employee (労働保険の保険料の徴収等に関する法律第11条第2項「賃金総額」は使用するすべての労働者の賃金).
 * @example workerCategory({ employmentInsurance: "none" }) // "temporary"
 */
export function workerCategory(e: Pick<Employee, "employmentInsurance" | "officer">): WorkerCategory {
  if (e.officer === "officer") return "outside";
  if (e.officer === "workingOfficer") return "workingOfficer";
  return e.employmentInsurance === "none" ? "temporary" : "regular";
}

/**
 * 雇用保険の賃金総額 counts the 被保険者 only (徴収法第11条, 雇用保険法第4条第1項). 労災 counts every worker
 * (役員で労働者扱いの人 and 臨時労働者 too).
 */
export function countsForEmploymentInsurance(e: Pick<Employee, "employmentInsurance" | "officer">): boolean {
  const category = workerCategory(e);
  return (category === "regular" || category === "workingOfficer") && e.employmentInsurance !== "none";
}

export function countsForWorkersCompensation(e: Pick<Employee, "employmentInsurance" | "officer">): boolean {
  return workerCategory(e) !== "outside";
}
