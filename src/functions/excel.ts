/**
 * The only place that knows Excel's error objects: a core CalcError becomes a CustomFunctions.Error
 * carrying the Japanese message (Excel shows messages for #VALUE! and #N/A).
 */
import { CalcError } from "../calc/vocabulary/errors";
import { Cell, evaluate, FormulaDef } from "./define";
import { BUILT_IN_LAW, LawContext } from "../calc/law/lawContext";

/**
 * The law Excel's formulas run under: Excel calls them with their arguments only, so the task pane (which
 * shares this runtime) hands over the user's law table when it loads one. The core still takes it explicitly.
 */
let excelLaw: LawContext = BUILT_IN_LAW;

export function setExcelLaw(law: LawContext): void {
  excelLaw = law;
}

function toExcelError(e: CalcError): unknown {
  const codes = CustomFunctions.ErrorCode;
  const code = e.code === "#N/A" ? codes.notAvailable : e.code === "#NUM!" ? codes.invalidNumber : codes.invalidValue;
  return code === codes.invalidNumber ? new CustomFunctions.Error(code) : new CustomFunctions.Error(code, e.message);
}

/** Evaluate for Excel: the same evaluation as everywhere, errors converted element by element. */
export function forExcel(def: FormulaDef, args: ArrayLike<unknown>): any[][] {
  const result = evaluate(def, args, excelLaw);
  if (typeof CustomFunctions === "undefined") return result;
  return result.map((row) => row.map((v: Cell) => (v instanceof CalcError ? toExcelError(v) : v)));
}
