/**
 * 前月精算: the difference between what a month paid provisionally (仮払い・前月同額) and that month's true net pay,
 * carried into the next pay as 「前月精算（支給）」 (too little was paid) or 「前月精算（控除）」 (too much).
 *
 * It moves the net pay alone — not 総支給額, not 課税対象額, not 雇用保険の賃金, not the 報酬 of the 算定・月変 —
 * because it is not the next month's wage. It belongs to the provisional month, and that month's premiums and tax
 * are settled by the true month's own figures: its results replace the provisional ones in the history
 * (jobs/results/yearOfResults), its 源泉所得税 is computed on its true amount (給与の収入すべき時期 is the 支給日 fixed
 * for that month: 所得税基本通達36-9(1)), its 雇用保険料 on its own 賃金 (労働保険徴収法第31条). Counting the
 * difference again in the next month would tax it and charge premiums on it twice. Only the net difference moves.
 * Deducting an overpayment from the next pay is an adjustment the 全額払い rule tolerates only when small and
 * close (労働基準法第24条第1項; settleProvisionalPay flags one larger than the next net pay).
 * @example settledNetPay({ netBeforeSettlement: 300_000, settlementPay: 5_000, settlementDeduction: 3_000 }) // 302_000
 */
export function settledNetPay(a: { netBeforeSettlement: number; settlementPay: number; settlementDeduction: number }): number {
  return a.netBeforeSettlement + a.settlementPay - a.settlementDeduction;
}
