/**
 * What a formula's sub-expression evaluates to before a function or an operator reads it: a plain
 * value, a reference to cells (so that ISBLANK and INDEX see cells, not copies), or an array (a SONAE.*
 * result).
 */
import { CellError, EvaluatedValue } from "./values";
import { VALUE } from "./excelValues";

/** The cells of one sheet, computed on demand. */
export interface SheetCells {
  readonly name: string;
  value(row: number, col: number): EvaluatedValue;
}

export class Ref {
  constructor(
    readonly sheet: SheetCells,
    readonly row: number,
    readonly col: number,
    readonly rows: number,
    readonly cols: number,
  ) {}

  at(r: number, c: number): EvaluatedValue {
    return this.sheet.value(this.row + r, this.col + c);
  }

  matrix(): EvaluatedValue[][] {
    const out: EvaluatedValue[][] = new Array(this.rows);
    for (let r = 0; r < this.rows; r++) {
      const line: EvaluatedValue[] = new Array(this.cols);
      for (let c = 0; c < this.cols; c++) line[c] = this.at(r, c);
      out[r] = line;
    }
    return out;
  }
}

export type Raw = EvaluatedValue | Ref | EvaluatedValue[][];

/** Where a formula is being computed (zero-based), for implicit intersection and ROW(). */
export interface Here {
  row: number;
  col: number;
}

/** A cell being computed: where it is, and how far its formula moved from the cell it was written for. */
export interface At extends Here {
  dr: number;
}

/**
 * One value from a raw result: a one-cell reference is its cell; a column reference in a formula that
 * expects one value is the cell of the formula's own row (Excel's implicit intersection); an array gives
 * its first element.
 */
export function scalar(raw: Raw, here: Here): EvaluatedValue {
  if (raw instanceof Ref) {
    if (raw.rows === 1 && raw.cols === 1) return raw.at(0, 0);
    if (raw.cols === 1 && here.row >= raw.row && here.row < raw.row + raw.rows) return raw.at(here.row - raw.row, 0);
    if (raw.rows === 1 && here.col >= raw.col && here.col < raw.col + raw.cols) return raw.at(0, here.col - raw.col);
    return VALUE;
  }
  if (Array.isArray(raw)) return raw[0]?.[0] ?? null;
  return raw;
}

/** Every value of a raw result, with whether it came from a reference (functions treat those differently). */
export function eachValue(raw: Raw, visit: (v: EvaluatedValue, fromRef: boolean) => CellError | void): CellError | void {
  if (raw instanceof Ref) {
    for (let r = 0; r < raw.rows; r++) {
      for (let c = 0; c < raw.cols; c++) {
        const stop = visit(raw.at(r, c), true);
        if (stop) return stop;
      }
    }
    return;
  }
  if (Array.isArray(raw)) {
    for (const line of raw) for (const v of line) {
      const stop = visit(v, true);
      if (stop) return stop;
    }
    return;
  }
  return visit(raw, false);
}
