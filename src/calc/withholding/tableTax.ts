import { invalid } from "../vocabulary/errors";
import { TaxTable } from "../law/withholding";
import { microYen, Ppm, PPM } from "../money/rate";
import { bandIndex } from "./bandIndex";
import { WithholdingColumn } from "./types";
import { truncateBelowOneYen } from "../money/withholdingRounding";

/** (amount − anchor) × rate of a 算式行, 1円未満切捨て; the amount is numerator / denominator yen. */
function formulaPart(numerator: number, denominator: number, anchor: number, rate: Ppm): number {
  if (rate === 0) return 0;
  return truncateBelowOneYen(microYen(numerator - anchor * denominator, rate), denominator * PPM);
}

/**
 * The tax a 税額表 (月額表・日額表) gives for an amount (numerator / denominator yen; denominator 1 for
 * whole yen, 6 or 12 for 賞与の月額表による計算), following the table's 備考:
 *  - 甲欄: the row of the amount and the column of 扶養親族等の数; more than 7: the 7人 tax less the
 *    table's amount per person over 7 (月額表 1,610円, 日額表 50円), never below 0.
 *  - 乙欄: the row's amount; with a 「従たる給与についての扶養控除等申告書」 the table's amount per declared
 *    扶養親族等 is deducted (月額表 1,610円), never below 0. Pass 0 when none was filed.
 *  - 丙欄 (日額表 only): the row's amount; 扶養親族等 do not count.
 *  - 算式行 (月額表 740,000円以上, 乙 3.063% etc.): base + excess × rate, 1円未満切捨て.
 */
export function tableTax(t: TaxTable, column: WithholdingColumn, dependents: number, numerator: number, denominator: number): number {
  const i = bandIndex(t.from, numerator, denominator);
  if (column === "甲") {
    const d = dependents < 7 ? dependents : 7;
    let tax = t.kou[i * 8 + d] + formulaPart(numerator, denominator, t.from[i], t.kouRate[i]);
    if (dependents > 7) tax -= (dependents - 7) * t.perDependentOverSeven;
    return tax > 0 ? tax : 0;
  }
  const c = column === "乙" ? t.otsu : column === "丙" ? t.hei : null;
  if (c === null) {
    throw invalid("税区分", column, t.hei ? "「甲」「乙」「丙」のいずれかです。" : `${t.name}の税区分は「甲」または「乙」です（丙欄は日額表だけにあります）。`);
  }
  let tax = c.base[i] + formulaPart(numerator, denominator, c.anchor[i], c.rate[i]);
  if (column === "乙" && dependents > 0) tax -= dependents * t.otsuPerDependent;
  return tax > 0 ? tax : 0;
}
