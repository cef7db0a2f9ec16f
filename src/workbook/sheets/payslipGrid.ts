/**
 * The grid of one payslip while it is laid out: its cells (formulas and the plan's own labels) and their
 * formats, relative to the payslip's top-left cell. A labelled block is the shape payroll products print:
 * the block's name in column A, then lines of item names above their amounts, boxed.
 */
import { cell } from "../address";
import { FormatArea } from "../types";

/** Column A holds the block names; columns B–H the items; column I the payslip's number (hidden). */
export const SLOTS = 7;
const FIRST_SLOT_COL = 1;
export const INDEX_COL = FIRST_SLOT_COL + SLOTS;

/**
 * 游ゴシック: what a Japanese Excel (Office 2016 and later) uses by default, installed with Windows 8.1+ and
 * macOS, so the payslip prints as laid out on the office's PC; the page keeps a tenth of its height and
 * width spare for a substitute font's wider metrics (LibreOffice prints it with Noto Sans CJK).
 */
export const PAYSLIP_FONT = "游ゴシック";

export const LABEL_FILL = "#F2F2F2";
export const TOTAL_FILL = "#DDEBF7";
export const YEN = "#,##0";

/** One item of a block: its name (or a formula giving it) and the formula of its amount. */
export interface Slot {
  label: string;
  value: string;
  /** Number format of the amount ("#,##0"; General when absent: days and hours as 20, 0.5, 7.75). */
  format?: string;
  /** A total: shaded, bold. */
  total?: boolean;
}

type Style = Omit<FormatArea, "row" | "col" | "rows" | "cols">;

export class PayslipGrid {
  readonly cells: (string | null)[][];
  readonly formats: FormatArea[] = [];

  constructor(readonly rows: number) {
    this.cells = Array.from({ length: rows }, () => new Array<string | null>(INDEX_COL + 1).fill(null));
  }

  put(row: number, col: number, text: string, style?: Style): void {
    this.cells[row][col] = text;
    if (style) this.style(row, col, 1, 1, style);
  }

  style(row: number, col: number, rows: number, cols: number, style: Style): void {
    this.formats.push({ row, col, rows, cols, ...style });
  }

  /** "C8": the A1 address of a cell of the first payslip (relative: it moves with each copy). */
  at(row: number, col: number): string {
    return cell(row, col);
  }

  /**
   * A labelled block from `row`: `lines` of up to SLOTS items (null leaves a slot empty), two rows a
   * line. Returns the A1 address of each amount, by line and slot (null for an empty slot).
   */
  block(row: number, name: string, lines: (Slot | null)[][]): (string | null)[][] {
    const rows = lines.length * 2;
    this.put(row, 0, name);
    this.style(row, 0, rows, 1, { fill: LABEL_FILL, bold: true, align: "Center", fontSize: 10 });
    this.style(row, 0, rows, 1 + SLOTS, { border: true });
    return lines.map((line, l) => {
      const labels = row + 2 * l;
      this.style(labels, FIRST_SLOT_COL, 1, SLOTS, { fill: LABEL_FILL, align: "Center", wrap: true, fontSize: 8 });
      this.style(labels + 1, FIRST_SLOT_COL, 1, SLOTS, { align: "Right" });
      return Array.from({ length: SLOTS }, (_, s) => {
        const slot = line[s];
        if (!slot) return null;
        const col = FIRST_SLOT_COL + s;
        this.put(labels, col, slot.label);
        this.put(labels + 1, col, slot.value, slot.format ? { numberFormat: slot.format } : undefined);
        if (slot.total) {
          this.style(labels, col, 2, 1, { fill: TOTAL_FILL, bold: true });
        }
        return this.at(labels + 1, col);
      });
    });
  }
}
