/**
 * Evaluates a workbook plan the way Excel would, with fast-formula-parser (MIT) for ordinary Excel and the
 * formula registry for `SONAE.*`: the reference the tests hold the workbook's live formulas to — that they
 * give the payroll core's figures, and that the fast evaluator the .xlsx writer uses for its cached values
 * (xlsx/cachedValues/) computes the same. It is slow (every cell's formula parsed afresh) and test-only.
 *
 * Excel semantics modelled here, beyond the parser's own:
 * - a spill formula fills its declared area from its own cell (a dynamic array);
 * - a filled column and a repeated tile are their first formula copied, relative references moved;
 * - SONAE.* functions receive ranges as matrices and broadcast like in Excel (src/functions/define.ts);
 * - ROUND / ROUNDDOWN / ROUNDUP first take the value to 15 significant digits, the precision Excel keeps
 *   ("Excel stores and calculates floating-point numbers with 15 significant digits of precision",
 *   Microsoft Learn, "Floating-point arithmetic may give inaccurate results in Excel"), so that
 *   26,562.499999999996 (a binary artefact of 26,562.5) rounds to 26,563 as in Excel;
 * - MIN and MAX, which the parser lacks, ignore text, logical values and blanks in references;
 * - YEAR, MONTH and DAY read a blank as 0 (the parser fails on it);
 * - IF reads a condition given as a cell reference (the parser's IF takes IF(A1,…) as true unread);
 * - INDEX of a range on another sheet returns a cell of that sheet (fast-formula-parser 1.0.19 returns the
 *   cell without its sheet, which then resolves on the sheet of the last reference read).
 */
import FormulaParser, { FormulaError, FunctionArg } from "fast-formula-parser";
import Decimal from "decimal.js";
import { CalcError } from "../../src/calc/law/errors";
import { evaluate as evaluateFormula, FormulaDef } from "../../src/functions/define";
import { REGISTRY } from "../../src/functions/registry";
import { BUILT_IN_LAW, LawContext } from "../../src/calc/law/lawContext";
import { cell as a1 } from "../../src/workbook/address";
import { shiftFormula } from "../../src/workbook/relative";
import { PlanValue, SheetPlan, WorkbookPlan } from "../../src/workbook/types";
import { EvaluatedValue, isCellError } from "../../src/workbook/xlsx/cachedValues/values";

export type { CellError, EvaluatedValue } from "../../src/workbook/xlsx/cachedValues/values";
export { isCellError };

type Entry =
  | { kind: "value"; value: PlanValue }
  | { kind: "formula"; formula: string }
  /** A copy of a formula written elsewhere, its relative references moved by (rows, cols). */
  | { kind: "moved"; formula: string; rows: number; cols: number }
  | { kind: "anchor"; formula: string; rows: number; cols: number }
  | { kind: "spilled"; row: number; col: number };

const WIDTH = 1 << 14; // Excel's 16,384 columns

function key(row: number, col: number): number {
  return row * WIDTH + col;
}

const D15 = Decimal.clone({ precision: 40 });

function toNumber(arg: FunctionArg | undefined): number | FormulaError {
  const v = arg?.value;
  if (v instanceof FormulaError) return v;
  if (v === null || v === undefined || v === "") return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))) return Number(v);
  return FormulaError.VALUE;
}

/** Excel's ROUND family: to 15 significant digits first, then decimal rounding away from / toward zero. */
function excelRound(mode: Decimal.Rounding) {
  return (x: FunctionArg, digits: FunctionArg) => {
    const n = toNumber(x);
    const d = toNumber(digits);
    if (n instanceof FormulaError) return n;
    if (d instanceof FormulaError) return d;
    const places = Math.trunc(d);
    const v = new D15(n.toPrecision(15));
    const scale = new D15(10).pow(places);
    return v.times(scale).toDecimalPlaces(0, mode).div(scale).toNumber();
  };
}

/**
 * YEAR / MONTH / DAY of an Excel date serial (1900 date system): a blank is 0, "1900-01-00"; serial 60 is
 * Excel's fictitious 1900-02-29. (The parser fails on a blank, which Excel reads as 0.)
 */
function datePart(part: "year" | "month" | "day") {
  return (x: FunctionArg) => {
    const n = toNumber(x);
    if (n instanceof FormulaError) return n;
    const serial = Math.floor(n);
    if (serial < 0) return FormulaError.NUM;
    let y: number, m: number, d: number;
    if (serial === 0) [y, m, d] = [1900, 1, 0];
    else if (serial === 60) [y, m, d] = [1900, 2, 29];
    else {
      const t = new Date(Date.UTC(1899, 11, serial < 60 ? 31 : 30) + serial * 86_400_000);
      [y, m, d] = [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
    }
    return part === "year" ? y : part === "month" ? m : d;
  };
}

function extreme(pick: (a: number, b: number) => number) {
  return (...args: FunctionArg[]) => {
    let best: number | undefined;
    for (const a of args) {
      if (a.value instanceof FormulaError) return a.value;
      const values = Array.isArray(a.value) ? (a.value as unknown[][]).flat() : [a.value];
      const fromReference = a.isRangeRef || a.isCellRef || Array.isArray(a.value);
      for (const v of values) {
        if (v instanceof FormulaError) return v;
        let n: number | undefined;
        if (typeof v === "number") n = v;
        else if (!fromReference && typeof v === "boolean") n = v ? 1 : 0;
        else if (!fromReference && typeof v === "string") {
          if (v.trim() === "" || !Number.isFinite(Number(v))) return FormulaError.VALUE;
          n = Number(v);
        }
        if (n !== undefined) best = best === undefined ? n : pick(best, n);
      }
    }
    return best ?? 0;
  };
}

type RefArg = { ref?: { sheet?: string; row?: number; from?: unknown } };
type Context = { utils: { extractRefValue(arg: unknown): { val: unknown; isArray: boolean } } };

/**
 * IF as Excel evaluates it: the condition read through a reference (the parser's own IF takes a bare cell
 * reference as true without reading it), a number ≠ 0 is TRUE, text other than TRUE/FALSE is #VALUE!, an
 * omitted branch is FALSE (or 0 when the condition holds), a blank cell chosen is 0.
 */
function excelIf(context: Context, test: unknown, whenTrue?: unknown, whenFalse?: unknown): unknown {
  const t = context.utils.extractRefValue(test).val;
  if (t instanceof FormulaError) return t;
  let cond: boolean;
  if (typeof t === "boolean") cond = t;
  else if (typeof t === "number") cond = t !== 0;
  else if (t === null || t === undefined) cond = false;
  else if (typeof t === "string" && /^(TRUE|FALSE)$/i.test(t)) cond = t.toUpperCase() === "TRUE";
  else return FormulaError.VALUE;
  const pick = cond ? whenTrue : whenFalse;
  if (pick === undefined) return cond ? 0 : false;
  const v = context.utils.extractRefValue(pick);
  return v.val === null || v.val === undefined ? 0 : v.val;
}

/** The parser's INDEX, with the sheet of the indexed range kept on the cell it returns. */
function indexKeepingSheet(parser: { functions: Record<string, (...a: unknown[]) => unknown> }) {
  const builtin = parser.functions.INDEX;
  return ((context: unknown, ranges: RefArg, ...rest: unknown[]) => {
    const result = builtin(context, ranges, ...rest) as RefArg;
    const sheet = ranges?.ref?.sheet;
    if (result && result.ref && result.ref.sheet === undefined && sheet !== undefined) result.ref.sheet = sheet;
    return result;
  }) as unknown as (...args: FunctionArg[]) => unknown;
}

function toFormulaError(e: CalcError): FormulaError {
  return new FormulaError(e.code, e.message);
}

/** Bind a registry formula: ranges arrive as matrices, the result is a matrix (or a scalar for 1×1). */
function bindSonae(def: FormulaDef, law: LawContext) {
  return (...args: FunctionArg[]) => {
    const raw = args.map((a) => (a.omitted ? null : a.value));
    for (const v of raw) if (v instanceof FormulaError) return v;
    const out = evaluateFormula(def, raw, law).map((row) => row.map((v) => (v instanceof CalcError ? toFormulaError(v) : v)));
    return out.length === 1 && out[0].length === 1 ? out[0][0] : out;
  };
}

function fromParser(v: unknown): EvaluatedValue {
  if (v instanceof FormulaError) return v.message ? { error: v.error, message: v.message } : { error: v.error };
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return { error: "#VALUE!", message: `unexpected value ${String(v)}` };
}

function toParser(v: EvaluatedValue): unknown {
  return isCellError(v) ? new FormulaError(v.error, v.message) : v;
}

/** The computed values of a plan: every value, every formula's result, every spilled cell. */
export class PlanEvaluation {
  private readonly sheets = new Map<string, Map<number, Entry>>();
  private readonly memo = new Map<string, Map<number, EvaluatedValue>>();
  private readonly active = new Set<string>();
  private readonly parsers: FormulaParser[] = [];
  private readonly functions: Record<string, (...args: FunctionArg[]) => unknown>;
  private depth = 0;

  constructor(
    readonly plan: WorkbookPlan,
    law: LawContext = BUILT_IN_LAW,
  ) {
    this.functions = {
      ROUND: excelRound(Decimal.ROUND_HALF_UP),
      ROUNDDOWN: excelRound(Decimal.ROUND_DOWN),
      ROUNDUP: excelRound(Decimal.ROUND_UP),
      MIN: extreme(Math.min),
      MAX: extreme(Math.max),
      IF: excelIf as unknown as (...args: FunctionArg[]) => unknown,
      YEAR: datePart("year"),
      MONTH: datePart("month"),
      DAY: datePart("day"),
    };
    for (const def of REGISTRY.values()) this.functions[`SONAE.${def.id}`] = bindSonae(def, law);
    this.functions.INDEX = indexKeepingSheet(new FormulaParser({}) as unknown as { functions: Record<string, (...a: unknown[]) => unknown> });
    for (const sheet of plan.sheets) this.load(sheet);
  }

  private load(sheet: SheetPlan) {
    const grid = new Map<number, Entry>();
    for (const b of sheet.blocks) {
      if (b.kind === "values") {
        b.values.forEach((line, r) => line.forEach((value, c) => grid.set(key(b.row + r, b.col + c), { kind: "value", value })));
      } else if (b.kind === "formulas") {
        b.formulas.forEach((line, r) =>
          line.forEach((formula, c) => {
            if (formula === null) return;
            const k = key(b.row + r, b.col + c);
            grid.set(k, formula.startsWith("=") ? { kind: "formula", formula } : { kind: "value", value: formula });
          }),
        );
      } else if (b.kind === "fill") {
        for (let r = 0; r < b.rows; r++) grid.set(key(b.row + r, b.col), { kind: "moved", formula: b.formula, rows: r, cols: 0 });
      } else if (b.kind === "tile") {
        const h = b.pattern.length;
        for (let t = 0; t < b.times; t++) {
          b.pattern.forEach((line, r) =>
            line.forEach((text, c) => {
              if (text === null) return;
              const k = key(b.row + t * h + r, b.col + c);
              grid.set(k, text.startsWith("=") ? { kind: "moved", formula: text, rows: t * h, cols: 0 } : { kind: "value", value: text });
            }),
          );
        }
      } else {
        for (let r = 0; r < b.rows; r++) {
          for (let c = 0; c < b.cols; c++) grid.set(key(b.row + r, b.col + c), { kind: "spilled", row: b.row, col: b.col });
        }
        grid.set(key(b.row, b.col), { kind: "anchor", formula: b.formula, rows: b.rows, cols: b.cols });
      }
    }
    this.sheets.set(sheet.name, grid);
    this.memo.set(sheet.name, new Map());
  }

  /** The value of one cell (zero-based row and column). */
  value(sheet: string, row: number, col: number): EvaluatedValue {
    const memo = this.memo.get(sheet);
    if (!memo) return { error: "#REF!", message: `シート「${sheet}」はありません。` };
    const k = key(row, col);
    if (memo.has(k)) return memo.get(k)!;
    const entry = this.sheets.get(sheet)!.get(k);
    let v: EvaluatedValue;
    if (!entry) v = null;
    else if (entry.kind === "value") v = entry.value;
    else if (entry.kind === "spilled") {
      this.spill(sheet, entry.row, entry.col);
      return memo.get(k) ?? null;
    } else if (entry.kind === "anchor") {
      this.spill(sheet, row, col);
      return memo.get(k) ?? null;
    } else {
      const formula = entry.kind === "moved" ? shiftFormula(entry.formula, entry.rows, entry.cols) : entry.formula;
      v = this.run(sheet, row, col, formula, false) as EvaluatedValue;
      // A formula that refers to an empty cell shows 0, as in Excel.
      if (v === null) v = 0;
    }
    memo.set(k, v);
    return v;
  }

  /** Every value of a sheet's used area, as a matrix. */
  matrix(sheet: string): EvaluatedValue[][] {
    const plan = this.plan.sheets.find((s) => s.name === sheet);
    if (!plan) throw new Error(`no sheet ${sheet}`);
    return Array.from({ length: plan.rows }, (_, r) => Array.from({ length: plan.cols }, (_, c) => this.value(sheet, r, c)));
  }

  private spill(sheet: string, row: number, col: number) {
    const entry = this.sheets.get(sheet)!.get(key(row, col));
    if (!entry || entry.kind !== "anchor") throw new Error(`no spill formula at ${sheet}!${a1(row, col)}`);
    const memo = this.memo.get(sheet)!;
    const result = this.run(sheet, row, col, entry.formula, true);
    const matrix: unknown[][] = Array.isArray(result) ? (result as unknown[][]) : [[result]];
    for (let r = 0; r < entry.rows; r++) {
      for (let c = 0; c < entry.cols; c++) {
        const inside = r < matrix.length && c < (matrix[r]?.length ?? 0);
        memo.set(key(row + r, col + c), inside ? fromParser(matrix[r][c]) : { error: "#N/A" });
      }
    }
  }

  private run(sheet: string, row: number, col: number, formula: string, allowArray: boolean): unknown {
    const id = `${sheet}!${a1(row, col)}`;
    if (this.active.has(id)) throw new Error(`circular reference at ${id}`);
    this.active.add(id);
    const parser = this.parser(this.depth);
    this.depth++;
    try {
      const result = parser.parse(formula.replace(/^=/, ""), { sheet, row: row + 1, col: col + 1 }, allowArray);
      return allowArray ? result : fromParser(Array.isArray(result) ? (result as unknown[][])[0]?.[0] : result);
    } catch (e) {
      throw new Error(`${id} ${formula}: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      this.depth--;
      this.active.delete(id);
    }
  }

  /** One parser per evaluation depth: the parser is not re-entrant, and a reference evaluates its cell. */
  private parser(depth: number): FormulaParser {
    if (!this.parsers[depth]) {
      this.parsers[depth] = new FormulaParser({
        functions: this.functions,
        onCell: (ref) => toParser(this.value(ref.sheet ?? "", ref.row - 1, ref.col - 1)),
        onRange: (ref) => {
          const sheet = ref.sheet ?? "";
          const out: unknown[][] = [];
          for (let r = ref.from.row; r <= ref.to.row; r++) {
            const line: unknown[] = [];
            for (let c = ref.from.col; c <= ref.to.col; c++) line.push(toParser(this.value(sheet, r - 1, c - 1)));
            out.push(line);
          }
          return out;
        },
      });
    }
    return this.parsers[depth];
  }
}

export function evaluatePlan(plan: WorkbookPlan, law: LawContext = BUILT_IN_LAW): PlanEvaluation {
  return new PlanEvaluation(plan, law);
}
