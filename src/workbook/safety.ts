/**
 * Everything imported is written as a value, never as a formula: Excel reads a string that starts with
 * "=", "+" or "-" written to `range.values` as a formula (Excel.Range.values,
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member), and a
 * typed "@…" as one too. A cell formatted as text ("@") keeps what is written as text, and keeps the
 * leading zeros of codes (社員番号・銀行・支店・口座). The plan formats such columns as text; this check
 * refuses a plan that would let an imported string become a formula.
 */
import { cell } from "./address";
import { SheetPlan } from "./types";

/** The number format each cell of the sheet gets (the last format area covering it wins). */
function textCells(sheet: SheetPlan): (row: number, col: number) => boolean {
  const areas = sheet.formats.filter((f) => f.numberFormat !== undefined);
  return (row, col) => {
    let text = false;
    for (const f of areas) {
      if (row >= f.row && row < f.row + f.rows && col >= f.col && col < f.col + f.cols) text = f.numberFormat === "@";
    }
    return text;
  };
}

/** Throws when a value that looks like a formula (=, +, -, @) would be written to a cell not formatted as text. */
export function assertValuesStayValues(sheet: SheetPlan): void {
  const isText = textCells(sheet);
  for (const b of sheet.blocks) {
    // Excel's range.values and range.formulas take a rectangle only ("the number of rows or columns in
    // the input array doesn't match the size of the range"): a ragged block is a plan bug, caught here
    // for every writer rather than failing half-way in Excel.
    const lines = b.kind === "values" ? b.values : b.kind === "formulas" ? b.formulas : b.kind === "tile" ? b.pattern : undefined;
    if (lines && new Set(lines.map((l) => l.length)).size > 1) {
      throw new Error(`${sheet.name}!${cell(b.row, b.col)}: 行ごとに列数の違うブロックは Excel に書き込めません（計画の誤り）`);
    }
    if (b.kind === "formulas" || b.kind === "tile") {
      // Constants in a formula block are the plan's own labels; one that Excel could misread is a bug.
      for (const line of b.kind === "tile" ? b.pattern : b.formulas) {
        for (const f of line) {
          if (f !== null && !f.startsWith("=") && /^[+\-@]/.test(f)) throw new Error(`${sheet.name}: 見出し「${f}」は数式として読まれるおそれがあります（計画の誤り）`);
        }
      }
      continue;
    }
    if (b.kind !== "values") continue;
    b.values.forEach((line, r) =>
      line.forEach((v, c) => {
        if (typeof v === "string" && /^[=+\-@]/.test(v) && !isText(b.row + r, b.col + c)) {
          throw new Error(`${sheet.name}!${cell(b.row + r, b.col + c)}: 「${v}」は数式として読まれるおそれがあります（書式を文字列 "@" にしてから書き込みます）`);
        }
      }),
    );
  }
}
