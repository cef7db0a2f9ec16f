import { Ppm, ppmFromPermille } from "../../calc/money/rate";
import { JobProblem } from "../problem";

/** The office's facts printed on last year's 申告書 (OFFICE.json). */
export interface NendoOffice {
  /** 労災保険率 (千分率), e.g. 3 for その他の各種事業. */
  rosaiRatePermille: number;
  /** 事業の種類 (労災保険率表の番号), e.g. "94". */
  rosaiBusinessType: string;
  /** 翌年度の労災保険率 when it is revised (例年3年ごと); else this year's is used for the 概算. */
  nextRosaiRatePermille?: number;
}

function rateOf(value: unknown, column: string): Ppm | JobProblem {
  const problem = { row: 0, column, value: String(value ?? ""), message: `事業所の設定 ${column} は労災保険率を千分率の数値（その他の各種事業なら 3）で書いてください。`, severity: "error" as const };
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0 || value >= 1000) return problem;
  try {
    return ppmFromPermille(String(value));
  } catch {
    return problem;
  }
}

/** The office's rates as ppm, or the problem that names the setting. */
export function readOffice(o: NendoOffice): { rosaiRate: Ppm; nextRosaiRate: Ppm } | { problem: JobProblem } {
  const rosaiRate = rateOf(o.rosaiRatePermille, "rosaiRatePermille");
  if (typeof rosaiRate !== "number") return { problem: rosaiRate };
  if (o.nextRosaiRatePermille === undefined) return { rosaiRate, nextRosaiRate: rosaiRate };
  const nextRosaiRate = rateOf(o.nextRosaiRatePermille, "nextRosaiRatePermille");
  return typeof nextRosaiRate === "number" ? { rosaiRate, nextRosaiRate } : { problem: nextRosaiRate };
}
