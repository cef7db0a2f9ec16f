import { invalid } from "../vocabulary/errors";
import { commuteExemptionLimits, onPaymentDate } from "../law/withholding";
import { Day } from "../dates/calendar";
import { bandIndex } from "./bandIndex";
import { checkYen } from "./types";

/** 通勤の方法: 交通機関・有料道路 (transit) or 交通用具 — 自動車・自転車等 (car). */
export type CommuteMethod = "transit" | "car";

/**
 * 非課税となる通勤手当の額 for one month (所得税法第9条第1項第5号, 所得税法施行令第20条の2), never more than the
 * allowance paid:
 *  - transit (第1号): the 合理的な運賃等の額 (`fare`; the allowance itself when omitted), up to 150,000円.
 *  - car (第2号): the amount of the band of the one-way distance (2km未満は0 = 全額課税); from 2026-04-01 plus
 *    the 駐車場等の利用料 (`parking`) up to 5,000円 when the distance is 2km or more.
 *  - car with `fare` (第3号, 交通機関と交通用具の併用): fare + the car amount, up to 150,000円 in all.
 * @example commuteExemption({ allowance: 20_000, method: "car", paymentDate: 2026-11-25, distanceKm: 12, parking: 3_000 }) // 7,300 + 3,000 = 10,300
 */
export function commuteExemption(a: {
  allowance: number;
  method: CommuteMethod;
  paymentDate: Day;
  distanceKm?: number;
  fare?: number;
  parking?: number;
}): number {
  const limits = onPaymentDate(commuteExemptionLimits, a.paymentDate);
  const allowance = checkYen("通勤手当の額", a.allowance);
  const fare = a.fare === undefined ? undefined : checkYen("運賃等の額", a.fare);
  let limit: number;
  if (a.method === "transit") {
    if (a.distanceKm !== undefined || a.parking !== undefined) {
      throw invalid("通勤の方法", a.method, "交通機関（transit）では通勤距離・駐車場等の利用料は使いません。交通用具との併用は \"car\" に運賃等の額を指定してください。");
    }
    limit = Math.min(fare ?? allowance, limits.transitMax);
  } else if (a.method === "car") {
    const km = a.distanceKm;
    if (km === undefined || !Number.isFinite(km) || km < 0) throw invalid("片道の通勤距離（km）", km, "交通用具（car）のときは0以上の距離（km）を指定してください。");
    const band = limits.carAmount[bandIndex(limits.carFromKm, km)];
    const parking = band > 0 && a.parking !== undefined ? Math.min(checkYen("駐車場等の利用料", a.parking), limits.parkingMax) : 0;
    limit = band + parking;
    if (fare !== undefined) limit = Math.min(limit + fare, limits.transitMax);
  } else {
    throw invalid("通勤の方法", a.method, "\"transit\"（交通機関）または \"car\"（交通用具）です。");
  }
  return Math.min(allowance, limit);
}
