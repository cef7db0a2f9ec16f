/**
 * Excel's relative references: a formula copied (filled, or entered with Ctrl+Enter into a range) to a cell
 * `rows` below and `cols` right of its original has every relative row and column moved by that offset,
 * while a part marked with "$" stays: A1 → A3, $A1 → $A3, A$1 → A$1, $A$1 → $A$1 ("Switch between
 * relative, absolute, and mixed references", Microsoft Support). References on other sheets move the same
 * way. Text in double quotes is not a reference.
 */
import { columnIndex, columnName } from "./address";

const REF = /(\$?)([A-Z]{1,3})(\$?)(\d+)/y;

function isNameChar(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z0-9_.]/.test(ch);
}

/**
 * Move the relative references of an A1 formula by rows (and columns).
 * @example shiftFormula("=B2*$C$1+'従業員'!M2", 3) // "=B5*$C$1+'従業員'!M5"
 */
export function shiftFormula(formula: string, rows: number, cols = 0): string {
  if (rows === 0 && cols === 0) return formula;
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      // A string literal, "" being an escaped quote.
      let j = i + 1;
      while (j < formula.length && !(formula[j] === '"' && formula[j + 1] !== '"')) j += formula[j] === '"' ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === "'") {
      // A quoted sheet name: copied as is, the reference after "!" is handled next.
      let j = i + 1;
      while (j < formula.length && !(formula[j] === "'" && formula[j + 1] !== "'")) j += formula[j] === "'" ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (!isNameChar(formula[i - 1]) || formula[i - 1] === undefined) {
      REF.lastIndex = i;
      const m = REF.exec(formula);
      if (m && !isNameChar(formula[REF.lastIndex]) && formula[REF.lastIndex] !== "(") {
        const [, absCol, col, absRow, row] = m;
        const c = absCol ? col : columnName(columnIndex(col) + cols);
        const r = absRow ? row : String(Number(row) + rows);
        out += `${absCol}${c}${absRow}${r}`;
        i = REF.lastIndex;
        continue;
      }
    }
    out += ch;
    i++;
  }
  return out;
}
