/**
 * TEXT(value, format) for the number formats Sonae's plans print with: "0", "0.0", "0.00", "#,##0",
 * "#,##0.00" — rounded half away from zero to the shown decimals, as Excel displays. A text value is
 * returned as it is (TEXT of text is the text). Any other format is refused rather than guessed.
 */
import { EvaluatedValue, isCellError } from "./values";
import { excelRound, ROUND_HALF_UP, toNumber } from "./excelValues";

const SUPPORTED = /^(#,##)?0(?:\.(0+))?$/;

export function formatText(v: EvaluatedValue, format: string): EvaluatedValue {
  if (typeof v === "string" && !Number.isFinite(Number(v.trim()))) return v;
  const n = toNumber(v);
  if (isCellError(n)) return n;
  const m = SUPPORTED.exec(format);
  if (!m) throw new Error(`TEXT の書式「${format}」は .xlsx の計算値に未対応です（0、0.0、#,##0 などに対応）`);
  const decimals = m[2]?.length ?? 0;
  const rounded = excelRound(n, decimals, ROUND_HALF_UP);
  const [whole, fraction] = Math.abs(rounded).toFixed(decimals).split(".");
  const grouped = m[1] ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : whole;
  return `${rounded < 0 ? "-" : ""}${grouped}${fraction ? `.${fraction}` : ""}`;
}
