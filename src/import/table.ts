/**
 * Any supported file → a table of text cells with the row numbers the user sees. The format is decided
 * by the bytes (an .xlsx is a ZIP), not by the file name, which only improves the messages.
 */
import { decodeText } from "./decode";
import { guessDelimiter, parseCsv, Table } from "./csv";
import { looksLikeXls, looksLikeZip, readXlsx } from "./xlsx";
import { ImportError, SourceEncoding } from "./types";

export interface SourceTable extends Table {
  encoding: SourceEncoding;
  /** Serials in this table count from 1904-01-01 (an .xlsx saved with the 1904 date system). */
  date1904: boolean;
}

export async function readTable(bytes: Uint8Array, fileName: string): Promise<SourceTable> {
  if (bytes.length === 0) throw new ImportError(`ファイル「${fileName}」は空です。`);
  if (looksLikeZip(bytes)) {
    const sheet = await readXlsx(bytes);
    return { rows: sheet.rows, rowNumbers: sheet.rowNumbers, encoding: "xlsx", date1904: sheet.date1904 };
  }
  if (looksLikeXls(bytes)) {
    throw new ImportError(`ファイル「${fileName}」は古い Excel 形式（.xls）です。Excel で開き、「Excel ブック（.xlsx）」か「CSV UTF-8」で保存し直してください。`);
  }
  const { text, encoding } = decodeText(bytes);
  return { ...parseCsv(text, guessDelimiter(text)), encoding, date1904: false };
}

/** Cells of a range pasted into a sheet (Excel's values: numbers, booleans, text) → a table; row 1 is the first row. */
export function tableFromCells(cells: readonly (readonly unknown[])[], firstRow = 1): SourceTable {
  const rows = cells.map((r) => r.map(cellToText));
  return { rows, rowNumbers: rows.map((_, i) => firstRow + i), encoding: "sheet", date1904: false };
}

function cellToText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}
