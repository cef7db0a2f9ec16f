import { BusinessType } from "../law/employmentInsurance";
import { BUILT_IN_LAW, extensibleRate, LawContext } from "../law/lawContext";
import { employmentUserKey } from "../law/userTables";
import { CalcError } from "../vocabulary/errors";
import { Day } from "../dates/calendar";
import { microYen, PPM } from "../money/rate";
import { exactQuotient, shareDeductedFromPay } from "../money/rounding";
import { Part } from "../socialInsurance/types";

/**
 * 雇用保険料 (労働保険徴収法第12条・第31条): 賃金総額 × 料率. The insured's share (被保険者負担率) deducted
 * from pay is rounded 50銭以下切捨て・50銭超切上げ; the employer bears the rest of the exact total.
 * Not split in half, so part "half" does not exist here.
 * @example employmentInsurancePremium({ wages: 300_000, businessType: "general", day: 2026-11-25, part: "employee" }) // 1,500
 */
export function employmentInsurancePremium(a: { wages: number; businessType: BusinessType; day: Day; part: Part; law?: LawContext }): number {
  const rate = (side: "employee" | "employer") => extensibleRate(a.law ?? BUILT_IN_LAW, "雇用保険料率", employmentUserKey(a.businessType, side), a.day);
  const employee = microYen(a.wages, rate("employee"));
  const total = employee + microYen(a.wages, rate("employer"));
  switch (a.part) {
    case "employee":
      return shareDeductedFromPay(employee, PPM);
    case "total":
      return exactQuotient(total, PPM);
    case "employer":
      return exactQuotient(total - shareDeductedFromPay(employee, PPM) * PPM, PPM);
    case "half":
      throw new CalcError("#VALUE!", "雇用保険料は労使折半ではないため part「half」は使えません。employee / employer / total のいずれかです。");
  }
}
