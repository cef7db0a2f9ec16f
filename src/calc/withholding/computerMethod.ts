import { computerMethodTables, onPaymentDate } from "../law/withholding";
import { Day } from "../dates/calendar";
import { microYen, PPM } from "../money/rate";
import { bandUpTo } from "./bandIndex";
import { checkDependents, checkYen } from "./types";
import { roundHalfUpToTenYen, roundUpToYen } from "../money/withholdingRounding";

/**
 * 月額表の甲欄を適用する給与等に対する源泉徴収税額の電算機計算の特例 (財務省告示 平成24年第116号):
 *   B = A − 給与所得控除の額 (第1表, 率の額は1円未満切上げ) − 扶養親族等の数 × 第2表の額 − 基礎控除の額 (第3表)
 *   税額 = B × 第4表の税率 − 控除額, 10円未満四捨五入 (0 未満は 0).
 * A = その月の社会保険料等控除後の給与等の金額. A 月額表 may differ from this by a few yen; both are lawful.
 * @example computerMethodWithholding({ taxable: 740_000, dependents: 3, paymentDate: 2026-11-25 }) // B 434,165 → 52,282.49 → 52,280
 */
export function computerMethodWithholding(a: { taxable: number; dependents: number; paymentDate: Day }): number {
  const t = onPaymentDate(computerMethodTables, a.paymentDate);
  const amount = checkYen("社会保険料等控除後の給与等の金額", a.taxable);
  const s = bandUpTo(t.salaryUpTo, amount);
  const salaryDeduction = t.salaryRate[s] === 0 ? t.salaryAdd[s] : roundUpToYen(microYen(amount, t.salaryRate[s]), PPM) + t.salaryAdd[s];
  const basic = t.basic[bandUpTo(t.basicUpTo, amount)];
  const taxableIncome = amount - salaryDeduction - checkDependents(a.dependents) * t.perDependent - basic;
  if (taxableIncome <= 0) return 0;
  const r = bandUpTo(t.taxUpTo, taxableIncome);
  const tax = microYen(taxableIncome, t.taxRate[r]) - t.taxSubtract[r] * PPM;
  return tax > 0 ? roundHalfUpToTenYen(tax, PPM) : 0;
}
