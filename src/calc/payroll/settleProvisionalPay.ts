/**
 * 精算 of a month paid provisionally (仮払い, 前月同額). Once the true month is known — from the recovered system's
 * results or Sonae's own payroll — each employee's difference between what was paid and the true 差引支給額 is
 * carried into the next month's pay as one labelled line: 「前月精算（支給）」 when too little was paid,
 * 「前月精算（控除）」 when too much. An overpayment larger than the next month's net pay cannot be deducted from it
 * alone (賃金の全額払い, 労働基準法第24条第1項; 過払いの調整は翌月程度の近接した時期に、予告のうえ、額が多額でない
 * 限り許される — 最高裁 昭和44年12月18日 福島県教組事件): it is flagged for the clerk, never silently carried.
 */

/** What one employee was paid provisionally, and (when known) its items. */
export interface ProvisionalPayment {
  employeeId: string;
  net: number;
  /** 総支給額 and the deductions, when the provisional month came from results (前月同額 of the vendor's results). */
  items?: Partial<Record<SettledItem, number>>;
}

/** What the true month says, per employee. */
export interface ActualPay {
  employeeId: string;
  net: number;
  items?: Partial<Record<SettledItem, number>>;
}

export type SettledItem = "gross" | "health" | "care" | "childSupport" | "pension" | "employment" | "incomeTax" | "residentTax";

export const SETTLED_ITEM_LABELS: Readonly<Record<SettledItem, string>> = {
  gross: "総支給額", health: "健康保険", care: "介護保険", childSupport: "子ども・子育て支援金", pension: "厚生年金", employment: "雇用保険",
  incomeTax: "所得税", residentTax: "住民税",
};

export const SETTLEMENT_PAY = "前月精算（支給）";
export const SETTLEMENT_DEDUCTION = "前月精算（控除）";

export interface Settlement {
  employeeId: string;
  /** Paid provisionally (0 when the employee was not in last month's file). */
  provisional: number;
  /** The true 差引支給額 (0 when the true month has no pay for the employee). */
  actualNet: number;
  /** actualNet − provisional: positive is still owed to the employee, negative was overpaid. */
  difference: number;
  /** The line for next month's pay; absent when the difference is 0. */
  adjustment?: { label: typeof SETTLEMENT_PAY | typeof SETTLEMENT_DEDUCTION; amount: number; reason: string };
  /** Item by item, where both sides have the item: true − provisional. */
  itemDifferences: { item: SettledItem; label: string; provisional: number; actual: number; difference: number }[];
  /** For the clerk: an overpayment larger than next month's net pay, a payee the true month does not know, … */
  warnings: string[];
}

function itemDifferences(p: ProvisionalPayment | undefined, a: ActualPay | undefined): Settlement["itemDifferences"] {
  const out: Settlement["itemDifferences"] = [];
  for (const item of Object.keys(SETTLED_ITEM_LABELS) as SettledItem[]) {
    const before = p?.items?.[item];
    const after = a?.items?.[item];
    if (before === undefined || after === undefined) continue;
    out.push({ item, label: SETTLED_ITEM_LABELS[item], provisional: before, actual: after, difference: after - before });
  }
  return out;
}

function reasonOf(p: ProvisionalPayment | undefined, a: ActualPay | undefined, difference: number): string {
  if (p === undefined) return `仮払いの対象外だったため、確定した差引支給額 ${a!.net.toLocaleString("ja-JP")}円を支給します。`;
  if (a === undefined) return `確定した給与がないため、仮払いした ${p.net.toLocaleString("ja-JP")}円を精算します。`;
  const direction = difference > 0 ? "不足" : "過払い";
  return `仮払い ${p.net.toLocaleString("ja-JP")}円、確定した差引支給額 ${a.net.toLocaleString("ja-JP")}円の差額（${direction}）です。`;
}

/**
 * One employee's settlement. `nextNet` is next month's 差引支給額 before the settlement, when known, to flag an
 * overpayment it cannot absorb.
 * @example settleEmployee({ provisional: { employeeId: "1", net: 250_000 }, actual: { employeeId: "1", net: 245_000 } }).adjustment // 前月精算（控除） 5,000
 */
export function settleEmployee(a: { provisional?: ProvisionalPayment; actual?: ActualPay; nextNet?: number }): Settlement {
  const employeeId = (a.provisional ?? a.actual)!.employeeId;
  const provisional = a.provisional?.net ?? 0;
  const actualNet = a.actual?.net ?? 0;
  const difference = actualNet - provisional;
  const warnings: string[] = [];
  if (a.actual === undefined) warnings.push("確定した給与の結果にこの社員番号がありません（退職・入力漏れを確かめてください）。");
  if (a.provisional === undefined) warnings.push("仮払いをしていません。支給日に払われていないので、早めに支給してください。");
  if (difference < 0 && a.nextNet !== undefined && -difference > a.nextNet) {
    warnings.push(`過払い ${(-difference).toLocaleString("ja-JP")}円が翌月の差引支給額 ${a.nextNet.toLocaleString("ja-JP")}円を超えます。翌月の給与だけでは精算できません（本人と返還方法を決めてください）。`);
  }
  const settlement: Settlement = { employeeId, provisional, actualNet, difference, itemDifferences: itemDifferences(a.provisional, a.actual), warnings };
  if (difference !== 0) {
    settlement.adjustment = { label: difference > 0 ? SETTLEMENT_PAY : SETTLEMENT_DEDUCTION, amount: Math.abs(difference), reason: reasonOf(a.provisional, a.actual, difference) };
  }
  return settlement;
}

/** Every employee of either side, in the provisional order then the true month's newcomers. */
export function settleProvisionalPay(a: {
  provisional: readonly ProvisionalPayment[];
  actual: readonly ActualPay[];
  nextNet?: ReadonlyMap<string, number>;
}): Settlement[] {
  const actualById = new Map(a.actual.map((x) => [x.employeeId, x]));
  const provisionalIds = new Set(a.provisional.map((p) => p.employeeId));
  return [
    ...a.provisional.map((p) => settleEmployee({ provisional: p, actual: actualById.get(p.employeeId), nextNet: a.nextNet?.get(p.employeeId) })),
    ...a.actual.filter((x) => !provisionalIds.has(x.employeeId)).map((x) => settleEmployee({ actual: x, nextNet: a.nextNet?.get(x.employeeId) })),
  ];
}
