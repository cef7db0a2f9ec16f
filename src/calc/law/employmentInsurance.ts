import { defineAnnouncedTimeline } from "./announced";
import { Ppm, ppmFromPermille } from "../money/rate";

export type BusinessType = "general" | "agriculture" | "construction";

export interface EmploymentInsuranceRates {
  /** 被保険者負担 and 事業主負担 per business type, in ppm of wages. */
  employee: Record<BusinessType, Ppm>;
  employer: Record<BusinessType, Ppm>;
}

type PermillePerBusiness = [general: string, agriculture: string, construction: string];

function perBusiness([general, agriculture, construction]: PermillePerBusiness): Record<BusinessType, Ppm> {
  return { general: ppmFromPermille(general), agriculture: ppmFromPermille(agriculture), construction: ppmFromPermille(construction) };
}

function rates(employee: PermillePerBusiness, employer: PermillePerBusiness): EmploymentInsuranceRates {
  return { employee: perBusiness(employee), employer: perBusiness(employer) };
}

const ACT = { title: "労働保険の保険料の徴収等に関する法律", url: "https://laws.e-gov.go.jp/law/344AC0000000084", at: "第12条（一般保険料率）" };

/**
 * 雇用保険料率 (千分率の労働者負担・事業主負担). A fiscal year's rates apply to wages whose 賃金締切日 falls on
 * or after 4月1日 (厚生労働省 各年度「雇用保険料率のご案内」). Order: 一般 / 農林水産・清酒製造 / 建設.
 */
export const employmentInsuranceRates = defineAnnouncedTimeline<EmploymentInsuranceRates>({
  id: "employmentInsurance.rates",
  title: "雇用保険料率",
  unit: "ppm（千分率×1000）",
  keyedOn: "wageClosingDate",
  announced: [
    { effective: "2023-04-01", until: "2024-03-31", value: rates(["6", "7", "7"], ["9.5", "10.5", "11.5"]), sources: [ACT, { title: "厚生労働省 令和5年度の雇用保険料率について", url: "https://www.mhlw.go.jp/stf/seisakunitsuite/bunya/0000108634.html" }], confidence: "high" },
    { effective: "2024-04-01", until: "2025-03-31", value: rates(["6", "7", "7"], ["9.5", "10.5", "11.5"]), sources: [ACT, { title: "厚生労働省 令和6年度の雇用保険料率について（令和5年度から変更なし）", url: "https://www.mhlw.go.jp/stf/seisakunitsuite/bunya/0000108634.html" }], confidence: "high", note: "二つ目の出典で確認済み" },
    { effective: "2025-04-01", until: "2026-03-31", value: rates(["5.5", "6.5", "6.5"], ["9", "10", "11"]), sources: [ACT, { title: "厚生労働省 令和7年度の雇用保険料率について", url: "https://www.mhlw.go.jp/stf/seisakunitsuite/bunya/0000108634.html" }], confidence: "high" },
    { effective: "2026-04-01", until: "2027-03-31", value: rates(["5", "6", "6"], ["8.5", "9.5", "10.5"]), sources: [ACT, { title: "厚生労働省 令和8年度 雇用保険料率のご案内", url: "https://www.mhlw.go.jp/content/001672589.pdf" }], confidence: "high" },
  ],
});
