/**
 * The master's 役員 column, for the 労働保険 年度更新: a 役員 is not a 労働者 (労働者災害補償保険法第3条・
 * 雇用保険法第4条第1項 の「労働者」に当たらない), so their pay is outside the 賃金総額; a 兼務役員 (役員で労働者扱いの人:
 * 部長などを兼ね、労働者としての賃金を受ける人) is a worker for 労災, and for 雇用 when the 雇用保険 column says so.
 */
import type { Employee } from "../calc/payroll/employee";
import type { MasterField } from "../calc/records/master";
import type { RowReader } from "./engine";
import { fold, Normalizer } from "./normalize";

type Officer = NonNullable<Employee["officer"]> | "no";

const OFFICER_WORDS: Record<string, Officer> = {
  はい: "officer", 役員: "officer", "○": "officer", "◯": "officer",
  兼務: "workingOfficer", 兼務役員: "workingOfficer", 使用人兼務役員: "workingOfficer",
  いいえ: "no",
};

export const normalizeOfficer: Normalizer<Officer> = (text) => {
  const value = OFFICER_WORDS[fold(text).replace(/\s+/g, "")];
  return value ? { value } : { error: "役員は「はい」（役員）・「兼務」（兼務役員: 役員で労働者扱いの人）のどちらか、役員でなければ空欄です。" };
};

/**
 * Reads 役員 into the employee (nothing set for a blank cell or いいえ). A 役員 whose 雇用保険 is not 対象外 (a blank
 * cell reads as 一般) is told: payroll would deduct a 雇用保険料 the 役員 does not owe.
 */
export function readOfficer(r: RowReader<MasterField>, e: Pick<Employee, "officer" | "employmentInsurance">): void {
  const officer = r.read("officer", normalizeOfficer);
  if (officer === undefined || officer === "no") return;
  e.officer = officer;
  if (officer === "officer" && e.employmentInsurance !== "none") {
    r.add("employmentInsurance", "warning", "役員（「はい」）は雇用保険の被保険者になりません（空欄は一般として保険料を控除します）。雇用保険を「対象外」にするか、役員で労働者扱いの人なら役員を「兼務」にしてください。");
  }
}
