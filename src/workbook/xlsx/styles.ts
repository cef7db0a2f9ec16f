/**
 * The workbook's one styles part (xl/styles.xml, ISO/IEC 29500-1 §18.8): every distinct combination of a
 * cell's formats becomes one cell format (xf), fonts, fills, borders and number formats shared between
 * them; the 検算 highlights become differential formats (dxf) for their conditional formatting.
 */
import { FormatArea, NonZeroHighlight } from "../types";
import { argb, esc, NS_MAIN, XML_HEAD } from "./xml";

/** A cell's formats once every area covering it has been applied, later areas winning property by property. */
export type CellStyle = Omit<FormatArea, "row" | "col" | "rows" | "cols">;

/** Number formats Excel has built in (ISO/IEC 29500-1 §18.8.30): written by id, not declared. */
const BUILT_IN: Record<string, number> = { General: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "@": 49 };

export function applyFormat(style: CellStyle, f: FormatArea): CellStyle {
  const out: CellStyle = { ...style };
  for (const k of ["numberFormat", "bold", "fill", "fontColor", "align", "wrap", "border", "fontSize", "fontName"] as const) {
    if (f[k] !== undefined) (out as Record<string, unknown>)[k] = f[k];
  }
  return out;
}

class Table {
  private readonly ids = new Map<string, number>();
  readonly items: string[] = [];
  constructor(initial: string[] = []) {
    for (const x of initial) this.id(x);
  }
  id(xml: string): number {
    let i = this.ids.get(xml);
    if (i === undefined) this.ids.set(xml, (i = this.items.push(xml) - 1));
    return i;
  }
}

export class StyleBook {
  private readonly xfs = new Table(['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']);
  private readonly fonts = new Table();
  private readonly fills = new Table(['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>']);
  private readonly borders = new Table(["<border><left/><right/><top/><bottom/><diagonal/></border>"]);
  private readonly numFmts = new Map<string, number>();
  private readonly dxfs = new Table();
  private readonly byKey = new Map<string, number>();

  constructor(private readonly defaultFont = "Calibri") {
    this.fonts.id(this.font({}));
  }

  private font(s: CellStyle): string {
    const name = s.fontName ?? this.defaultFont;
    return `<font>${s.bold ? "<b/>" : ""}<sz val="${s.fontSize ?? 11}"/>${s.fontColor ? `<color rgb="${argb(s.fontColor)}"/>` : ""}<name val="${esc(name)}"/></font>`;
  }

  private numFmt(code: string | undefined): number {
    if (code === undefined) return 0;
    if (BUILT_IN[code] !== undefined) return BUILT_IN[code];
    let id = this.numFmts.get(code);
    if (id === undefined) this.numFmts.set(code, (id = 164 + this.numFmts.size));
    return id;
  }

  /** The cell format index (the `s` attribute) of a style; 0 is the default. */
  xf(s: CellStyle): number {
    const key = JSON.stringify(s);
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const font = this.fonts.id(this.font(s));
    const fill = s.fill ? this.fills.id(`<fill><patternFill patternType="solid"><fgColor rgb="${argb(s.fill)}"/><bgColor indexed="64"/></patternFill></fill>`) : 0;
    const thin = (side: string) => `<${side} style="thin"><color indexed="64"/></${side}>`;
    const border = s.border ? this.borders.id(`<border>${["left", "right", "top", "bottom"].map(thin).join("")}<diagonal/></border>`) : 0;
    const align = s.align || s.wrap ? `<alignment${s.align ? ` horizontal="${s.align.toLowerCase()}"` : ""}${s.wrap ? ' wrapText="1"' : ""}/>` : "";
    const numFmt = this.numFmt(s.numberFormat);
    const applied = `${numFmt ? ' applyNumberFormat="1"' : ""}${font ? ' applyFont="1"' : ""}${fill ? ' applyFill="1"' : ""}${border ? ' applyBorder="1"' : ""}${align ? ' applyAlignment="1"' : ""}`;
    const id = this.xfs.id(`<xf numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"${applied}>${align}</xf>`);
    this.byKey.set(key, id);
    return id;
  }

  /** A differential format for a highlight rule. */
  dxf(h: NonZeroHighlight): number {
    return this.dxfs.id(`<dxf><font><color rgb="${argb(h.fontColor)}"/></font><fill><patternFill patternType="solid"><bgColor rgb="${argb(h.fill)}"/></patternFill></fill></dxf>`);
  }

  xml(): string {
    const list = (tag: string, items: string[]) => `<${tag} count="${items.length}">${items.join("")}</${tag}>`;
    const numFmts = [...this.numFmts].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`);
    return (
      `${XML_HEAD}<styleSheet xmlns="${NS_MAIN}">` +
      (numFmts.length ? list("numFmts", numFmts) : "") +
      list("fonts", this.fonts.items) +
      list("fills", this.fills.items) +
      list("borders", this.borders.items) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list("cellXfs", this.xfs.items) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      list("dxfs", this.dxfs.items) +
      "</styleSheet>"
    );
  }
}
