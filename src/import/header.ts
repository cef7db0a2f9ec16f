/**
 * Where a table's header row is, and what lies above it. Exports often start with title rows
 * (「従業員マスタ 2026年11月」, a company name, a group heading over some columns); those are skipped. But a
 * row above the header that holds data — an employee that a sort in Excel moved above the header — is
 * never skipped silently: the readers reject it, naming its line.
 */
import { DEFAULT_CONTEXT, normalizeEmployeeId } from "./normalize";
import { ImportProblem, RowCounts } from "./types";

type Cells = readonly string[];

/** Title rows seldom run longer than this; the header is looked for among the first non-blank rows first. */
const HEADER_SEARCH_ROWS = 10;

/** A header names at least two known columns; a lower best score near the top means the header moved further down. */
const HEADER_MIN_SCORE = 2;

export function isBlankRow(cells: Cells): boolean {
  return cells.every((c) => c.trim() === "");
}

/**
 * The index of the header row: among the first non-blank rows, the one that scores highest (names the most
 * known columns). When none of them looks like a header, the rest of the table is searched too, because a
 * sort puts the header row below the data (text sorts after numbers). -1 when the table is blank.
 * @example findHeaderRow([["従業員マスタ"], ["社員番号", "氏名"], ["0001", "山田"]], score) // 1
 */
export function findHeaderRow(rows: readonly Cells[], score: (cells: Cells) => number): number {
  let best = -1;
  let bestScore = -1;
  let seen = 0;
  for (let i = 0; i < rows.length; i++) {
    if (isBlankRow(rows[i])) continue;
    if (seen++ >= HEADER_SEARCH_ROWS && bestScore >= HEADER_MIN_SCORE) break;
    const s = score(rows[i]);
    if (s > bestScore) [best, bestScore] = [i, s];
  }
  return best;
}

const filledIn = (cells: Cells, columns: readonly number[]) => columns.filter((i) => (cells[i] ?? "").trim() !== "").length;

/** The columns of a table that decide whether a row above its header holds data. */
export interface DataColumns {
  /** Every column a field is read from. */
  read: readonly number[];
  /** The columns of the required fields. */
  required: readonly number[];
  /** The 社員番号 column, when there is one. */
  id?: number;
}

/**
 * A row above the header holds data when it has a 社員番号 in the 社員番号 column, fills more than half of the
 * required columns, and fills at least two columns: an employee moved there by a sort does; a title
 * (「2026年11月 勤怠」, a date beside it) or a group heading over some columns (「基本情報」「振込先」) does not.
 * @example holdsData(["0001", "山田", "300000"], { read: [0, 1, 2], required: [0, 2], id: 0 }) // true
 */
export function holdsData(cells: Cells, c: DataColumns): boolean {
  if (filledIn(cells, c.read) < 2 || 2 * filledIn(cells, c.required) <= c.required.length) return false;
  return c.id === undefined || "value" in normalizeEmployeeId((cells[c.id] ?? "").trim(), DEFAULT_CONTEXT);
}

/** The rejection of a data row found above the header, naming both lines. */
export function aboveHeaderProblem(row: number, headerRow: number): ImportProblem {
  return {
    row,
    column: "",
    value: "",
    message: `見出し行（${headerRow}行目）より上にあるデータの行は読み込みません。並べ替えで見出し行が動いた可能性があります。見出し行をデータの上（先頭）に戻してから取り込み直してください。`,
    severity: "error",
  };
}

/** "12行を読み込みました（取り込み 3行、エラーで除外 9行）" — the counts every import reports, as a sentence. */
export function describeRowCounts(c: RowCounts): string {
  const filtered = c.filtered ?? 0;
  if (c.imported + c.rejected + filtered < c.read) return `データの行 ${c.read}行: ファイル全体のエラーのため、1行も取り込んでいません。`;
  const left = filtered > 0 ? `、絞り込みで対象外 ${filtered}行` : "";
  return `${c.read}行を読み込みました（取り込み ${c.imported}行、エラーで除外 ${c.rejected}行${left}）。`;
}
