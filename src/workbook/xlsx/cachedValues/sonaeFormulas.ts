/**
 * The SONAE.* functions the cached values call. The workbook does not know the add-in's formulas: the
 * caller hands in their catalogue (the command line and the page pass src/functions' registry), so a
 * SONAE.* cell stores exactly what Excel's add-in computes, once per call with whole columns as arrays.
 */
import { CalcError } from "../../../calc/law/errors";
import { BUILT_IN_LAW, LawContext } from "../../../calc/law/lawContext";
import { ExcelFunction } from "./functions";
import { Ref } from "./ref";
import { EvaluatedValue, isCellError } from "./values";

/** The add-in's formulas, as the cached values read them. */
export interface FormulaCatalogue {
  /** Every formula's id, without the "SONAE." prefix. */
  readonly ids: Iterable<string>;
  /**
   * One call with Excel's broadcasting: each argument a value or a matrix, the result a matrix whose cells
   * are values or `CalcError`s, under the given law (the built-in one, or with the rows a user added).
   */
  evaluate(id: string, args: readonly unknown[], law: LawContext): unknown[][];
}

/** No SONAE.* function at all: a plan whose formulas call one fails to compile, naming the function. */
export const NO_FORMULAS: FormulaCatalogue = { ids: [], evaluate: () => [] };

/** The SONAE.* functions of one catalogue under one law. */
export function sonaeFunctions(catalogue: FormulaCatalogue, law: LawContext = BUILT_IN_LAW): Map<string, ExcelFunction> {
  const functions = new Map<string, ExcelFunction>();
  for (const id of catalogue.ids) functions.set(`SONAE.${id}`, sonaeCall(catalogue, id, law));
  return functions;
}

/**
 * A catalogue formula: references arrive as arrays of values, the result is an array (or one value).
 * A spill reads and returns whole columns, so the arrays are built once and converted in place — not
 * copied again line by line (a 10,000-row column is 10,000 little arrays each time).
 */
function sonaeCall(catalogue: FormulaCatalogue, id: string, law: LawContext): ExcelFunction {
  return (args, here) => {
    const values = args.map((arg) => {
      const value = arg(here);
      return value instanceof Ref ? (value.rows === 1 && value.cols === 1 ? value.at(0, 0) : inputMatrix(value)) : value;
    });
    for (const value of values) if (isCellError(value)) return value;
    const result = catalogue.evaluate(id, values, law) as EvaluatedValue[][];
    for (const line of result) for (let c = 0; c < line.length; c++) line[c] = fromCalc(line[c]);
    return result.length === 1 && result[0].length === 1 ? result[0][0] : result;
  };
}

/** The values of a range as a SONAE.* function reads them. */
function inputMatrix(ref: Ref): unknown[][] {
  const out: unknown[][] = new Array(ref.rows);
  for (let r = 0; r < ref.rows; r++) {
    const line: unknown[] = new Array(ref.cols);
    for (let c = 0; c < ref.cols; c++) line[c] = asCalcInput(ref.at(r, c));
    out[r] = line;
  }
  return out;
}

/** An error value inside a range handed to a SONAE.* function: read as its code ("#N/A"), as Excel shows it. */
class ErrorInRange {
  constructor(readonly error: string) {}
  toString(): string {
    return this.error;
  }
}

function asCalcInput(value: EvaluatedValue): unknown {
  return isCellError(value) ? new ErrorInRange(value.error) : value;
}

function fromCalc(value: unknown): EvaluatedValue {
  if (value instanceof CalcError) return { error: value.code, message: value.message };
  if (value === undefined) return null;
  return value as EvaluatedValue;
}
