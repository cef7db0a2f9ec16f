import { BusinessType } from "../../calc/law/employmentInsurance";
import { extensibleRate, LawContext } from "../../calc/law/lawContext";
import { employmentUserKey } from "../../calc/law/userTables";
import { Ppm } from "../../calc/money/rate";

/**
 * 雇用保険率 as the 年度更新 uses it: 事業主負担＋労働者負担 together (徴収法第12条第4項 の雇用保険率), on the day
 * that fixes the wage; a rate the user added (--law) serves where the built-in data has none.
 */
export function totalEmploymentRate(law: LawContext, type: BusinessType, day: number): Ppm {
  return extensibleRate(law, "雇用保険料率", employmentUserKey(type, "employee"), day) + extensibleRate(law, "雇用保険料率", employmentUserKey(type, "employer"), day);
}
