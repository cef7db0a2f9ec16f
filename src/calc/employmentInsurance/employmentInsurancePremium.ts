import { BusinessType } from "../law/employmentInsurance";
import { BUILT_IN_LAW, extensibleRate, LawContext } from "../law/lawContext";
import { employmentUserKey } from "../law/userTables";
import { CalcError } from "../vocabulary/errors";
import { Day } from "../dates/calendar";
import { microYen, Ppm, PPM } from "../money/rate";
import { exactQuotient, shareDeductedFromPay } from "../money/rounding";
import { Part } from "../socialInsurance/types";

/** The 雇用保険料率 of both sides, for a business type on a 賃金締切日. */
interface Rates {
  employee: Ppm;
  employer: Ppm;
}

/** The last rates found: a premium column asks for the same business type and day on every row. */
let last: { businessType: BusinessType; day: Day; law: LawContext; rates: Rates } | undefined;

function ratesOn(businessType: BusinessType, day: Day, law: LawContext): Rates {
  const l = last;
  if (l !== undefined && l.businessType === businessType && l.day === day && l.law === law) return l.rates;
  const rate = (side: "employee" | "employer") => extensibleRate(law, "雇用保険料率", employmentUserKey(businessType, side), day);
  const rates = { employee: rate("employee"), employer: rate("employer") };
  last = { businessType, day, law, rates };
  return rates;
}

/**
 * 雇用保険料 (労働保険徴収法第12条・第31条): 賃金総額 × 料率. The insured's share (被保険者負担率) deducted
 * from pay is rounded 50銭以下切捨て・50銭超切上げ; the employer bears the rest of the exact total.
 * Not split in half, so part "half" does not exist here.
 * @example employmentInsurancePremium({ wages: 300_000, businessType: "general", day: 2026-11-25, part: "employee" }) // 1,500
 */
export function employmentInsurancePremium(a: { wages: number; businessType: BusinessType; day: Day; part: Part; law?: LawContext }): number {
  const rates = ratesOn(a.businessType, a.day, a.law ?? BUILT_IN_LAW);
  const employee = microYen(a.wages, rates.employee);
  const total = employee + microYen(a.wages, rates.employer);
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
