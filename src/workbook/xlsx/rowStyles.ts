/**
 * The cell format of every cell of a row, from the sheet's format areas (applied in order) and the
 * formats of the tiles the row crosses. Rows covered by the same areas share one computed line, so a
 * 10,000-row table costs a handful of style computations, not a million.
 */
import { FormatArea, SheetPlan, TileBlock } from "../types";
import { applyFormat, CellStyle, StyleBook } from "./styles";

export function rowStyles(sheet: SheetPlan, styles: StyleBook, cols: number): (row: number) => number[] {
  const tiles = sheet.blocks.filter((b): b is TileBlock => b.kind === "tile");
  const cache = new Map<string, number[]>();
  return (row) => {
    // The line depends only on which sheet areas cover the row and on the row's place within each tile,
    // so that is the key: found without building the areas, which is done only for a new key.
    let key = "";
    for (let i = 0; i < sheet.formats.length; i++) {
      const f = sheet.formats[i];
      if (row >= f.row && row < f.row + f.rows) key += `${i},`;
    }
    for (let t = 0; t < tiles.length; t++) {
      const b = tiles[t];
      const h = b.pattern.length;
      if (row >= b.row && row < b.row + h * b.times) key += `t${t}.${(row - b.row) % h},`;
    }
    const cached = cache.get(key);
    if (cached) return cached;
    const areas: FormatArea[] = [];
    sheet.formats.forEach((f) => {
      if (row >= f.row && row < f.row + f.rows) areas.push(f);
    });
    tiles.forEach((b) => {
      const h = b.pattern.length;
      if (row < b.row || row >= b.row + h * b.times) return;
      const local = (row - b.row) % h;
      b.formats.forEach((f) => {
        if (local >= f.row && local < f.row + f.rows) areas.push({ ...f, col: b.col + f.col });
      });
    });
    const line: number[] = new Array(cols).fill(0);
    for (let c = 0; c < cols; c++) {
      let style: CellStyle = {};
      let any = false;
      for (const f of areas) {
        if (c >= f.col && c < f.col + f.cols) (style = applyFormat(style, f)), (any = true);
      }
      if (any) line[c] = styles.xf(style);
    }
    cache.set(key, line);
    return line;
  };
}
