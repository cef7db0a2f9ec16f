import { readInsurer as parseInsurer } from "../socialInsurance/insurer";
import { Insurer } from "../socialInsurance/types";

/**
 * The employee's 健康保険 insurer, read exactly as the workbook's =SONAE.SI_HEALTH reads its insurer argument
 * (one parser, so the payroll command and the live formulas cannot disagree): a 協会けんぽ prefecture ("東京都",
 * "東京", 13) or a 健康保険組合's rates ("9.5%/1.8%"). A blank falls back to the settings' default insurer.
 * @example resolveInsurer({ insurer: "", fallback: "東京都", label: "健康保険" }) // { kind: "kyoukai", prefectureCode: 13 }
 */
export function resolveInsurer(a: { insurer: string | undefined; fallback: string; label: string }): Insurer {
  const raw = a.insurer === undefined || a.insurer.trim() === "" ? a.fallback : a.insurer;
  return parseInsurer(raw, a.label);
}
