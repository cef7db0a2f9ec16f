import { Day, fiscalYearOf, monthStart } from "../dates/calendar";
import { floorToThousandYen } from "../money/rounding";
import { PaidResult } from "./paidResult";
import { standardBonus } from "./standardBonus";

/** One 賞与 as the 賞与支払届 reports it, with the 標準賞与額 it determines. */
export interface BonusPayment {
  payDay: Day;
  cash: number;
  inKind: number;
  /** (通貨 + 現物) 1,000円未満切捨て: the 賞与額 the 届 reports. */
  total: number;
  /** 標準賞与額 (健康保険): capped at 573万円 over the 年度 (4/1〜3/31). */
  health: number;
  /** 標準賞与額 (厚生年金保険): capped at 150万円 a month, bonuses of the same month together. */
  pension: number;
}

/**
 * 標準賞与額 of each 賞与 in pay order (健康保険法第45条第1項, 厚生年金保険法第24条の4第1項): the 賞与額 with
 * 1,000円未満切捨て; 健康保険 counts the 標準賞与額 already determined in the same 年度 against its cap, 厚生年金
 * the bonuses already paid in the same month against its monthly cap.
 * @example bonusPayments([{ kind: "賞与", payDay: dayOf(2026, 7, 10), cash: 2_000_500, inKind: 0, employeeId: "1" }]) // [{ total: 2,000,000, health: 2,000,000, pension: 1,500,000 }]
 */
export function bonusPayments(results: readonly PaidResult[]): BonusPayment[] {
  const bonuses = results.filter((r) => r.kind === "賞与").sort((x, y) => x.payDay - y.payDay);
  const paid: BonusPayment[] = [];
  for (const b of bonuses) {
    const bonus = b.cash + b.inKind;
    const month = monthStart(b.payDay);
    const fiscalYearToDate = sum(paid.filter((p) => fiscalYearOf(p.payDay) === fiscalYearOf(b.payDay)), "health");
    const monthToDate = sum(paid.filter((p) => monthStart(p.payDay) === month), "pension");
    paid.push({
      payDay: b.payDay,
      cash: b.cash,
      inKind: b.inKind,
      total: floorToThousandYen(bonus),
      health: standardBonus({ bonus, scheme: "health", month, fiscalYearToDate, monthToDate }),
      pension: standardBonus({ bonus, scheme: "pension", month, fiscalYearToDate, monthToDate }),
    });
  }
  return paid;
}

function sum(payments: readonly BonusPayment[], scheme: "health" | "pension"): number {
  return payments.reduce((total, p) => total + p[scheme], 0);
}
