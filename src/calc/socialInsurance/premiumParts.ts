import { microYen, Ppm, PPM } from "../money/rate";
import { exactQuotient, shareDeductedFromPay } from "../money/rounding";
import { Part } from "./types";

/**
 * One premium split into its parts. 労使折半 (健康保険法第161条第1項, 厚生年金保険法第82条第1項):
 * the insured bears half; the half deducted from pay is rounded 50銭以下切捨て・50銭超切上げ and the
 * employer bears the rest of the exact total.
 * @example splitPremium(300_000, 98_500, "employee") // 29,550 total → 14,775
 */
export function splitPremium(standardAmount: number, rate: Ppm, part: Part): number {
  const total = microYen(standardAmount, rate); // micro-yen, exact
  switch (part) {
    case "total":
      return exactQuotient(total, PPM);
    case "half":
      return exactQuotient(total, 2 * PPM);
    case "employee":
      return shareDeductedFromPay(total, 2 * PPM);
    case "employer":
      return exactQuotient(total - shareDeductedFromPay(total, 2 * PPM) * PPM, PPM);
  }
}
