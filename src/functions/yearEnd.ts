/**
 * 年末調整の関数 (SONAE.YE_*). Same conventions as socialInsurance.ts.
 */
import { FormulaDef } from "./define";

export const YEAR_END_FORMULAS: FormulaDef[] = [];
