import type { YearEndInput } from "./types";

/**
 * 支払金額, 社会保険料等 and 源泉徴収税額 of the whole year: this employer's plus the 前職分 of a 中途就職者
 * (所得税法第190条: the 給与等 of the year include those another payer paid while the employee's 扶養控除等申告書
 * was with it — the bracketed clause; the figures come from that payer's 源泉徴収票, 所得税法第226条第1項).
 * @example withPreviousEmployer({ salary: 2_000_000, socialInsurance: 300_000, withheld: 40_000, previousEmployer: { salary: 1_000_000, socialInsurance: 150_000, withheld: 20_000 } })
 *   // { salary: 3_000_000, socialInsurance: 450_000, withheld: 60_000 }
 */
export function withPreviousEmployer(x: Pick<YearEndInput, "salary" | "socialInsurance" | "withheld" | "previousEmployer">): { salary: number; socialInsurance: number; withheld: number } {
  const p = x.previousEmployer;
  return { salary: x.salary + (p?.salary ?? 0), socialInsurance: x.socialInsurance + (p?.socialInsurance ?? 0), withheld: (x.withheld ?? 0) + (p?.withheld ?? 0) };
}
