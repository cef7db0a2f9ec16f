/**
 * What every import returns: the rows it could read, the rows it rejected with their reasons, and every
 * problem found, each naming the row as the user sees it (the line in the CSV file or the Excel row; the
 * header is row 1 when it is the first line), the column by the file's own header text, the value and
 * what is wrong. Nothing is dropped silently: a row is either in the records or in `rejected`.
 */
import type { ColumnMapping } from "./columnMapping";

export type Severity = "error" | "warning";

export interface ImportProblem {
  /** Line of the CSV file / row of the worksheet (1-based); the header row for problems of the whole file. */
  row: number;
  /** The file's header text ("" when the problem is not about one column). */
  column: string;
  /** The cell as it was in the file ("" when blank or not about one cell). Never a dropped column's value. */
  value: string;
  /** What is wrong and what is allowed, in Japanese. */
  message: string;
  severity: Severity;
}

/** How the bytes were read: the CSV text encodings, an .xlsx workbook, or cells pasted into a sheet. */
export type SourceEncoding = "utf-8" | "utf-8-bom" | "utf-16le" | "shift_jis" | "xlsx" | "sheet";

export interface RejectedRow {
  row: number;
  problems: ImportProblem[];
}

/**
 * How many rows the file held and what became of them. `read` counts every non-blank row except the header
 * and the title rows above it; when the file can be read row by row, read = imported + rejected (nothing
 * else happens to a row). When a problem of the whole file stops the import, imported and rejected are 0.
 */
export interface RowCounts {
  read: number;
  imported: number;
  rejected: number;
  /** Rows a row filter of the mapping left out (read = imported + rejected + filtered); absent when none. */
  filtered?: number;
}

/** The common part of every import result. */
export interface ImportReport<K extends string = string> {
  encoding: SourceEncoding;
  /** The header row as read (duplicates and blanks made distinguishable, see readHeaders). */
  headers: string[];
  /** The mapping used: the one given, or the suggestion from the headers. */
  mapping: ColumnMapping<K>;
  /**
   * Rows with at least one error; their data is not in the records. When the file itself cannot be read
   * row by row (a required column has no mapping), no row is read: the records and this list are empty
   * and `problems` says which column to map.
   */
  rejected: RejectedRow[];
  /** Every problem, of the file and of each row, in file order. */
  problems: ImportProblem[];
  /** Columns recognised as personal numbers that must not spread (マイナンバー…): not read, values not kept. */
  droppedColumns: string[];
  /** Columns that no field uses. */
  ignoredColumns: string[];
  /** Rows read, imported and rejected: shown by the pane and the command line, so that no row goes uncounted. */
  rowCounts: RowCounts;
}

/** A failure that stops the whole import (unreadable file): the message says what to do. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportError";
  }
}

export const SOURCE_ENCODING_LABEL: Record<SourceEncoding, string> = {
  "utf-8": "UTF-8",
  "utf-8-bom": "UTF-8（BOM付き）",
  "utf-16le": "UTF-16（Unicode テキスト）",
  shift_jis: "Shift_JIS（CP932）",
  xlsx: "Excel ブック（.xlsx）",
  sheet: "シートから貼り付け",
};

/** "12行目「生年月日」の「S60.13.1」: …" — one problem as a sentence (command line, logs). */
export function describeProblem(p: ImportProblem): string {
  const where = p.column ? `${p.row}行目「${p.column}」` : `${p.row}行目`;
  const value = p.value === "" ? "" : `の「${p.value}」`;
  const tag = p.severity === "error" ? "エラー" : "注意";
  return `[${tag}] ${where}${value}: ${p.message}`;
}
