/**
 * The 年度更新's settlement of last year's 概算: the 差引額 of the 確定保険料 against the 申告済概算保険料額, how an
 * overpayment is applied (充当) to what falls due now, and what each 期 of the new 概算 then costs.
 */

/**
 * 差引額 (申告書⑳): 確定保険料 − 申告済概算保険料額. Short: the 不足額 is paid with the 確定保険料申告書
 * (徴収法第19条第3項). Over: the 超過額 is applied to the next year's 労働保険料 or refunded on request
 * (徴収法第19条第6項, 施行規則第36条・第37条).
 * @example confirmedBalance({ confirmed: 233_750, declared: 250_000 }) // { shortfall: 0, excess: 16,250 }
 */
export function confirmedBalance(a: { confirmed: number; declared: number }): { shortfall: number; excess: number } {
  const difference = a.confirmed - a.declared;
  return { shortfall: Math.max(0, difference), excess: Math.max(0, -difference) };
}

/** Where an 超過額 goes: 労働保険料 of each 期, the 一般拠出金, and what is left to refund. */
export interface Appropriation {
  /** 労働保険料充当額 per 期 (one entry when the 概算 is paid at once). */
  premium: number[];
  /** 一般拠出金充当額. */
  levy: number;
  /** 還付額: what nothing due can take (refunded with a 労働保険料還付請求書, 施行規則第36条). */
  refund: number;
}

/**
 * 充当 of an 超過額 (施行規則第37条: without a 還付請求 it goes to the next year's 概算保険料 and the other sums
 * due), earliest due first: 第1期's 労働保険料 and the 一般拠出金 (both due with the 申告書), then 第2期, 第3期.
 * What is left after everything due is the 還付額.
 * @example appropriate({ excess: 225_703, instalments: [180_494, 180_493, 180_493], levy: 656 }) // { premium: [180,494, 44,553, 0], levy: 656, refund: 0 }
 */
export function appropriate(a: { excess: number; instalments: readonly number[]; levy: number }): Appropriation {
  let left = a.excess;
  const take = (due: number) => {
    const used = Math.min(due, left);
    left -= used;
    return used;
  };
  const first = take(a.instalments[0] ?? 0);
  const levy = take(a.levy);
  const premium = [first, ...a.instalments.slice(1).map(take)];
  return { premium, levy, refund: left };
}

/** One 期 of the 期別納付額. The 不足額 and the 一般拠出金 are paid in the first. */
export interface InstalmentPayment {
  /** 概算保険料額 of the 期. */
  estimate: number;
  /** 労働保険料充当額. */
  appropriated: number;
  /** 不足額 (第1期 only, else 0). */
  shortfall: number;
  /** 一般拠出金額 and 一般拠出金充当額 (第1期 only, else 0). */
  levy: number;
  levyAppropriated: number;
  /** 今期納付額 = 概算 − 充当 + 不足額 + 一般拠出金 − 一般拠出金充当. */
  payment: number;
}

/**
 * 期別納付額: each 期's 概算 (延納: 施行規則第27条, the odd yen in the first) less what was applied to it; the 不足額
 * and the 一般拠出金 join the first 期, since both fall due with the 申告書 (徴収法第19条第3項; 石綿健康被害救済法
 * 第35条 の一般拠出金は確定保険料と併せて申告・納付). A 概算 paid at once is one 期.
 * @example instalmentPayments({ instalments: [220_987], shortfall: 0, levy: 324, appropriation: { premium: [16_250], levy: 0, refund: 0 } })[0].payment // 205,061
 */
export function instalmentPayments(a: { instalments: readonly number[]; shortfall: number; levy: number; appropriation: Appropriation }): InstalmentPayment[] {
  return a.instalments.map((estimate, i) => {
    const appropriated = a.appropriation.premium[i] ?? 0;
    const shortfall = i === 0 ? a.shortfall : 0;
    const levy = i === 0 ? a.levy : 0;
    const levyAppropriated = i === 0 ? a.appropriation.levy : 0;
    return { estimate, appropriated, shortfall, levy, levyAppropriated, payment: estimate - appropriated + shortfall + levy - levyAppropriated };
  });
}
