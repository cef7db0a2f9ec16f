/**
 * The only place that knows Excel's error objects: a core CalcError becomes a CustomFunctions.Error
 * carrying the Japanese message (Excel shows messages for #VALUE! and #N/A).
 */
import { CalcError } from "../calc/law/errors";
import { Cell, evaluate, FormulaDef } from "./define";

function toExcelError(e: CalcError): unknown {
  const codes = CustomFunctions.ErrorCode;
  const code = e.code === "#N/A" ? codes.notAvailable : e.code === "#NUM!" ? codes.invalidNumber : codes.invalidValue;
  return code === codes.invalidNumber ? new CustomFunctions.Error(code) : new CustomFunctions.Error(code, e.message);
}

/** Evaluate for Excel: the same evaluation as everywhere, errors converted element by element. */
export function forExcel(def: FormulaDef, args: ArrayLike<unknown>): any[][] {
  const result = evaluate(def, args);
  if (typeof CustomFunctions === "undefined") return result;
  return result.map((row) => row.map((v: Cell) => (v instanceof CalcError ? toExcelError(v) : v)));
}
