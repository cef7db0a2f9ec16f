/**
 * ⑱申告済概算保険料額 → ⑳差引額 (充当額・還付額・不足額) and the 期別納付額 of the new 概算. Last year's 概算 is
 * an input (OFFICE.json `declaredEstimate` or `--declared-estimate`): without it nothing here is computed, and
 * the outcome says so rather than taking it as zero.
 */
import { appropriate, confirmedBalance, InstalmentPayment, instalmentPayments } from "../../calc/laborInsurance/settlement";

export type { InstalmentPayment } from "../../calc/laborInsurance/settlement";

export interface Settlement {
  /** ⑱申告済概算保険料額. */
  declared: number;
  /** ⑳差引額: (イ)充当額 (労働保険料と一般拠出金へ), (ロ)還付額, (ハ)不足額. */
  appropriated: number;
  refund: number;
  shortfall: number;
  /** 期別納付額: 第1期 (or the one payment) first. */
  payments: InstalmentPayment[];
}

export const NO_DECLARED_ESTIMATE = "申告済概算保険料額（前年度の申告書の概算保険料額）が指定されていないため、差引額（充当額・還付額・不足額）と期別納付額は出していません。--declared-estimate か OFFICE.json の declaredEstimate に書いてください。";

/** The settlement, or why there is none. */
export function settleDeclaredEstimate(a: { declared?: number; kakutei: number; gaisan: number | null; ennou: readonly number[]; levy: number }): { settlement?: Settlement; message?: string } {
  if (a.declared === undefined) return { message: NO_DECLARED_ESTIMATE };
  if (a.gaisan === null) return { message: "翌年度の概算保険料が計算できないため、差引額の充当額・還付額と期別納付額は出していません（申告済概算保険料額は読みました）。" };
  const { shortfall, excess } = confirmedBalance({ confirmed: a.kakutei, declared: a.declared });
  const instalments = a.ennou.length > 0 ? a.ennou : [a.gaisan];
  const appropriation = appropriate({ excess, instalments, levy: a.levy });
  const appropriated = appropriation.premium.reduce((s, n) => s + n, 0) + appropriation.levy;
  return {
    settlement: {
      declared: a.declared, appropriated, refund: appropriation.refund, shortfall,
      payments: instalmentPayments({ instalments, shortfall, levy: a.levy, appropriation }),
    },
  };
}
