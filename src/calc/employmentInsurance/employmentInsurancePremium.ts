import { BusinessType, employmentInsuranceRates } from "../law/employmentInsurance";
import { CalcError } from "../law/errors";
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
export function employmentInsurancePremium(a: { wages: number; businessType: BusinessType; day: Day; part: Part }): number {
  const r = employmentInsuranceRates.at(a.day);
  const employee = microYen(a.wages, r.employee[a.businessType]);
  const total = employee + microYen(a.wages, r.employer[a.businessType]);
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
