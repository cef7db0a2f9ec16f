import { PayType } from "../payroll/employee";

/**
 * 給与計算の基礎日数 (支払基礎日数) of one month's pay, as the 算定基礎届・月額変更届 ask for it (健康保険法第41条・
 * 第43条, 厚生年金保険法第21条・第23条; 日本年金機構「算定基礎届の記入・提出ガイドブック」): 月給 — the 暦日 of
 * the wage period; a 月給 from which absences are deducted — the working days the rules of employment fix
 * (所定労働日数) less the days of absence; 日給・時給 — the days worked (出勤日数). A half day of absence is
 * still a day with pay, so only whole days are taken off. Undefined when the days worked are not known.
 * @example paymentBasisDays({ payType: "monthly", calendarDays: 30 }) // 30
 * @example paymentBasisDays({ payType: "monthly", calendarDays: 31, absenceDays: 3, scheduledDays: 20 }) // 17
 * @example paymentBasisDays({ payType: "hourly", calendarDays: 31, workDays: 12 }) // 12
 */
export function paymentBasisDays(a: { payType: PayType; calendarDays: number; workDays?: number; absenceDays?: number; scheduledDays?: number }): number | undefined {
  if (a.payType !== "monthly") return a.workDays === undefined ? undefined : Math.min(31, Math.floor(a.workDays));
  if (!a.absenceDays || a.scheduledDays === undefined) return a.calendarDays;
  return Math.max(0, Math.floor(a.scheduledDays) - Math.floor(a.absenceDays));
}
