/**
 * A parser for the Excel formulas Sonae's plans write (A1 references, English function names, comma
 * separators): the text becomes a small tree that compile.ts turns into a function once per formula
 * text, however many cells share it. Operator precedence is Excel's ("Calculation operators and
 * precedence in Excel", Microsoft Support): comparison < & < + - < * / < ^ < unary minus.
 */
import { columnIndex } from "../../address";

export interface CellRef {
  row: number;
  col: number;
  absRow: boolean;
  absCol: boolean;
}

export type Node =
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | { t: "bool"; v: boolean }
  | { t: "omitted" }
  | { t: "ref"; sheet?: string; from: CellRef; to?: CellRef }
  | { t: "call"; name: string; args: Node[] }
  | { t: "neg"; arg: Node }
  | { t: "bin"; op: string; left: Node; right: Node };

type Token = { k: "num"; v: number } | { k: "str"; v: string } | { k: "ref"; v: Node } | { k: "fn"; v: string } | { k: "name"; v: string } | { k: "op"; v: string };

const CELL = /^(\$?)([A-Z]{1,3})(\$?)(\d+)/;
const SHEET_PREFIX = /^(?:'((?:[^']|'')+)'|([A-Za-z_\u3000-\u9fff][\w.\u3000-\u9fff]*))!/;

function cellRef(m: RegExpExecArray): CellRef {
  return { absCol: m[1] === "$", col: columnIndex(m[2]), absRow: m[3] === "$", row: Number(m[4]) - 1 };
}

/** A reference at the start of s (with its sheet), or undefined; `length` is how much it used. */
function readRef(s: string): { node: Node; length: number } | undefined {
  let rest = s;
  let sheet: string | undefined;
  const p = SHEET_PREFIX.exec(rest);
  if (p) {
    sheet = p[1] !== undefined ? p[1].replace(/''/g, "'") : p[2];
    rest = rest.slice(p[0].length);
  }
  const a = CELL.exec(rest);
  if (!a || /^[\w.(]/.test(rest.slice(a[0].length))) return undefined;
  let used = a[0].length;
  let to: CellRef | undefined;
  if (rest[used] === ":") {
    const b = CELL.exec(rest.slice(used + 1));
    if (b) {
      to = cellRef(b);
      used += 1 + b[0].length;
    }
  }
  return { node: { t: "ref", sheet, from: cellRef(a), to }, length: s.length - rest.length + used };
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === " ") {
      i++;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let v = "";
      while (j < text.length) {
        if (text[j] === '"' && text[j + 1] === '"') (v += '"'), (j += 2);
        else if (text[j] === '"') break;
        else v += text[j++];
      }
      out.push({ k: "str", v });
      i = j + 1;
      continue;
    }
    const rest = text.slice(i, i + 300);
    const num = /^\d+(\.\d+)?([eE][+-]?\d+)?/.exec(rest);
    if (num && !/^[A-Za-z$]/.test(rest.slice(num[0].length))) {
      out.push({ k: "num", v: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    const ref = readRef(text.slice(i));
    if (ref) {
      out.push({ k: "ref", v: ref.node });
      i += ref.length;
      continue;
    }
    const fn = /^([A-Za-z_][A-Za-z0-9_.]*)\(/.exec(rest);
    if (fn) {
      out.push({ k: "fn", v: fn[1].toUpperCase() });
      i += fn[0].length;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(rest);
    if (name) {
      out.push({ k: "name", v: name[0].toUpperCase() });
      i += name[0].length;
      continue;
    }
    const op = /^(<>|<=|>=|[-+*/^&=<>(),])/.exec(rest);
    if (!op) throw new Error(`数式を読めません（${i + 1}文字目「${ch}」）: ${text}`);
    out.push({ k: "op", v: op[0] });
    i += op[0].length;
  }
  return out;
}

const LEVELS = [["=", "<>", "<", ">", "<=", ">="], ["&"], ["+", "-"], ["*", "/"], ["^"]];

/**
 * Parse an Excel formula ("=A1+1" or "A1+1").
 * @example parseFormula("=ROUND(B2*2,0)") // { t: "call", name: "ROUND", args: [...] }
 */
export function parseFormula(formula: string): Node {
  const text = formula.startsWith("=") ? formula.slice(1) : formula;
  const tokens = tokenize(text);
  let pos = 0;
  const peekOp = (): string | undefined => {
    const tok = tokens[pos];
    return tok?.k === "op" ? tok.v : undefined;
  };
  const expect = (op: string) => {
    if (peekOp() !== op) throw new Error(`数式の「${op}」がありません: ${formula}`);
    pos++;
  };
  const level = (n: number): Node => {
    if (n === LEVELS.length) return unary();
    let left = level(n + 1);
    for (let op = peekOp(); op !== undefined && LEVELS[n].includes(op); op = peekOp()) {
      pos++;
      left = { t: "bin", op, left, right: level(n + 1) };
    }
    return left;
  };
  const unary = (): Node => {
    if (peekOp() === "-") return pos++, { t: "neg", arg: unary() };
    if (peekOp() === "+") return pos++, unary();
    return primary();
  };
  const primary = (): Node => {
    const tok = tokens[pos++];
    if (!tok) throw new Error(`数式が途中で終わっています: ${formula}`);
    if (tok.k === "num") return { t: "num", v: tok.v };
    if (tok.k === "str") return { t: "str", v: tok.v };
    if (tok.k === "ref") return tok.v;
    if (tok.k === "name" && (tok.v === "TRUE" || tok.v === "FALSE")) return { t: "bool", v: tok.v === "TRUE" };
    if (tok.k === "fn") return { t: "call", name: tok.v, args: callArgs() };
    if (tok.k === "op" && tok.v === "(") {
      const inner = level(0);
      expect(")");
      return inner;
    }
    throw new Error(`数式を読めません（「${tok.v}」）: ${formula}`);
  };
  const callArgs = (): Node[] => {
    const args: Node[] = [];
    if (peekOp() === ")") return pos++, args;
    for (;;) {
      args.push(peekOp() === "," || peekOp() === ")" ? { t: "omitted" } : level(0));
      if (peekOp() === ",") pos++;
      else return expect(")"), args;
    }
  };
  const tree = level(0);
  if (pos !== tokens.length) throw new Error(`数式の終わりに余分なものがあります: ${formula}`);
  return tree;
}
