/**
 * The parts of a worksheet around its cells (ISO/IEC 29500-1 §18.3.1): tab colour, used range, frozen
 * panes, column widths and hidden columns before the cells; the 検算 highlights, print options, margins,
 * A4 page setup and manual page breaks after them.
 */
import { area, cell } from "../address";
import { NonZeroHighlight, SheetPlan } from "../types";
import { StyleBook } from "./styles";
import { argb, esc } from "./xml";

function paneXml(freeze: SheetPlan["freeze"]): string {
  if (!freeze || (freeze.rows === 0 && freeze.cols === 0)) return "";
  const pane = freeze.rows && freeze.cols ? "bottomRight" : freeze.rows ? "bottomLeft" : "topRight";
  const split = `${freeze.cols ? ` xSplit="${freeze.cols}"` : ""}${freeze.rows ? ` ySplit="${freeze.rows}"` : ""}`;
  return `<pane${split} topLeftCell="${cell(freeze.rows, freeze.cols)}" activePane="${pane}" state="frozen"/><selection pane="${pane}"/>`;
}

/** Column widths (characters, as Excel's UI shows them) and hidden columns, one `<col>` per column. */
function colsXml(sheet: SheetPlan): string {
  const hidden = new Set<number>();
  for (const h of sheet.hiddenColumns ?? []) for (let c = h.col; c < h.col + h.cols; c++) hidden.add(c);
  const last = Math.max(sheet.columnWidths.length, ...[...hidden].map((c) => c + 1));
  let out = "";
  for (let c = 0; c < last; c++) {
    const w = sheet.columnWidths[c];
    if (w === undefined && !hidden.has(c)) continue;
    out += `<col min="${c + 1}" max="${c + 1}" width="${w ?? 9.140625}"${w !== undefined ? ' customWidth="1"' : ""}${hidden.has(c) ? ' hidden="1"' : ""}/>`;
  }
  return out ? `<cols>${out}</cols>` : "";
}

export function sheetHeadXml(sheet: SheetPlan, o: { rows: number; cols: number; selected: boolean }): string {
  const tab = sheet.tabColor ? `<sheetPr><tabColor rgb="${argb(sheet.tabColor)}"/></sheetPr>` : "";
  const dimension = `<dimension ref="${area(0, 0, Math.max(1, o.rows), Math.max(1, o.cols))}"/>`;
  const view = `<sheetViews><sheetView${o.selected ? ' tabSelected="1"' : ""} workbookViewId="0">${paneXml(sheet.freeze)}</sheetView></sheetViews>`;
  return `${tab}${dimension}${view}<sheetFormatPr defaultRowHeight="15"/>${colsXml(sheet)}`;
}

function highlightsXml(highlights: NonZeroHighlight[], styles: StyleBook, rule: (h: NonZeroHighlight) => string): string {
  return highlights
    .map((h, i) => `<conditionalFormatting sqref="${area(h.row, h.col, h.rows, h.cols)}"><cfRule type="expression" dxfId="${styles.dxf(h)}" priority="${i + 1}"><formula>${esc(rule(h).replace(/^=/, ""))}</formula></cfRule></conditionalFormatting>`)
    .join("");
}

/** After the cells: conditional formats, then the print setup (default margins when the plan has none). */
export function pageXml(sheet: SheetPlan, styles: StyleBook, rule: (h: NonZeroHighlight) => string): string {
  const cf = highlightsXml(sheet.highlights ?? [], styles, rule);
  const p = sheet.print;
  if (!p) return `${cf}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`;
  const m = p.margins;
  const options = p.centerHorizontally ? '<printOptions horizontalCentered="1"/>' : "";
  const margins = `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`;
  // paperSize 9 is A4 (§18.3.1.63).
  const setup = `<pageSetup paperSize="9"${p.scale ? ` scale="${p.scale}"` : ""} orientation="${p.orientation.toLowerCase()}"/>`;
  // A page starting at plan row R (zero-based) is a break after Excel row R (one-based): id = R.
  const brks = p.pageBreaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join("");
  const breaks = p.pageBreaks.length ? `<rowBreaks count="${p.pageBreaks.length}" manualBreakCount="${p.pageBreaks.length}">${brks}</rowBreaks>` : "";
  return `${cf}${options}${margins}${setup}${breaks}`;
}
