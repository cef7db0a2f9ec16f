import { invalid } from "../vocabulary/errors";
import { monthlyTaxTables, onPaymentDate } from "../law/withholding";
import { Day } from "../dates/calendar";
import type { LawContext } from "../law/lawContext";
import { microYen, PPM } from "../money/rate";
import { bonusWithholdingRate } from "./bonusWithholdingRate";
import { tableTax } from "./tableTax";
import { checkDependents, checkYen } from "./types";
import { truncateBelowOneYen } from "../money/withholdingRounding";

/**
 * Whether a bonus is taxed by the 月額表 instead of the 算出率の表 (所得税法第186条第2項; 国税庁 タックスアンサー
 * No.2523): no pay in the previous month, or that pay not above its social insurance (前月の金額 0 以下), or the
 * bonus (after its social insurance) more than 10 times the previous month's taxable pay. Exactly 10 times
 * is still the table.
 */
export function bonusUsesMonthlyTable(bonusTaxable: number, prevMonthTaxable: number): boolean {
  return prevMonthTaxable <= 0 || bonusTaxable > 10 * prevMonthTaxable;
}

/**
 * 賞与に対する源泉徴収税額 (所得税法第186条):
 *  - normally the bonus after its social insurance × 賞与の算出率 (1円未満切捨て);
 *  - when the table cannot be used (bonusUsesMonthlyTable): (月額表の税額 on 前月 + 賞与の6分の1 − 月額表の税額
 *    on 前月) × 6; ÷12 and ×12 when the bonus's 計算期間 exceeds 6 months. No previous pay counts as 0. The
 *    sixth is kept exact (no rounding is prescribed); the 月額表's 算式行 truncate below 1円.
 * 乙欄 ignores 扶養親族等 (the 算出率の表's 乙欄 has no dependants; the 月額表 is then read at 0).
 * @example bonusWithholding({ bonusTaxable: 500_000, prevMonthTaxable: 300_000, dependents: 2, column: "甲", paymentDate: 2026-12-10, periodMonths: 6 }) // 20,420
 */
export function bonusWithholding(a: {
  bonusTaxable: number;
  prevMonthTaxable: number;
  dependents: number;
  column: "甲" | "乙";
  paymentDate: Day;
  periodMonths: number;
  /** The built-in law, or with the 賞与の算出率の表 a user added. */
  law?: LawContext;
}): number {
  const bonus = checkYen("賞与の金額（社会保険料等控除後）", a.bonusTaxable);
  const declared = checkDependents(a.dependents);
  const dependents = a.column === "乙" ? 0 : declared;
  if (!Number.isSafeInteger(a.prevMonthTaxable)) throw invalid("前月の社会保険料等控除後の給与等の金額", a.prevMonthTaxable, "整数（円）で指定してください（前月の給与が社会保険料等以下なら 0）。");
  if (!Number.isInteger(a.periodMonths) || a.periodMonths < 1) throw invalid("賞与の計算期間（月数）", a.periodMonths, "1以上の整数で指定してください。");
  if (bonusUsesMonthlyTable(bonus, a.prevMonthTaxable)) {
    const k = a.periodMonths > 6 ? 12 : 6;
    const prev = a.prevMonthTaxable > 0 ? a.prevMonthTaxable : 0;
    const table = onPaymentDate(monthlyTaxTables, a.paymentDate);
    const withBonus = tableTax(table, a.column, dependents, prev * k + bonus, k);
    return (withBonus - tableTax(table, a.column, dependents, prev, 1)) * k;
  }
  const rate = bonusWithholdingRate({ prevMonthTaxable: a.prevMonthTaxable, dependents, column: a.column, paymentDate: a.paymentDate, law: a.law });
  return truncateBelowOneYen(microYen(bonus, rate), PPM);
}
