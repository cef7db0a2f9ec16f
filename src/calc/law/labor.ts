import { defineTimeline } from "./timeline";
import { Source } from "./types";
import { Ppm, ppmFromPercent } from "../money/rate";
import { PREMIUM_WAGE_RATES_2023_04, PremiumWageRatesPct } from "./data/labor/premiumWageRates.data";

const LSA: Source = { title: "労働基準法", url: "https://laws.e-gov.go.jp/law/322AC0000000049" };
const MINIMUM_RATE_ORDER: Source = {
  title: "労働基準法第三十七条第一項の時間外及び休日の割増賃金に係る率の最低限度を定める政令（平成6年政令第5号）",
  url: "https://laws.e-gov.go.jp/law/406CO0000000005",
  at: "本則（時間外 2割5分、休日 3割5分）",
};

export interface PremiumWageRates {
  overtime: Ppm;
  overtimeOver60: Ppm;
  over60ThresholdHours: number;
  holiday: Ppm;
  lateNight: Ppm;
}

function rates(p: PremiumWageRatesPct): PremiumWageRates {
  return {
    overtime: ppmFromPercent(p.overtime),
    overtimeOver60: ppmFromPercent(p.overtimeOver60),
    over60ThresholdHours: p.over60ThresholdHours,
    holiday: ppmFromPercent(p.holiday),
    lateNight: ppmFromPercent(p.lateNight),
  };
}

/**
 * 割増賃金率の最低限度 (労働基準法第37条). Keyed on the 賃金締切日 of the pay period the hours belong to.
 * The 月60時間超 5割 applies to every employer from 2023-04-01; earlier months are outside the data because
 * the rate then depended on the employer's size (中小事業主の猶予).
 */
export const premiumWageRates = defineTimeline<PremiumWageRates>({
  id: "labor.premiumWageRates",
  title: "割増賃金率",
  unit: "ppm（通常の労働時間の賃金に対する割増分）",
  keyedOn: "wageClosingDate",
  knownUntil: null,
  revisions: [
    {
      effective: "2023-04-01",
      value: rates(PREMIUM_WAGE_RATES_2023_04),
      sources: [
        { ...LSA, at: "第37条第1項（時間外・休日 2割5分以上5割以下の政令で定める率、月60時間超 5割以上）" },
        MINIMUM_RATE_ORDER,
        { ...LSA, at: "第37条第4項（深夜 午後10時〜午前5時 2割5分以上）" },
        { title: "働き方改革を推進するための関係法律の整備に関する法律（平成30年法律第71号）", url: "https://laws.e-gov.go.jp/law/430AC0000000071", at: "第1条による労働基準法附則第138条の削除（中小事業主の月60時間超 5割、令和5年4月1日施行）" },
        { title: "平成21年5月29日 基発第0529001号", at: "法定休日の労働時間は月60時間の算定に含めない" },
      ],
      confidence: "high",
    },
  ],
});
