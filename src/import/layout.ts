/**
 * How a mapping finds its columns in a file: by header text, or by column letter when the file has no header
 * row (KING OF TIME with 「項目名の出力」 off, PCA without its item-name row); and which rows a row filter keeps
 * (freee's 賃金台帳 puts 給与 and 賞与 rows in one file under 種別).
 */
import type { ColumnMapping, RowFilter } from "./columnMapping";
import { fold } from "./normalize";
import { columnLetter, normalizeHeader } from "./schema";
import type { ImportProblem } from "./types";

/** "A" → 0, "AA" → 26; "B列" and full-width "Ｂ" too. undefined when the text is not a column letter. */
export function letterIndex(text: string): number | undefined {
  const m = /^([A-Z]{1,3})列?$/.exec(text.normalize("NFKC").trim().toUpperCase());
  if (!m) return undefined;
  return [...m[1]].reduce((n, c) => n * 26 + (c.charCodeAt(0) - 64), 0) - 1;
}

/** The names of the columns of a file without a header row: "A列", "B列", … as wide as its widest row. */
export function letterHeaders(rows: readonly (readonly string[])[]): string[] {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  return Array.from({ length: width }, (_, i) => `${columnLetter(i)}列`);
}

/** Every column a mapping names: single, combined and filtered ones (to find the header row by them). */
export function mappedHeaders(mapping: ColumnMapping): string[] {
  const combined = Object.values(mapping.combined ?? {}).flatMap((c) => c?.columns ?? []);
  return [...Object.values(mapping.columns as Record<string, string>), ...combined, ...(mapping.filters ?? []).map((f) => f.column)];
}

/** A column finder over a header row: exact text first, then the same header written in another width or spacing. */
export function headerFinder(headers: readonly string[], noHeader: boolean): (name: string) => number | undefined {
  if (noHeader) {
    return (name) => {
      const i = letterIndex(name);
      return i !== undefined && i < headers.length ? i : undefined;
    };
  }
  const position = new Map(headers.map((hd, i) => [hd, i]));
  const loose = new Map<string, number>();
  headers.forEach((hd, i) => loose.has(normalizeHeader(hd)) || loose.set(normalizeHeader(hd), i));
  return (name) => position.get(name) ?? loose.get(normalizeHeader(name));
}

export interface FilterOutcome<R> {
  kept: R[];
  /** The rows not read, by their row number. */
  filteredOut: number[];
  problems: ImportProblem[];
}

/**
 * Keep the rows every filter accepts. The others are not silently dropped: one warning names the filter and
 * the rows left out, and the counts show them.
 */
export function applyFilters<R extends { row: number; cells: string[] }>(
  rows: readonly R[],
  filters: readonly RowFilter[],
  find: (name: string) => number | undefined,
  headerRow: number,
): FilterOutcome<R> {
  const problems: ImportProblem[] = [];
  const tests: ((cells: string[]) => boolean)[] = [];
  for (const f of filters) {
    const i = find(f.column);
    if (i === undefined) {
      problems.push({ row: headerRow, column: f.column, value: "", message: `行の絞り込みに使う列「${f.column}」がファイルにありません。列の対応付けを確認してください。`, severity: "error" });
      continue;
    }
    const wanted = new Set(f.equals.map(fold));
    tests.push((cells) => wanted.has(fold(cells[i] ?? "")));
  }
  if (problems.length > 0) return { kept: [], filteredOut: [], problems };
  const kept: R[] = [];
  const filteredOut: number[] = [];
  for (const r of rows) {
    if (tests.every((t) => t(r.cells))) kept.push(r);
    else filteredOut.push(r.row);
  }
  if (filteredOut.length > 0) problems.push(filteredOutProblem(filters, filteredOut, headerRow));
  return { kept, filteredOut, problems };
}

function filteredOutProblem(filters: readonly RowFilter[], rows: readonly number[], headerRow: number): ImportProblem {
  const which = filters.map((f) => `「${f.column}」が${f.equals.map((v) => `「${v}」`).join("か")}`).join("、かつ");
  const listed = rows.slice(0, 20).join("、") + (rows.length > 20 ? ` ほか${rows.length - 20}行` : "");
  return {
    row: headerRow,
    column: filters.map((f) => f.column).join("、"),
    value: "",
    message: `${which}の行だけを取り込みます。それ以外の ${rows.length}行（${listed}行目）は読み込んでいません。`,
    severity: "warning",
  };
}
