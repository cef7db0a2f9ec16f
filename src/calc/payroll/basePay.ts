import { PayType } from "./employee";
import { Dec } from "../money/exact";
import { paymentRounding } from "../money/wageRounding";

/**
 * 基本給 of the month by 給与形態: 月給 the monthly amount; 日給 × 出勤日数; 時給 × 労働時間 (the hours paid at the
 * base rate; 時間外・休日 hours are paid in full by their 割増賃金). A fraction of a yen (7.5 hours × 1,111円) is
 * rounded 50銭未満切捨て・50銭以上切上げ (通貨の単位及び貨幣の発行等に関する法律第3条第1項).
 * @example basePay({ payType: "hourly", baseSalary: 1_250, workDays: 0, workHours: 120.5 }) // 150,625
 */
export function basePay(a: { payType: PayType; baseSalary: number; workDays: Dec; workHours: Dec }): number {
  switch (a.payType) {
    case "monthly":
      return a.baseSalary;
    case "daily":
      return paymentRounding(a.workDays.times(a.baseSalary));
    case "hourly":
      return paymentRounding(a.workHours.times(a.baseSalary));
  }
}
