import { Day } from "../dates/calendar";
import { premiumWageRates } from "../law/labor";
import { PPM } from "../money/rate";
import { Dec } from "../money/exact";
import { premiumWageRounding } from "../money/wageRounding";

export interface PremiumWages {
  /** 時間外労働 (月60時間まで) at 1 + 2割5分 */
  overtime: number;
  /** 時間外労働のうち月60時間を超える部分 at 1 + 5割 */
  overtimeOver60: number;
  /** 法定休日労働 at 1 + 3割5分 */
  holiday: number;
  /** 深夜業 at 2割5分 (the hours themselves are paid in the base pay or another category) */
  lateNight: number;
}

/**
 * 割増賃金 by category (労働基準法第37条第1項・第4項): 1時間当たり賃金 × 時間数 × (1 + 割増率) for 時間外・休日, whose
 * hours are not in the base pay; 1時間当たり賃金 × 時間数 × 割増率 for 深夜, whose hours are. The 時間外 hours beyond
 * 60 in the month get 5割 instead of 2割5分 (第37条第1項ただし書); 法定休日の労働 does not count toward the 60 hours.
 * Rates are looked up for the 賃金締切日; each category's total is rounded once (昭和63年3月14日 基発第150号).
 * @example premiumWages({ hourly: 320,000/160, overtimeHours: 10, ... }) // overtime 2,000 × 10 × 1.25 = 25,000
 */
export function premiumWages(a: {
  hourly: { monthly: Dec; hours: Dec };
  overtimeHours: Dec;
  lateNightHours: Dec;
  holidayHours: Dec;
  closingDate: Day;
}): PremiumWages {
  const r = premiumWageRates.at(a.closingDate);
  const threshold = new Dec(r.over60ThresholdHours);
  const within = Dec.min(a.overtimeHours, threshold);
  const beyond = Dec.max(a.overtimeHours.minus(threshold), 0);
  const pay = (hours: Dec, ppm: number) =>
    hours.isZero() ? 0 : premiumWageRounding(a.hourly.monthly.times(hours).times(ppm).div(a.hourly.hours.times(PPM)));
  return {
    overtime: pay(within, PPM + r.overtime),
    overtimeOver60: pay(beyond, PPM + r.overtimeOver60),
    holiday: pay(a.holidayHours, PPM + r.holiday),
    lateNight: pay(a.lateNightHours, r.lateNight),
  };
}
