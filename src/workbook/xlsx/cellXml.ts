/**
 * One cell of a worksheet part (ISO/IEC 29500-1 §18.3.1.4 c, §18.3.1.40 f): its value, or its formula
 * with the value Excel would compute as the cached result (`<v>`), which Excel shows until it recalculates
 * the cell. Text values go to the shared string table; a formula's text result is `t="str"`.
 */
import { EvaluatedValue, isCellError } from "./cachedValues/values";
import { esc, escText } from "./xml";

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

function styleAttr(s: number): string {
  return s ? ` s="${s}"` : "";
}

/** A value cell (imported data, a label, or a formula's value in a values-only workbook). */
export function valueCell(ref: string, s: number, v: EvaluatedValue, strings: SharedStrings): string {
  if (v === null) return s ? `<c r="${ref}"${styleAttr(s)}/>` : "";
  if (typeof v === "string") return `<c r="${ref}"${styleAttr(s)} t="s"><v>${strings.id(v)}</v></c>`;
  if (typeof v === "number") return `<c r="${ref}"${styleAttr(s)}><v>${v}</v></c>`;
  if (typeof v === "boolean") return `<c r="${ref}"${styleAttr(s)} t="b"><v>${v ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${styleAttr(s)} t="e"><v>${esc(v.error)}</v></c>`;
}

/** The type attribute and `<v>` of a formula's cached result. */
function cached(v: EvaluatedValue): [type: string, value: string] {
  if (v === null) return ["", ""];
  if (typeof v === "number") return ["", `<v>${v}</v>`];
  if (typeof v === "string") return [' t="str"', `<v>${escText(v)}</v>`];
  if (typeof v === "boolean") return [' t="b"', `<v>${v ? 1 : 0}</v>`];
  return [' t="e"', `<v>${esc(isCellError(v) ? v.error : "#VALUE!")}</v>`];
}

/** A formula cell: `f` is the whole `<f …>…</f>` element; `extra` more attributes of the cell (cm="1"). */
export function formulaCell(ref: string, s: number, f: string, v: EvaluatedValue, extra = ""): string {
  const [t, val] = cached(v);
  return `<c r="${ref}"${styleAttr(s)}${t}${extra}>${f}${val}</c>`;
}

/** A cell inside a dynamic array's spill area: the spilled value only, the formula being in the anchor. */
export function spilledCell(ref: string, s: number, v: EvaluatedValue): string {
  if (v === null) return s ? `<c r="${ref}"${styleAttr(s)}/>` : "";
  const [t, val] = cached(v);
  return `<c r="${ref}"${styleAttr(s)}${t}>${val}</c>`;
}
