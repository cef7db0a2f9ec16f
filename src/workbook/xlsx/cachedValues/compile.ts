/**
 * Compiles a formula's text once into a function of the cell it is computed in: a column filled with one
 * formula, or a payslip copied ten thousand times, is parsed once and run per cell with its relative
 * references moved (`dr` rows down from the cell the text was written for). SONAE.* calls go to the
 * functions the caller handed in (sonaeFormulas.ts).
 */
import { EvaluatedValue, isCellError } from "./values";
import { compare, DIV0, toNumber, toText, VALUE } from "./excelValues";
import { Arg, ExcelFunction, FUNCTIONS } from "./functions";
import { Node, parseFormula } from "./parse";
import { At, Raw, Ref, scalar, SheetCells } from "./ref";

export type { At };

export type Compiled = (at: At) => Raw;

const ARITHMETIC: Record<string, (a: number, b: number) => number> = {
  "+": (a, b) => a + b,
  "-": (a, b) => a - b,
  "*": (a, b) => a * b,
  "/": (a, b) => a / b,
  "^": (a, b) => a ** b,
};

const COMPARISON: Record<string, (c: number) => boolean> = {
  "=": (c) => c === 0,
  "<>": (c) => c !== 0,
  "<": (c) => c < 0,
  ">": (c) => c > 0,
  "<=": (c) => c <= 0,
  ">=": (c) => c >= 0,
};

function binary(op: string, a: EvaluatedValue, b: EvaluatedValue): EvaluatedValue {
  if (isCellError(a)) return a;
  if (isCellError(b)) return b;
  if (op === "&") {
    const [x, y] = [toText(a), toText(b)];
    return isCellError(x) ? x : isCellError(y) ? y : x + y;
  }
  const cmp = COMPARISON[op];
  if (cmp) return cmp(compare(a, b));
  const [x, y] = [toNumber(a), toNumber(b)];
  if (isCellError(x)) return x;
  if (isCellError(y)) return y;
  if (op === "/" && y === 0) return DIV0;
  const r = ARITHMETIC[op](x, y);
  return Number.isFinite(r) ? r : VALUE;
}

/**
 * Functions that read each argument as one value: a one-cell reference among their arguments is read
 * straight away, without building a reference (a formula of 20 references runs a million times). SUM,
 * MIN, MAX, AND and OR are not among them: they skip text in a reference but not in a value.
 */
const READS_VALUES = new Set(["IF", "NOT", "MOD", "ISBLANK", "ISNUMBER", "N", "TEXT", "ROUND", "ROUNDDOWN", "ROUNDUP", "INT", "YEAR", "MONTH", "DAY", "DATE", "EDATE", "EOMONTH", "LEN"]);

export function compileFormula(formula: string, sheet: SheetCells, sheets: (name: string) => SheetCells, sonae: ReadonlyMap<string, ExcelFunction>): Compiled {
  const node = (n: Node, asValue = false): Compiled => {
    switch (n.t) {
      case "num":
      case "str":
      case "bool": {
        const v = n.v;
        return () => v;
      }
      case "omitted":
        return () => null;
      case "ref": {
        const target = n.sheet === undefined ? sheet : sheets(n.sheet);
        const { from, to = n.from } = n;
        if (asValue && !n.to) {
          const { row, col, absRow } = from;
          return absRow ? () => target.value(row, col) : (at) => target.value(row + at.dr, col);
        }
        const row = (r: number, abs: boolean, at: At) => (abs ? r : r + at.dr);
        return (at) => {
          const r1 = row(from.row, from.absRow, at);
          const r2 = row(to.row, to.absRow, at);
          return new Ref(target, Math.min(r1, r2), Math.min(from.col, to.col), Math.abs(r2 - r1) + 1, Math.abs(to.col - from.col) + 1);
        };
      }
      case "neg": {
        const arg = node(n.arg, true);
        return (at) => binary("-", 0, scalar(arg(at), at));
      }
      case "bin": {
        const [left, right, op] = [node(n.left, true), node(n.right, true), n.op];
        return (at) => binary(op, scalar(left(at), at), scalar(right(at), at));
      }
      case "call": {
        const fn = FUNCTIONS[n.name] ?? sonae.get(n.name);
        if (!fn) throw new Error(`関数 ${n.name} は .xlsx の計算値に未対応です: ${formula}`);
        const values = READS_VALUES.has(n.name);
        const args: Arg[] = n.args.map((a) => node(a, values) as Arg);
        return (at) => fn(args, at);
      }
    }
  };
  return node(parseFormula(formula));
}
