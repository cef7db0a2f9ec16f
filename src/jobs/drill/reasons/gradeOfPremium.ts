/**
 * 月変: the system deducted the premium of another grade of 標準報酬月額 than the master's. The grade changes by
 * 随時改定 (健康保険法第43条, 厚生年金保険法第23条) and 定時決定 (第41条, 第21条); when one side has it and the
 * other not, every premium of the month differs by the same grades.
 */
import type { Day } from "../../../calc/dates/calendar";
import type { LawContext } from "../../../calc/law/lawContext";
import { healthInsurancePremium } from "../../../calc/socialInsurance/healthInsurancePremium";
import { pensionPremium } from "../../../calc/socialInsurance/pensionPremium";
import { Grade, gradeTable, standardMonthlyRemuneration } from "../../../calc/socialInsurance/standardMonthlyRemuneration";
import type { Insurer, Scheme } from "../../../calc/socialInsurance/types";
import { DrillCase, insurerOf, singlePremiumMonth, yen } from "../drillCase";
import type { DrillItem } from "../drillItems";

/**
 * The grade (other than the master's) whose insured's share is the premium the system deducted: 健康保険 without
 * 介護 (健康保険料 alone), or 厚生年金. Undefined when no other grade gives that premium.
 * @example gradeOfPremium({ scheme: "health", premium: 15_760, masterStandard: 300_000, premiumMonth: 2026-10, insurer: 東京 }) // 23級 320,000 (320,000 × 9.85% ÷ 2)
 */
export function gradeOfPremium(a: { scheme: Scheme; premium: number; masterStandard: number; premiumMonth: Day; insurer: Insurer; law?: LawContext }): Grade | undefined {
  const premiumOf = (standardAmount: number) =>
    a.scheme === "health"
      ? healthInsurancePremium({ standardAmount, insurer: a.insurer, month: a.premiumMonth, care: false, part: "employee", law: a.law })
      : pensionPremium({ standardAmount, month: a.premiumMonth, part: "employee" });
  const row = gradeTable(a.scheme, a.premiumMonth).find(([, amount]) => amount !== a.masterStandard && premiumOf(amount) === a.premium);
  return row && { grade: row[0], amount: row[1] };
}

/** The scheme whose grade decides an item: 介護 and 支援金 follow the 健康保険 standard amount. */
const SCHEME_OF: Partial<Record<DrillItem, Scheme>> = { health: "health", care: "health", childSupport: "health", pension: "pension" };

/** 「結果は標準報酬月額 320,000円（23級）の保険料です（マスタは 300,000円（22級））…」 */
export function gradeReason(c: DrillCase, item: DrillItem): string | undefined {
  const scheme = SCHEME_OF[item];
  const premiumMonth = singlePremiumMonth(c);
  if (scheme === undefined || premiumMonth === undefined) return undefined;
  const masterStandard = scheme === "health" ? c.employee.healthStandard : c.employee.pensionStandard;
  const premium = scheme === "health" ? c.result.health : c.result.pension;
  if (masterStandard == null || premium === undefined || premium === 0) return undefined;
  const grade = gradeOfPremium({ scheme, premium, masterStandard, premiumMonth, insurer: insurerOf(c), law: c.law });
  if (grade === undefined) return undefined;
  const master = standardMonthlyRemuneration({ remuneration: masterStandard, scheme, month: premiumMonth });
  const column = scheme === "health" ? "健保標準報酬月額" : "厚年標準報酬月額";
  return `月変: 結果は標準報酬月額 ${yen(grade.amount)}（${grade.grade}級）の保険料です（マスタの${column}は ${yen(master.amount)}（${master.grade}級））。随時改定・定時決定をマスタと給与システムの片方にしか反映していないかを確認してください。`;
}
