/**
 * One cell of a worksheet part (ISO/IEC 29500-1 §18.3.1.4 c, §18.3.1.40 f): its value, or its formula
 * with the value Excel would compute as the cached result (`<v>`), which Excel shows until it recalculates
 * the cell. Text values go to the shared string table; a formula's text result is `t="str"`.
 * Cells are written as bytes (byteWriter.ts); a cell's reference comes as its column's letters and its
 * row's number, each prepared once.
 */
import { EvaluatedValue, isCellError } from "./cachedValues/values";
import { asciiBytes, ByteWriter } from "./byteWriter";
import { escText } from "./xml";

export class SharedStrings {
  private readonly ids = new Map<string, number>();
  private readonly list: string[] = [];
  private uses = 0;

  id(s: string): number {
    this.uses++;
    let i = this.ids.get(s);
    if (i === undefined) this.ids.set(s, (i = this.list.push(s) - 1));
    return i;
  }

  xml(): string {
    const items = this.list.map((s) => `<si><t${/^\s|\s$|\n/.test(s) ? ' xml:space="preserve"' : ""}>${escText(s)}</t></si>`);
    return `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.uses}" uniqueCount="${this.list.length}">${items.join("")}</sst>`;
  }
}

const b = asciiBytes;
const OPEN = b('<c r="');
const STYLE = b('" s="');
const QUOTE = b('"');
const EMPTY_END = b("/>");
const V = b("><v>");
const V_END = b("</v></c>");
const TAG_END = b(">");
const CELL_END = b("</c>");
const V_OPEN = b("<v>");
const V_CLOSE = b("</v>");
const T_S = b(' t="s"');
const T_STR = b(' t="str"');
const T_B = b(' t="b"');
const T_E = b(' t="e"');

/** `<c r="B12" s="3"` — the start of a cell, its attributes still open. */
function open(w: ByteWriter, col: Uint8Array, row: Uint8Array, s: number): void {
  w.bytes(OPEN);
  w.bytes(col);
  w.bytes(row);
  if (s) {
    w.bytes(STYLE);
    w.uint(s);
  }
  w.bytes(QUOTE);
}

/** An error value's text (`#N/A`), or #VALUE! for anything that is no value of a cell. */
function errorText(v: EvaluatedValue): string {
  return isCellError(v) ? v.error : "#VALUE!";
}

/** A value cell (imported data, a label, or a formula's value in a values-only workbook). */
export function valueCell(w: ByteWriter, col: Uint8Array, row: Uint8Array, s: number, v: EvaluatedValue, strings: SharedStrings): void {
  if (v === null) {
    if (s) open(w, col, row, s), w.bytes(EMPTY_END);
    return;
  }
  open(w, col, row, s);
  if (typeof v === "string") w.bytes(T_S), w.bytes(V), w.uint(strings.id(v));
  else if (typeof v === "number") w.bytes(V), w.number(v);
  else if (typeof v === "boolean") w.bytes(T_B), w.bytes(V), w.uint(v ? 1 : 0);
  else w.bytes(T_E), w.bytes(V), w.text(errorText(v), true, true);
  w.bytes(V_END);
}

/** The type attribute of a formula's cached result. */
function cachedType(w: ByteWriter, v: EvaluatedValue): void {
  if (typeof v === "string") w.bytes(T_STR);
  else if (typeof v === "boolean") w.bytes(T_B);
  else if (v !== null && typeof v !== "number") w.bytes(T_E);
}

/** The `<v>` of a formula's cached result. */
function cachedValue(w: ByteWriter, v: EvaluatedValue): void {
  if (v === null) return;
  w.bytes(V_OPEN);
  if (typeof v === "number") w.number(v);
  else if (typeof v === "string") w.text(v);
  else if (typeof v === "boolean") w.uint(v ? 1 : 0);
  else w.text(errorText(v), true, true);
  w.bytes(V_CLOSE);
}

/**
 * The start of a formula cell up to its `<f>` element, which the caller writes next, then closes the cell
 * with formulaCellEnd. `extra` are more attributes of the cell (cm="1").
 */
export function formulaCellStart(w: ByteWriter, col: Uint8Array, row: Uint8Array, s: number, v: EvaluatedValue, extra?: Uint8Array): void {
  open(w, col, row, s);
  cachedType(w, v);
  if (extra) w.bytes(extra);
  w.bytes(TAG_END);
}

/** The cached result and the end of a formula cell. */
export function formulaCellEnd(w: ByteWriter, v: EvaluatedValue): void {
  cachedValue(w, v);
  w.bytes(CELL_END);
}

/** A formula cell whose whole `<f …>…</f>` element is prepared as bytes. */
export function formulaCell(w: ByteWriter, col: Uint8Array, row: Uint8Array, s: number, f: Uint8Array, v: EvaluatedValue, extra?: Uint8Array): void {
  formulaCellStart(w, col, row, s, v, extra);
  w.bytes(f);
  formulaCellEnd(w, v);
}

/** A cell inside a dynamic array's spill area: the spilled value only, the formula being in the anchor. */
export function spilledCell(w: ByteWriter, col: Uint8Array, row: Uint8Array, s: number, v: EvaluatedValue): void {
  if (v === null) {
    if (s) open(w, col, row, s), w.bytes(EMPTY_END);
    return;
  }
  open(w, col, row, s);
  cachedType(w, v);
  w.bytes(TAG_END);
  formulaCellEnd(w, v);
}

/** A cell with a format and nothing in it. */
export function styledEmptyCell(w: ByteWriter, col: Uint8Array, row: Uint8Array, s: number): void {
  open(w, col, row, s);
  w.bytes(EMPTY_END);
}
