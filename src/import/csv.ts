/**
 * RFC 4180 CSV → rows of text. Quoted fields may hold commas, quotes ("") and line breaks; records end
 * with CRLF, LF or CR; a final line break does not make an empty record. Each record remembers the line
 * of the file it starts on, so that a problem can name the line the user sees in an editor.
 *
 * Tolerant where exports are sloppy: a quote inside an unquoted field is kept as a character. An
 * unterminated quoted field is an error naming its line, because everything after it would shift.
 * Cells are returned exactly as written: "=HYPERLINK(…)" stays text (formula injection is the writer's
 * concern, which writes every imported value as text).
 */
import { ImportError } from "./types";

export interface Table {
  rows: string[][];
  /** rowNumbers[i] is the line (CSV) or the row (worksheet) where rows[i] starts, 1-based. */
  rowNumbers: number[];
}

export function parseCsv(text: string, delimiter = ","): Table {
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  const sep = delimiter.charCodeAt(0);
  const n = text.length;
  let i = 0;
  let line = 1;
  while (i < n) {
    const startLine = line;
    const row: string[] = [];
    for (;;) {
      let value: string;
      if (text.charCodeAt(i) === 34 /* " */) {
        const openLine = line;
        let parts = "";
        let from = ++i;
        for (;;) {
          const q = text.indexOf('"', i);
          if (q < 0) throw new ImportError(`${openLine}行目で始まる「"」で囲まれた値が閉じられていません。ファイルの終わりまで読んでも閉じる「"」がありません。`);
          for (let k = i; k < q; k++) if (text.charCodeAt(k) === 10 || (text.charCodeAt(k) === 13 && text.charCodeAt(k + 1) !== 10)) line++;
          if (text.charCodeAt(q + 1) === 34) {
            parts += text.slice(from, q + 1);
            i = from = q + 2;
            continue;
          }
          parts += text.slice(from, q);
          i = q + 1;
          break;
        }
        // Characters between the closing quote and the delimiter (out of spec) are kept.
        let j = i;
        while (j < n && text.charCodeAt(j) !== sep && text.charCodeAt(j) !== 10 && text.charCodeAt(j) !== 13) j++;
        value = parts + text.slice(i, j);
        i = j;
      } else {
        let j = i;
        while (j < n && text.charCodeAt(j) !== sep && text.charCodeAt(j) !== 10 && text.charCodeAt(j) !== 13) j++;
        value = text.slice(i, j);
        i = j;
      }
      row.push(value);
      if (i < n && text.charCodeAt(i) === sep) {
        i++;
        continue;
      }
      break;
    }
    // End of record: CRLF, LF, CR or the end of the text.
    if (text.charCodeAt(i) === 13) i++;
    if (text.charCodeAt(i) === 10) i++;
    line++;
    rows.push(row);
    rowNumbers.push(startLine);
  }
  return { rows, rowNumbers };
}

/** Excel's 「Unicode テキスト」 and some systems write tab-separated text: decide from the first line. */
export function guessDelimiter(text: string): "," | "\t" {
  const end = text.search(/[\r\n]/);
  const first = end < 0 ? text : text.slice(0, end);
  const tabs = first.split("\t").length - 1;
  const commas = first.split(",").length - 1;
  return tabs > commas ? "\t" : ",";
}
