import { BUILT_IN_LAW, extensibleRate, LawContext } from "../law/lawContext";
import { Day } from "../dates/calendar";
import { healthInsuranceRate } from "./healthInsurancePremium";
import { splitPremium } from "./premiumParts";
import { Insurer } from "./types";

/**
 * The insured's share of 子ども・子育て支援金 when it is deducted from pay together with 健康保険料: 「被保険者の標準報酬
 * 月額及び標準賞与額に、一般保険料率と子ども・子育て支援金率とを合算した率を乗じて得た額を折半した上で、…被保険者負担分の
 * 端数が50銭以下の場合は切り捨て、50銭を超える場合は切り上げて1円となります」 (厚生労働省年金局・保険局、こども家庭庁
 * 成育局「子ども・子育て支援金に関するQ&A」令和8年2月12日, 事務連絡「子ども・子育て支援金制度の創設に伴う事務の取扱い等
 * について」別添). The sum is rounded once; the 支援金 shown is that sum less the 健康保険 share (with 介護 when the
 * insured is a 介護保険第2号被保険者, whose premium is one 一般保険料), so that the two lines add up to the deduction.
 * @example childSupportShareWithHealth({ standardAmount: 410_000, insurer: 東京, month: 2026-11, care: true }) // 23,985 − 23,513 = 472
 */
export function childSupportShareWithHealth(a: { standardAmount: number; insurer: Insurer; month: Day; care: boolean; law?: LawContext }): number {
  const healthRate = healthInsuranceRate(a.insurer, a.month, a.care, a.law);
  const supportRate = extensibleRate(a.law ?? BUILT_IN_LAW, "子ども・子育て支援金率", "全国", a.month);
  return splitPremium(a.standardAmount, healthRate + supportRate, "employee") - splitPremium(a.standardAmount, healthRate, "employee");
}
