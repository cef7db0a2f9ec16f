/**
 * A law value as people read it on the 法令データ sheet and in `sonae law`: rates in % (or ‰ for
 * 雇用保険, as 厚生労働省 publishes them), never the internal ppm.
 */
import { Ppm } from "../calc/money/rate";
import { PREFECTURES } from "../calc/law/socialInsurance";
import { EmploymentInsuranceRates } from "../calc/law/employmentInsurance";
import { PremiumWageRates } from "../calc/law/labor";
import { BonusCaps } from "../calc/law/socialInsurance";

/** 98,500 ppm → "9.85%"; exact, no float. */
export function percentText(ppm: Ppm): string {
  const whole = Math.floor(ppm / 10_000);
  const frac = String(ppm % 10_000).padStart(4, "0").replace(/0+$/, "");
  return `${whole}${frac ? `.${frac}` : ""}%`;
}

/** 5,500 ppm → "5.5/1000". */
export function permilleText(ppm: Ppm): string {
  const whole = Math.floor(ppm / 1_000);
  const frac = String(ppm % 1_000).padStart(3, "0").replace(/0+$/, "");
  return `${whole}${frac ? `.${frac}` : ""}/1000`;
}

const BUSINESS: [keyof EmploymentInsuranceRates["employee"], string][] = [["general", "一般"], ["agriculture", "農林水産・清酒製造"], ["construction", "建設"]];
const yen = (n: number) => `${n.toLocaleString("ja-JP")}円`;

/** The value of a table by its id, or null for tables too large to show in a cell (税額表). */
export function describeLawValue(id: string, value: unknown, prefectures?: readonly number[]): string | null {
  switch (id) {
    case "socialInsurance.kyoukaiKenpoRates": {
      const rates = value as readonly Ppm[];
      const codes = prefectures && prefectures.length > 0 ? [...new Set(prefectures)].sort((a, b) => a - b) : [13];
      const shown = codes.map((c) => `${PREFECTURES[c - 1][1]} ${percentText(rates[c - 1])}`).join("、");
      return prefectures && prefectures.length > 0 ? shown : `都道府県別（例: ${shown}）`;
    }
    case "socialInsurance.careRate":
    case "socialInsurance.childSupportLevyRate":
    case "socialInsurance.pensionRate":
    case "socialInsurance.childContributionRate":
      return percentText(value as Ppm);
    case "employmentInsurance.rates": {
      const r = value as EmploymentInsuranceRates;
      return BUSINESS.map(([k, name]) => `${name} 労働者 ${permilleText(r.employee[k])}・事業主 ${permilleText(r.employer[k])}`).join("、");
    }
    case "labor.premiumWageRates": {
      const r = value as PremiumWageRates;
      return `時間外 ${percentText(r.overtime)}（月${r.over60ThresholdHours}時間超 ${percentText(r.overtimeOver60)}）、休日 ${percentText(r.holiday)}、深夜 ${percentText(r.lateNight)}`;
    }
    case "socialInsurance.bonusCaps": {
      const c = value as BonusCaps;
      return `健康保険 年度累計 ${yen(c.healthFiscalYear)}、厚生年金 1か月 ${yen(c.pensionMonthly)}`;
    }
    default:
      return null;
  }
}
