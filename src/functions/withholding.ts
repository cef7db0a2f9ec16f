/**
 * 源泉所得税の関数 (SONAE.WHT_*). Same conventions as socialInsurance.ts: a FormulaDef per formula and a
 * JSDoc wrapper that is Excel's metadata.
 */
import { FormulaDef } from "./define";

export const WITHHOLDING_FORMULAS: FormulaDef[] = [];
