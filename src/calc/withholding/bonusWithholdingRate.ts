import { notApplicable } from "../vocabulary/errors";
import type { LawContext } from "../law/lawContext";
import { bonusRateTableOn } from "../law/taxTableOn";
import { Day } from "../dates/calendar";
import { Ppm } from "../money/rate";
import { bandIndex } from "./bandIndex";
import { checkDependents, checkYen } from "./types";

/**
 * 賞与の金額に乗ずべき率 (所得税法第186条第1項, 別表第四「賞与に対する源泉徴収税額の算出率の表」): the band of
 * 前月の社会保険料等控除後の給与等の金額 in the column of 扶養親族等の数 (甲; the last column is「7人以上」) or
 * the 乙欄 (扶養親族等は数えない). In ppm (4.084% → 40,840).
 *
 * The table of the payment's year is the built-in one, or the one the user added (`law`, userTaxTable.ts).
 * The table is not used when there was no pay in the previous month or it did not exceed its social
 * insurance (前月の金額 0 以下): that is #N/A here; bonusWithholding then uses the 月額表 (第186条第2項).
 * @example bonusWithholdingRate({ prevMonthTaxable: 300_000, dependents: 2, column: "甲", paymentDate: 2026-12-10 }) // 40,840
 */
export function bonusWithholdingRate(a: { prevMonthTaxable: number; dependents: number; column: "甲" | "乙"; paymentDate: Day; law?: LawContext }): Ppm {
  const dependents = checkDependents(a.dependents);
  if (a.prevMonthTaxable <= 0) {
    throw notApplicable("前月の社会保険料等控除後の給与等の金額が0以下（前月に給与の支払がない、または社会保険料等以下）のため、賞与の算出率の表は使えません。月額表による計算（WHT_BONUS）を使ってください。");
  }
  const table = bonusRateTableOn(a.paymentDate, a.law);
  const column = a.column === "乙" ? table.otsu : table.kou[dependents < 7 ? dependents : 7];
  return column.rate[bandIndex(column.from, checkYen("前月の社会保険料等控除後の給与等の金額", a.prevMonthTaxable))];
}
