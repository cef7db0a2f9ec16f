/**
 * 割増賃金率 (労働基準法第37条) as percent strings, with the statute that sets each one. The rates are the
 * legal minimums: an employer may pay more (就業規則), never less.
 *
 * - 時間外 2割5分・休日 3割5分: 労働基準法第37条第1項 and 労働基準法第三十七条第一項の時間外及び休日の割増賃金に
 *   係る率の最低限度を定める政令 (平成6年政令第5号, 休日 3割5分 は平成6年4月1日から).
 * - 月60時間を超える時間外 5割: 第37条第1項ただし書 (平成20年法律第89号, 平成22年4月1日施行). 中小事業主への
 *   猶予 (旧附則第138条) は働き方改革を推進するための関係法律の整備に関する法律 (平成30年法律第71号) で削られ、
 *   令和5年4月1日からすべての事業主に適用される。Before that date the rate depends on the employer's size, which
 *   the master does not record, so the data starts on 2023-04-01.
 * - 深夜 (午後10時〜午前5時) 2割5分: 第37条第4項.
 * - 法定休日の労働時間は60時間の算定に含めない (平成21年5月29日 基発第0529001号).
 */
export interface PremiumWageRatesPct {
  /** 時間外労働 (月60時間以内) */
  overtime: string;
  /** 時間外労働のうち月60時間を超える部分 */
  overtimeOver60: string;
  /** The 60 in 月60時間 */
  over60ThresholdHours: number;
  /** 法定休日の労働 */
  holiday: string;
  /** 深夜業 (時間外・休日と重なるときは加算) */
  lateNight: string;
}

export const PREMIUM_WAGE_RATES_2023_04: PremiumWageRatesPct = {
  overtime: "25",
  overtimeOver60: "50",
  over60ThresholdHours: 60,
  holiday: "35",
  lateNight: "25",
};
