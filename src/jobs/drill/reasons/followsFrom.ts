/**
 * Differences that only follow from others: 所得税 is taken from 課税対象額 after 社会保険料 (所得税法第185条,
 * 月額表), and 差引支給額 is 総支給額 less every deduction. Saying so keeps the clerk on the first cause.
 */
import { monthlyWithholding } from "../../../calc/withholding/monthlyWithholding";
import { parseIsoDay } from "../../../calc/payroll/settings";
import { DrillCase, differs, yen } from "../drillCase";
import { DRILL_ITEMS, type DrillItem } from "../drillItems";

const INSURANCE: readonly DrillItem[] = ["health", "care", "childSupport", "pension", "employment"];

/** Each item as the results say it, Sonae's where the results do not have it. */
function theirsOr(c: DrillCase, item: DrillItem): number {
  return c.result[item] ?? c.detail.line[item];
}

/**
 * 所得税 computed from the results' 総支給額 and 社会保険料 (the rest as Sonae has it): equal to the results' tax,
 * the difference of tax comes from those.
 * @example 総支給 335,320, 社会保険料 47,085 → 課税 276,235 → 甲0人 7,080 (令和8年分 月額表)
 */
export function taxFromTheirInsurance(c: DrillCase): number {
  const d = c.detail;
  const insurance = INSURANCE.reduce((t, i) => t + theirsOr(c, i), 0);
  const taxable = Math.max(0, theirsOr(c, "gross") - d.commuteExempt - d.extraNonTaxable - insurance);
  return monthlyWithholding({ taxable, dependents: d.dependents, column: d.taxColumn, paymentDate: parseIsoDay(d.payDate, "支給日") });
}

export function followsReason(c: DrillCase, item: DrillItem): string | undefined {
  if (item === "incomeTax") {
    if (![...INSURANCE, "gross" as const].some((i) => differs(c, i))) return undefined;
    return taxFromTheirInsurance(c) === c.result.incomeTax ? `連動: 結果の総支給額・社会保険料で課税対象額を求めると所得税は ${yen(c.result.incomeTax as number)}で一致します（上の項目の差によるもの）。` : undefined;
  }
  if (item !== "net") return undefined;
  const others = DRILL_ITEMS.filter((i) => i !== "net" && differs(c, i));
  if (others.length === 0) return undefined;
  const sign = (i: DrillItem) => (i === "gross" ? 1 : -1);
  const explained = others.reduce((t, i) => t + sign(i) * ((c.result[i] as number) - c.detail.line[i]), 0);
  return explained === (c.result.net as number) - c.detail.net ? "連動: 差引支給額の差は上の項目の差の合計です。" : undefined;
}

/** What to check when no rule explains the difference. */
export function fallbackReason(c: DrillCase, item: DrillItem): string {
  if (item === "gross") return "総支給額: 勤怠・変動（残業・深夜・休日・欠勤・出勤日数）と基本給・手当がこの月の結果と同じかを確認してください。";
  if (item === "residentTax") return `住民税: マスタの住民税 ${yen(c.detail.residentTax)}と結果が違います。6月の切替え（6月分は端数を含む額）や年度途中の変更をマスタに反映してください。`;
  if (item === "employment") return "雇用保険: 対象の賃金（総支給額から臨時の非課税手当を除いた額）と、マスタの雇用保険（一般・農林水産・建設・対象外）を確認してください。";
  if (item === "incomeTax") return "所得税: 税区分（甲・乙）・扶養親族等の数と課税対象額を確認してください。";
  return "推定できません: マスタの標準報酬月額・健康保険・介護と、結果の明細を確認してください。";
}
