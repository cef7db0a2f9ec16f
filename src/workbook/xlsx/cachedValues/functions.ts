/**
 * The Excel worksheet functions Sonae's plans use, as Excel computes them (Microsoft Support's page of
 * each function). Arguments arrive unevaluated, so IF reads only the branch it takes. A function a plan
 * uses but this list lacks fails loudly when the formula is compiled: the cached value of a cell is never
 * guessed.
 */
import { CellError, EvaluatedValue, isCellError } from "./values";
import { compare, dateSerial, DIV0, excelRound, NA, REF, ROUND_DOWN, ROUND_HALF_UP, ROUND_UP, serialParts, toLogical, toNumber, toText, VALUE } from "./excelValues";
import { At, eachValue, Raw, Ref, scalar } from "./ref";
import { formatText } from "./text";
import { countIf, sumIf } from "./criteria";

/** An argument, computed only when the function reads it (IF reads one branch). */
export type Arg = (here: At) => Raw;
export type ExcelFunction = (args: Arg[], here: At) => Raw;

const num = (a: Arg | undefined, here: At, blank = 0): number | CellError => (a ? toNumber(scalar(a(here), here)) : blank);

function numeric(f: (...n: number[]) => EvaluatedValue, arity: number): ExcelFunction {
  return (args, here) => {
    const ns: number[] = [];
    for (let i = 0; i < arity; i++) {
      const n = num(args[i], here);
      if (isCellError(n)) return n;
      ns.push(n);
    }
    return f(...ns);
  };
}

function logical(combine: "and" | "or"): ExcelFunction {
  return (args, here) => {
    let seen = false;
    let result = combine === "and";
    for (const a of args) {
      const err = eachValue(a(here), (v, fromRef) => {
        if (v === null || (fromRef && typeof v === "string")) return;
        const b = toLogical(v);
        if (isCellError(b)) return b;
        seen = true;
        result = combine === "and" ? result && b : result || b;
      });
      if (err) return err;
    }
    return seen ? result : VALUE;
  };
}

/**
 * The numbers SUM, MIN and MAX read: in references only the numbers (text, logical values and blanks
 * skipped); typed as arguments, logical values and numeric text count. An error stops them.
 */
function eachNumber(args: Arg[], here: At, visit: (n: number) => void): CellError | void {
  for (const a of args) {
    const err = eachValue(a(here), (v, fromRef) => {
      if (isCellError(v)) return v;
      if (fromRef && typeof v !== "number") return;
      const n = toNumber(v);
      if (isCellError(n)) return n;
      visit(n);
    });
    if (err) return err;
  }
}

function extreme(pick: (a: number, b: number) => number): ExcelFunction {
  return (args, here) => {
    let best: number | undefined;
    const err = eachNumber(args, here, (n) => (best = best === undefined ? n : pick(best, n)));
    return err ?? best ?? 0;
  };
}

const SUM: ExcelFunction = (args, here) => {
  let total = 0;
  const err = eachNumber(args, here, (n) => (total += n));
  return err ?? total;
};

const IF: ExcelFunction = (args, here) => {
  const cond = toLogical(scalar(args[0](here), here));
  if (isCellError(cond)) return cond;
  const pick = cond ? args[1] : args[2];
  if (!pick) return cond ? 0 : false;
  const v = pick(here);
  return v === null ? 0 : v;
};

const INDEX: ExcelFunction = (args, here) => {
  const range = args[0](here);
  const r = num(args[1], here);
  const c = num(args[2], here, 1);
  if (isCellError(r)) return r;
  if (isCellError(c)) return c;
  if (!(range instanceof Ref)) return VALUE;
  const [row, col] = [Math.trunc(r) - 1, Math.trunc(c) - 1];
  if (row < 0 || col < 0 || row >= range.rows || col >= range.cols) return REF;
  return new Ref(range.sheet, range.row + row, range.col + col, 1, 1);
};

const VLOOKUP: ExcelFunction = (args, here) => {
  const key = scalar(args[0](here), here);
  const table = args[1](here);
  const c = num(args[2], here);
  const approximate = args[3] ? toLogical(scalar(args[3](here), here)) : true;
  if (isCellError(key)) return key;
  if (isCellError(c)) return c;
  if (isCellError(approximate)) return approximate;
  if (!(table instanceof Ref)) return VALUE;
  if (c < 1 || c > table.cols) return REF;
  let found = -1;
  for (let r = 0; r < table.rows; r++) {
    const order = compare(table.at(r, 0), key);
    if (order === 0 && typeof table.at(r, 0) === typeof key) {
      found = r;
      break;
    }
    if (approximate && order < 0) found = r;
    if (approximate && order > 0) break;
  }
  return found < 0 ? NA : table.at(found, Math.trunc(c) - 1);
};

function datePart(i: 0 | 1 | 2): ExcelFunction {
  return numeric((n) => {
    const p = serialParts(n);
    return isCellError(p) ? p : p[i];
  }, 1);
}

/** The serial of the day `months` months from a date: EDATE keeps the day (capped at month end), EOMONTH takes the last. */
function monthsFrom(lastDay: boolean): ExcelFunction {
  return numeric((serial, months) => {
    const p = serialParts(serial);
    if (isCellError(p)) return p;
    const [y, m, d] = p;
    const end = dateSerial(y, m + Math.trunc(months) + 1, 1) - 1;
    return lastDay ? end : Math.min(dateSerial(y, m + Math.trunc(months), d), end);
  }, 2);
}

const text = (f: (s: string) => EvaluatedValue) => (v: EvaluatedValue) => {
  const s = toText(v);
  return isCellError(s) ? s : f(s);
};

export const FUNCTIONS: Record<string, ExcelFunction> = {
  IF,
  AND: logical("and"),
  OR: logical("or"),
  NOT: (args, here) => {
    const b = toLogical(scalar(args[0](here), here));
    return isCellError(b) ? b : !b;
  },
  ISBLANK: (args, here) => scalar(args[0](here), here) === null,
  ISNUMBER: (args, here) => typeof scalar(args[0](here), here) === "number",
  N: (args, here) => {
    const v = scalar(args[0](here), here);
    return typeof v === "number" ? v : typeof v === "boolean" ? Number(v) : isCellError(v) ? v : 0;
  },
  NA: () => NA,
  SUM,
  MIN: extreme(Math.min),
  MAX: extreme(Math.max),
  INT: numeric(Math.floor, 1),
  // MOD(n, d) = n − d × INT(n / d): the sign of the divisor (Microsoft Support, MOD function).
  MOD: numeric((n, d) => (d === 0 ? DIV0 : n - d * Math.floor(n / d)), 2),
  ROUND: numeric((n, d) => excelRound(n, d, ROUND_HALF_UP), 2),
  ROUNDDOWN: numeric((n, d) => excelRound(n, d, ROUND_DOWN), 2),
  ROUNDUP: numeric((n, d) => excelRound(n, d, ROUND_UP), 2),
  YEAR: datePart(0),
  MONTH: datePart(1),
  DAY: datePart(2),
  DATE: numeric((y, m, d) => dateSerial(Math.trunc(y), Math.trunc(m), Math.trunc(d)), 3),
  EDATE: monthsFrom(false),
  EOMONTH: monthsFrom(true),
  TEXT: (args, here) => {
    const format = toText(scalar(args[1](here), here));
    if (isCellError(format)) return format;
    return formatText(scalar(args[0](here), here), format);
  },
  LEN: (args, here) => text((s) => s.length)(scalar(args[0](here), here)),
  INDEX,
  VLOOKUP,
  ROW: (args, here) => {
    const r = args[0]?.(here);
    return r instanceof Ref ? r.row + 1 : here.row + 1;
  },
  SUMIF: (args, here) => sumIf(args[0](here), scalar(args[1](here), here), args[2]?.(here)),
  COUNTIF: (args, here) => countIf(args[0](here), scalar(args[1](here), here)),
};
