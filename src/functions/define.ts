/**
 * The formula registry's building blocks: a formula is declared once as a FormulaDef (its parameters'
 * parsers and the core rule it runs); Excel's JSDoc wrapper and the command line both evaluate it here,
 * with Excel's broadcasting, so a formula behaves the same everywhere.
 */
import { CalcError } from "../calc/vocabulary/errors";
import { Parser } from "./args";
// From its module, not through ./args: a re-exported binding is a getter call in CommonJS, paid per cell.
import { isBlank } from "../calc/vocabulary/parser";
import { BUILT_IN_LAW, LawContext } from "../calc/law/lawContext";

export type Scalar = number | boolean | string;
export type Cell = Scalar | CalcError;

export interface Param {
  /** Must equal the parameter's name in the JSDoc wrapper (checked by test/functions/metadata.test.ts). */
  name: string;
  /** Japanese name used in error messages. */
  label: string;
  parse: Parser<unknown>;
  optional?: boolean;
  /** The value used when an optional argument is omitted or blank. A function is called per evaluation. */
  default?: unknown | (() => unknown);
}

export interface FormulaDef {
  id: string;
  params: Param[];
  /** A typical call (arguments as on the command line), used by the formula reference, the CLI test and the benchmark. */
  example: unknown[];
  /** `law`: the built-in law, or with the rows a user added (the command line's --law). */
  run: (args: any[], law: LawContext) => Scalar;
}

export function defineFormula(def: FormulaDef): FormulaDef {
  const firstOptional = def.params.findIndex((p) => p.optional);
  if (firstOptional >= 0 && def.params.slice(firstOptional).some((p) => !p.optional)) {
    throw new Error(`${def.id}: optional parameters must come last`);
  }
  return def;
}

type Matrix = unknown[][];

/** Excel passes a matrix for every argument; JSON callers may pass a scalar or a list (a column). */
function asMatrix(raw: unknown): Matrix | null {
  if (raw === undefined || raw === null) return null;
  if (Array.isArray(raw)) {
    if (raw.length === 0) return [[null]];
    return Array.isArray(raw[0]) ? (raw as Matrix) : (raw as unknown[]).map((v) => [v]);
  }
  return [[raw]];
}

const BLANK = Symbol("blank");

interface Prepared {
  m: Matrix | null;
  /** Parsed text values of this call: a column of "東京都" or "1986-11-01" is parsed once per distinct text. */
  cache?: Map<string, unknown>;
  rows: number;
  cols: number;
  /** For a 1×1 or omitted argument: the parsed value, the error, or BLANK. */
  single?: unknown;
  /** The last text read and what it settled to: a column often repeats the row above (a month, a date). */
  lastRaw?: string;
  lastSettled?: unknown;
}

function parseOne(p: Param, raw: unknown): unknown {
  if (isBlank(raw)) return BLANK;
  try {
    return p.parse(raw, p.label);
  } catch (e) {
    if (e instanceof CalcError) return e;
    throw e;
  }
}

function resolveDefault(p: Param): unknown {
  return typeof p.default === "function" ? (p.default as () => unknown)() : p.default;
}

/**
 * Evaluate a formula over its arguments with Excel's array broadcasting: the result has the largest
 * row and column counts; an argument of one row (or column) applies to every row (or column); positions
 * beyond a shorter argument are #N/A. An invalid element is an error in that element only. A blank in
 * the first argument (a row without an employee) gives a blank result.
 */
export function evaluate(def: FormulaDef, rawArgs: ArrayLike<unknown>, law: LawContext = BUILT_IN_LAW): Cell[][] {
  if (rawArgs.length > def.params.length) {
    const e = new CalcError("#VALUE!", `${def.id} の引数は最大 ${def.params.length} 個です（${rawArgs.length} 個指定されました）。`);
    return [[e]];
  }
  const prepared: Prepared[] = def.params.map((p, i) => {
    const m = asMatrix(rawArgs[i]);
    if (m === null) return { m, rows: 1, cols: 1, single: BLANK };
    const rows = m.length;
    const cols = m[0]?.length ?? 1;
    const prep: Prepared = { m, rows, cols };
    if (rows === 1 && cols === 1) {
      prep.single = parseOne(p, m[0][0]);
    }
    return prep;
  });
  let rows = 1;
  let cols = 1;
  for (const a of prepared) {
    if (a.rows > rows) rows = a.rows;
    if (a.cols > cols) cols = a.cols;
  }
  // Arguments that are one value are read once; only the ranges are read per element.
  const n = def.params.length;
  const args = new Array<unknown>(n);
  const varying: number[] = [];
  let constant: Cell | undefined; // a blank first argument (""), or an error, shared by every element
  for (let i = 0; i < n; i++) {
    const a = prepared[i];
    if (a.single === undefined) {
      varying.push(i);
      continue;
    }
    const v = settle(def.params[i], i, a.single);
    if (v instanceof Settled) {
      if (constant === undefined) constant = v.cell;
    } else args[i] = v;
  }
  const out: Cell[][] = new Array(rows);
  if (cols === 1) {
    // The usual payroll column: one packed one-element row per employee.
    for (let r = 0; r < rows; r++) out[r] = [cell(def, prepared, varying, constant, args, r, 0, law)];
    return out;
  }
  for (let r = 0; r < rows; r++) {
    const line: Cell[] = new Array(cols);
    for (let c = 0; c < cols; c++) line[c] = cell(def, prepared, varying, constant, args, r, c, law);
    out[r] = line;
  }
  return out;
}

/** A finished element (blank or error) found while reading the arguments. */
class Settled {
  constructor(readonly cell: Cell) {}
}

const BLANK_RESULT = new Settled("");

/** A parsed argument, its default when blank, or the element's final value. */
function settle(p: Param, i: number, v: unknown): unknown {
  if (v === BLANK) {
    if (i === 0) return BLANK_RESULT;
    if (!p.optional) return new Settled(new CalcError("#VALUE!", `${p.label} が空欄です。`));
    return resolveDefault(p);
  }
  return v instanceof CalcError ? new Settled(v) : v;
}

function cell(def: FormulaDef, prepared: Prepared[], varying: number[], constant: Cell | undefined, args: unknown[], r: number, c: number, law: LawContext): Cell {
  for (let k = 0; k < varying.length; k++) {
    const i = varying[k];
    const a = prepared[i];
    const p = def.params[i];
    const rr = a.rows === 1 ? 0 : r;
    const cc = a.cols === 1 ? 0 : c;
    if (rr >= a.rows || cc >= a.cols) return new CalcError("#N/A", `${p.label} の範囲の大きさが他の引数と合いません。`);
    const raw = (a.m as Matrix)[rr][cc];
    let settled: unknown;
    if (typeof raw === "string") {
      if (raw === a.lastRaw) settled = a.lastSettled;
      else {
        const cache = a.cache ?? (a.cache = new Map());
        let v = cache.get(raw);
        if (v === undefined) cache.set(raw, (v = parseOne(p, raw)));
        settled = settle(p, i, v);
        a.lastRaw = raw;
        a.lastSettled = settled;
      }
    } else settled = settle(p, i, parseOne(p, raw));
    if (settled instanceof Settled) {
      // A blank first argument gives a blank; otherwise a bad one-value argument is reported first.
      if (settled === BLANK_RESULT) return "";
      return constant ?? settled.cell;
    }
    args[i] = settled;
  }
  if (constant !== undefined) return constant;
  try {
    return def.run(args, law);
  } catch (e) {
    if (e instanceof CalcError) return e;
    return new CalcError("#VALUE!", `内部エラー（${def.id}）: ${e instanceof Error ? e.message : String(e)}`);
  }
}
