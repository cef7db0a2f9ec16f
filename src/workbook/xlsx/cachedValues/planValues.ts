/**
 * The computed values of a whole plan, fast and on demand: the cached values the .xlsx stores are what
 * Excel computes from the very formulas the plan writes — the sheets need not know their figures. Each
 * formula text is compiled once (compile.ts); a cell is computed when first read and remembered; a spill
 * is computed once for its whole area (one SONAE.* call per column); a sheet nobody else refers to is
 * forgotten once written.
 */
import { Block, SheetPlan, WorkbookPlan } from "../../types";
import { cell as a1 } from "../../address";
import { LawContext } from "../../../calc/law/lawContext";
import { At, Compiled, compileFormula } from "./compile";
import { FormulaCatalogue, NO_FORMULAS, sonaeFunctions } from "./sonaeFormulas";
import type { ExcelFunction } from "./functions";
import { EvaluatedValue, PlanValues } from "./values";
import { NA, REF } from "./excelValues";
import { Raw, Ref, scalar, SheetCells } from "./ref";

const COMPUTING = Symbol("computing");
type Slot = EvaluatedValue | typeof COMPUTING | undefined;

/** The cells one block gives a column, rows [from, to). */
export interface Segment {
  from: number;
  to: number;
  block: Block;
}

class SheetState implements SheetCells {
  readonly name: string;
  private readonly columns: Segment[][];
  private readonly height: number;
  private memo: Slot[][] = [];
  private readonly compiled = new Map<string, Compiled>();
  /** The other sheets this sheet's formulas read. */
  readonly reads = new Set<string>();
  private readonly sheets: (name: string) => SheetCells;

  constructor(readonly plan: SheetPlan, lookup: (name: string) => SheetCells, private readonly sonae: Map<string, ExcelFunction>) {
    this.name = plan.name;
    this.sheets = (name) => {
      if (name !== this.name) this.reads.add(name);
      return lookup(name);
    };
    this.columns = columnSegments(plan);
    this.height = Math.max(plan.rows, ...this.columns.flatMap((segs) => segs.map((g) => g.to)));
  }

  /** Every formula text of the sheet, compiled (so that a missing function fails before anything is written). */
  compileAll(): void {
    for (const b of this.plan.blocks) {
      const texts = b.kind === "fill" || b.kind === "spill" ? [b.formula] : b.kind === "formulas" ? b.formulas.flat() : b.kind === "tile" ? b.pattern.flat() : [];
      for (const t of texts) if (t?.startsWith("=")) this.formula(t);
    }
  }

  /** A column's remembered values, sized up front: an array first written at row 10,000 would fall back to slow dictionary storage. */
  private column(): Slot[] {
    return new Array(this.height);
  }

  forget(): void {
    this.memo = [];
  }

  value(row: number, col: number): EvaluatedValue {
    const known = this.memo[col]?.[row];
    if (known === COMPUTING) throw new Error(`循環参照: ${this.name}!${a1(row, col)}`);
    if (known !== undefined) return known;
    const seg = segmentAt(this.columns[col], row);
    if (!seg) return null;
    const b = seg.block;
    if (b.kind === "values") return b.values[row - b.row][col - b.col];
    if (b.kind === "spill") return this.spill(b, row, col);
    // Only a column with formulas remembers values: the 従業員 sheet's 37 columns of data need no copy.
    const memo = (this.memo[col] ??= this.column());
    memo[row] = COMPUTING;
    let v: EvaluatedValue;
    try {
      v = this.compute(b, row, col);
    } catch (e) {
      memo[row] = undefined;
      throw e;
    }
    memo[row] = v;
    return v;
  }

  private compute(b: Block, row: number, col: number): EvaluatedValue {
    let text: string | null;
    let dr = 0;
    if (b.kind === "fill") [text, dr] = [b.formula, row - b.row];
    else if (b.kind === "formulas") text = b.formulas[row - b.row][col - b.col];
    else if (b.kind === "tile") {
      const h = b.pattern.length;
      const local = (row - b.row) % h;
      [text, dr] = [b.pattern[local][col - b.col], row - b.row - local];
    } else throw new Error(`unexpected block ${b.kind}`);
    if (text === null) return null;
    if (!text.startsWith("=")) return text;
    const at: At = { row, col, dr };
    const v = scalar(this.run(text, at), at);
    // A formula that refers to an empty cell shows 0, as in Excel.
    return v === null ? 0 : v;
  }

  private spill(b: Extract<Block, { kind: "spill" }>, row: number, col: number): EvaluatedValue {
    const anchor = (this.memo[b.col] ??= this.column());
    if (anchor[b.row] === COMPUTING) throw new Error(`循環参照: ${this.name}!${a1(b.row, b.col)}`);
    anchor[b.row] = COMPUTING;
    const result = this.run(b.formula, { row: b.row, col: b.col, dr: 0 });
    const matrix = toMatrix(result);
    for (let c = 0; c < b.cols; c++) {
      const memo = (this.memo[b.col + c] ??= this.column());
      for (let r = 0; r < b.rows; r++) memo[b.row + r] = matrix[r]?.[c] !== undefined ? matrix[r][c] : NA;
    }
    return this.memo[col][row] as EvaluatedValue;
  }

  private run(text: string, at: At): Raw {
    try {
      return this.formula(text)(at);
    } catch (e) {
      if (e instanceof Error && !e.message.startsWith("[")) e.message = `[${this.name}!${a1(at.row, at.col)} ${text}] ${e.message}`;
      throw e;
    }
  }

  private formula(text: string): Compiled {
    let f = this.compiled.get(text);
    if (!f) this.compiled.set(text, (f = compileFormula(text, this, this.sheets, this.sonae)));
    return f;
  }
}

/** The block that gives a cell: where blocks overlap, the later one (written last) wins. */
export function segmentAt(segments: Segment[] | undefined, row: number): Segment | undefined {
  if (!segments) return undefined;
  for (let i = segments.length - 1; i >= 0; i--) if (row >= segments[i].from && row < segments[i].to) return segments[i];
  return undefined;
}

function toMatrix(result: Raw): EvaluatedValue[][] {
  if (result instanceof Ref) return result.matrix();
  return Array.isArray(result) ? result : [[result]];
}

/** For each column of a sheet, the blocks that give its cells, in the plan's order. */
export function columnSegments(plan: SheetPlan): Segment[][] {
  const columns: Segment[][] = [];
  for (const b of plan.blocks) {
    const [rows, cols] = blockSize(b);
    for (let c = b.col; c < b.col + cols; c++) (columns[c] ??= []).push({ from: b.row, to: b.row + rows, block: b });
  }
  return columns;
}

function blockSize(b: Block): [rows: number, cols: number] {
  switch (b.kind) {
    case "values":
      return [b.values.length, b.values[0]?.length ?? 0];
    case "formulas":
      return [b.formulas.length, b.formulas[0]?.length ?? 0];
    case "spill":
      return [b.rows, b.cols];
    case "fill":
      return [b.rows, 1];
    case "tile":
      return [b.pattern.length * b.times, b.pattern[0]?.length ?? 0];
  }
}

const MISSING: SheetCells = { name: "", value: () => REF };

export interface EvaluationOptions {
  /** The add-in's SONAE.* formulas (src/functions' registry); without them a plan that calls one fails. */
  formulas?: FormulaCatalogue;
  /** The built-in law (default), or with the rows a user added (--law). */
  law?: LawContext;
}

class PlanValuesFast implements PlanValues {
  private readonly sheets = new Map<string, SheetState>();

  constructor(plan: WorkbookPlan, options: EvaluationOptions = {}) {
    const lookup = (name: string) => this.sheets.get(name) ?? MISSING;
    const sonae = sonaeFunctions(options.formulas ?? NO_FORMULAS, options.law);
    for (const s of plan.sheets) this.sheets.set(s.name, new SheetState(s, lookup, sonae));
    for (const s of this.sheets.values()) s.compileAll();
  }

  value(sheet: string, row: number, col: number): EvaluatedValue {
    const s = this.sheets.get(sheet);
    return s ? s.value(row, col) : { error: "#REF!", message: `シート「${sheet}」はありません。` };
  }

  /** Forget a written sheet's values, unless another sheet's formulas read them. */
  release(sheet: string): void {
    for (const s of this.sheets.values()) if (s.reads.has(sheet)) return;
    this.sheets.get(sheet)?.forget();
  }
}

/**
 * The values of a plan, computed as Excel computes its formulas.
 * @example computePlanValues(plan, { formulas }).value("給与計算", 1, 27) // 差引支給額 of the first employee
 */
export function computePlanValues(plan: WorkbookPlan, options: EvaluationOptions = {}): PlanValues {
  return new PlanValuesFast(plan, options);
}
