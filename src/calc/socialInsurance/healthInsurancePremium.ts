import { BUILT_IN_LAW, extensibleRate, LawContext } from "../law/lawContext";
import { PREFECTURES } from "../law/socialInsurance";
import { CalcError } from "../vocabulary/errors";
import { Day } from "../dates/calendar";
import { Ppm } from "../money/rate";
import { splitPremium } from "./premiumParts";
import { Insurer, Part } from "./types";

/**
 * The last rate found, with what it was found for: a premium column asks for the same insurer, month and
 * care on every row (the insurer being the same parsed object), and the answer is the same by definition.
 */
let last: { insurer: Insurer; month: Day; care: boolean; law: LawContext; rate: Ppm } | undefined;

/** The 健康保険料率 (with 介護保険料率 when care applies) of an insurer for a premium month. */
export function healthInsuranceRate(insurer: Insurer, month: Day, care: boolean, law: LawContext = BUILT_IN_LAW): Ppm {
  const l = last;
  if (l !== undefined && l.insurer === insurer && l.month === month && l.care === care && l.law === law) return l.rate;
  const rate = rateOf(insurer, month, care, law);
  last = { insurer, month, care, law, rate };
  return rate;
}

function rateOf(insurer: Insurer, month: Day, care: boolean, law: LawContext): Ppm {
  if (insurer.kind === "society") {
    if (!care) return insurer.healthRate;
    if (insurer.careRate === undefined) {
      throw new CalcError("#VALUE!", "健康保険組合の介護保険料率が指定されていません。insurer を「9.27%/1.8%」（健康保険料率/介護保険料率）の形で指定してください。");
    }
    return insurer.healthRate + insurer.careRate;
  }
  const health = extensibleRate(law, "協会けんぽ健康保険料率", PREFECTURES[insurer.prefectureCode - 1][1], month);
  return care ? health + extensibleRate(law, "介護保険料率", "全国", month) : health;
}

/**
 * 健康保険料 (健康保険法第156条・第160条): 標準報酬月額 (or 標準賞与額) × 保険料率. When the insured is a
 * 介護保険第2号被保険者 the 介護保険料率 is added and the sum is rounded once, as in the 保険料額表.
 * @example healthInsurancePremium({ standardAmount: 300_000, insurer: 東京, month: R8-11, care: false, part: "employee" }) // 14,775
 */
export function healthInsurancePremium(a: { standardAmount: number; insurer: Insurer; month: Day; care: boolean; part: Part; law?: LawContext }): number {
  return splitPremium(a.standardAmount, healthInsuranceRate(a.insurer, a.month, a.care, a.law), a.part);
}
