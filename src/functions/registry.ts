/**
 * Every formula Sonae offers, by its Excel id. Excel, the command line and the workbook builder all
 * evaluate formulas through this one registry.
 */
import { FormulaDef } from "./define";
import { SOCIAL_INSURANCE_FORMULAS } from "./socialInsurance";
import { WITHHOLDING_FORMULAS } from "./withholding";
import { YEAR_END_FORMULAS } from "./yearEnd";

export const FORMULAS: readonly FormulaDef[] = [...SOCIAL_INSURANCE_FORMULAS, ...WITHHOLDING_FORMULAS, ...YEAR_END_FORMULAS];

export const REGISTRY: ReadonlyMap<string, FormulaDef> = new Map(FORMULAS.map((f) => [f.id, f]));

/** Files whose JSDoc is Excel's metadata (the webpack plugin and the formula reference read them). */
export const FUNCTION_SOURCE_FILES = ["src/functions/socialInsurance.ts", "src/functions/withholding.ts", "src/functions/yearEnd.ts"];
