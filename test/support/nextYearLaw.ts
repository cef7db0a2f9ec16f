/**
 * A clerk's law file for the year after the built-in data (試験用の仮の値): each row starts the day after its
 * table's horizon, as the loader demands, so the file stays "next year" when a release adds this year's rates.
 * 協会けんぽ 東京都 10.00%, 介護 1.70%, 支援金 0.40%, 雇用保険 一般 5/1000 (労働者) and 8.5/1000 (事業主).
 */
import { careInsuranceRate, childSupportLevyRate, kyoukaiKenpoRates } from "../../src/calc/law/socialInsurance";
import { employmentInsuranceRates } from "../../src/calc/law/employmentInsurance";
import { pastHorizon } from "./lawHorizon";

export const LAW_HEADERS = ["表", "区分", "料率", "適用開始", "出典"];

export function nextYearLawRows(): string[][] {
  const source = (what: string) => `試験用の仮の値（${what}は未公表）`;
  const employment = pastHorizon(employmentInsuranceRates);
  return [
    ["協会けんぽ健康保険料率", "東京都", "10.00%", pastHorizon(kyoukaiKenpoRates).month, source("翌年度の料率")],
    ["介護保険料率", "全国", "1.70%", pastHorizon(careInsuranceRate).month, source("翌年度の料率")],
    ["子ども・子育て支援金率", "全国", "0.40%", pastHorizon(childSupportLevyRate).month, source("翌年度の支援金率")],
    ["雇用保険料率", "一般/労働者", "5/1000", employment.iso, source("翌年度の雇用保険料率")],
    ["雇用保険料率", "一般/事業主", "8.5/1000", employment.iso, source("翌年度の雇用保険料率")],
  ];
}

/** The same rows as the CSV a clerk saves (UTF-8). */
export function nextYearLawCsv(): string {
  return [LAW_HEADERS, ...nextYearLawRows()].map((row) => row.join(",")).join("\n") + "\n";
}
