import { Day, monthStart, monthStartAfter } from "../dates/calendar";
import { PremiumTiming } from "./types";

/**
 * The premium months (○月分) whose 健康保険・厚生年金 premiums a salary deducts, chosen by the month the
 * salary is PAID in, not the month it is for:
 * - 翌月徴収 (default): the previous month's premium. 事業主は、被保険者に対して通貨をもって報酬を支払う場合に
 *   おいては、被保険者の負担すべき前月の標準報酬月額に係る保険料を報酬から控除することができる (健康保険法第167条
 *   第1項, 厚生年金保険法第84条第1項). 当月払い (4月分 paid 4/25) deducts 3月分; 翌月払い (4月分 paid 5/25)
 *   deducts 4月分.
 * - 当月徴収: the premium of the pay month itself (a common office practice, 4月支給 → 4月分).
 * A salary paid to an employee who is leaving (この賃金計算期間中に退職) may also deduct the premium of the pay
 * month itself: 被保険者がその事業所に使用されなくなった場合においては、前月及びその月の標準報酬月額に係る保険料
 * (同条ただし書の括弧書). Sonae does so under 翌月徴収 when the pay month is the last insured month, because no
 * later salary exists to deduct it from.
 * @example premiumMonthsDeducted({ payDate: 2026-04-25, timing: "nextMonth" }) // [2026-03]
 */
export function premiumMonthsDeducted(a: { payDate: Day; timing: PremiumTiming; lastInsuredMonthIfLeaving?: Day }): Day[] {
  const payMonth = monthStart(a.payDate);
  if (a.timing === "sameMonth") return [payMonth];
  const previous = monthStartAfter(payMonth, -1);
  const leaving = a.lastInsuredMonthIfLeaving;
  return leaving !== undefined && monthStart(leaving) === payMonth ? [previous, payMonth] : [previous];
}
