import { Day } from "../dates/calendar";
import { dayAgeReached } from "../socialInsurance/careInsuranceApplies";
import { Scheme } from "../socialInsurance/types";

/**
 * 資格喪失日 of a scheme, the earliest of:
 * - 退職: その翌日 (健康保険法第36条第2号, 厚生年金保険法第14条第2号 「使用されなくなったとき」の翌日);
 * - 厚生年金: 70歳に達した日 (厚生年金保険法第14条第5号, その日に喪失; 到達日は誕生日の前日, 年齢計算ニ関スル法律);
 * - 健康保険: 後期高齢者医療の被保険者となる日 = 75歳の誕生日 (高齢者の医療の確保に関する法律第52条第1号; その者は
 *   健康保険の被保険者とならない, 健康保険法第3条第1項ただし書・第36条). For a 2月29日 birth, 3月1日 in a common year.
 * @example qualificationLossDay({ scheme: "pension", birth: 1956-04-01 }) // 2026-03-31
 */
export function qualificationLossDay(a: { scheme: Scheme; birth: Day; leave?: Day }): Day {
  const byAge = a.scheme === "pension" ? dayAgeReached(a.birth, 70) : dayAgeReached(a.birth, 75) + 1;
  return a.leave === undefined ? byAge : Math.min(a.leave + 1, byAge);
}
