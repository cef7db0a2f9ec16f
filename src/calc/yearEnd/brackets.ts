import { UpTo } from "../law/data/yearEnd/incomeBrackets";
import { PremiumFormula } from "../law/data/yearEnd/insurancePremiums.data";
import { ceilYen } from "../money/yearEndRounding";

/** The row whose range (以下 upTo, 超 the previous upTo) holds the amount; the open last row otherwise. */
export function rowFor<T>(rows: readonly UpTo<T>[], amount: number): UpTo<T> | undefined {
  // A loop rather than rows.find(r => …): no closure per lookup (a 年末調整 runs this per employee).
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r.upTo === null || amount <= r.upTo) return r;
  }
  return undefined;
}

/** A premium's deduction by its formula (控除額: ceil(premium × percent%) + add, or fixed). */
export function premiumDeduction(formula: PremiumFormula, premium: number): number {
  if (premium <= 0) return 0;
  const row = rowFor(formula, premium);
  if (!row) return 0;
  const v = row.value;
  return "fixed" in v ? v.fixed : ceilYen(premium * v.percent, 100) + v.add;
}
