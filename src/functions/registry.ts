/**
 * Every formula Sonae offers, by its Excel id. Excel, the command line and the workbook builder all
 * evaluate formulas through this one registry.
 */
import { LawContext } from "../calc/law/lawContext";
import { evaluate, FormulaDef } from "./define";
import { SOCIAL_INSURANCE_FORMULAS } from "./socialInsurance";
import { WITHHOLDING_FORMULAS } from "./withholding";
import { YEAR_END_FORMULAS } from "./yearEnd";

export const FORMULAS: readonly FormulaDef[] = [...SOCIAL_INSURANCE_FORMULAS, ...WITHHOLDING_FORMULAS, ...YEAR_END_FORMULAS];

export const REGISTRY: ReadonlyMap<string, FormulaDef> = new Map(FORMULAS.map((f) => [f.id, f]));

/**
 * The registry as the workbook's cached values call it (src/workbook/xlsx/cachedValues/sonaeFormulas.ts):
 * the .xlsx writer stores for each SONAE.* cell what Excel's add-in computes, without importing this layer.
 */
export const FORMULA_CATALOGUE = {
  ids: [...REGISTRY.keys()],
  evaluate: (id: string, args: readonly unknown[], law: LawContext) => evaluate(REGISTRY.get(id)!, args, law),
};

/** Files whose JSDoc is Excel's metadata (the webpack plugin and the formula reference read them). */
export const FUNCTION_SOURCE_FILES = ["src/functions/socialInsurance.ts", "src/functions/withholding.ts", "src/functions/yearEnd.ts"];
