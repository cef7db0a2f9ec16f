import { forTaxYear, spouseDeductionRules } from "../law/yearEnd";
import { rowFor } from "./brackets";

export type SpouseDeductionKind = "配偶者控除" | "配偶者特別控除" | "";

export interface SpouseDeduction {
  amount: number;
  /** Which deduction applies ("" when neither). */
  kind: SpouseDeductionKind;
}

/**
 * 配偶者控除 (所得税法第83条) or 配偶者特別控除 (第83条の2). The earner's 合計所得金額 picks the column
 * (900万円以下 / 950万円以下 / 1,000万円以下; over 1,000万円 neither applies). The spouse's 合計所得金額 picks
 * the deduction: up to the year's limit (令和7年分 58万円, 令和8年分 62万円) 配偶者控除 — 老人控除対象配偶者
 * (70歳以上) when `elderly`; above it, up to 133万円, the row of the 配偶者特別控除 table.
 * @example spouseDeduction({ earnerTotalIncome: 6_973_000, spouseTotalIncome: 0, year: 2026, elderly: false }) // 380,000 配偶者控除
 */
export function spouseDeduction(a: { earnerTotalIncome: number; spouseTotalIncome: number; year: number; elderly: boolean }): SpouseDeduction {
  const rules = forTaxYear(spouseDeductionRules, a.year);
  const band = rules.deduction.findIndex((r) => r.upTo === null || a.earnerTotalIncome <= r.upTo);
  const earner = rules.deduction[band];
  if (earner.upTo === null) return { amount: 0, kind: "" };
  if (a.spouseTotalIncome <= rules.spouseIncomeLimit) {
    return { amount: a.elderly ? earner.value.elderly : earner.value.general, kind: "配偶者控除" };
  }
  const row = rowFor(rules.special, a.spouseTotalIncome);
  if (!row) return { amount: 0, kind: "" };
  return { amount: row.value[band], kind: "配偶者特別控除" };
}
