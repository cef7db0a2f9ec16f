/**
 * What Excel does to the formulas of a workbook when a worksheet is renamed or deleted:
 * - a rename rewrites every reference to the sheet, in every sheet's formulas, to the new name ("If you
 *   rename a worksheet, the formulas that refer to it are updated automatically";
 *   https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9 and
 *   Worksheet.name, https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-name-member);
 * - a delete turns every reference to the sheet into #REF! (`=Sheet2!A1` becomes `=#REF!A1`; "#REF! …
 *   when a formula refers to a cell that isn't valid … most often when cells that were referenced by
 *   formulas get deleted", https://support.microsoft.com/office/how-to-correct-a-ref-error-822c8e46-e610-4d02-bdb4-f1b9d1e4a4fc).
 *
 * Text in double quotes is not a reference; a sheet name is quoted ('…', '' for a quote) or bare.
 */

/** Characters that end a bare name in a formula (operators, separators, brackets, quotes). */
const DELIMITER = /[\s"'!(),;:=+\-*/&<>^%{}[\]]/;

/**
 * A sheet name as a formula writes it: bare when it is letters, digits, _ and . only and cannot be read as a
 * cell reference (A1 or R1C1 style), else quoted.
 */
export function formulaSheetName(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^R\d*C\d*$/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Every sheet reference `X!` of a formula passed through `replace` (given X unquoted; returns the new prefix without "!"). */
export function mapSheetReferences(formula: string, replace: (sheet: string) => string | undefined): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      const end = closing(formula, i, '"');
      out += formula.slice(i, end + 1);
      i = end + 1;
      continue;
    }
    let end = i;
    let sheet: string | undefined;
    if (ch === "'") {
      end = closing(formula, i, "'") + 1;
      sheet = formula.slice(i + 1, end - 1).replace(/''/g, "'");
    } else if (!DELIMITER.test(ch)) {
      while (end < formula.length && !DELIMITER.test(formula[end])) end++;
      sheet = formula.slice(i, end);
    } else {
      out += ch;
      i++;
      continue;
    }
    const replaced = formula[end] === "!" ? replace(sheet) : undefined;
    out += replaced ?? formula.slice(i, end);
    i = end;
  }
  return out;
}

/** The index of the quote closing the one at `start` (a doubled quote is an escaped one). */
function closing(s: string, start: number, quote: string): number {
  let j = start + 1;
  while (j < s.length && !(s[j] === quote && s[j + 1] !== quote)) j += s[j] === quote ? 2 : 1;
  return j;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The formula after sheet `from` was renamed to `to`. */
export function renameSheetReferences(formula: string, from: string, to: string): string {
  return mapSheetReferences(formula, (sheet) => (same(sheet, from) ? formulaSheetName(to) : undefined));
}

/** The formula after sheet `deleted` was deleted: its references read #REF!. */
export function deleteSheetReferences(formula: string, deleted: string): string {
  return mapSheetReferences(formula, (sheet) => (same(sheet, deleted) ? "#REF" : undefined));
}
