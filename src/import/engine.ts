/**
 * The part every import shares: find the header row, apply the mapping (suggested or given), drop the
 * columns that must not spread, list the ignored ones, and read each data row through a RowReader that
 * records problems with the row number, the file's header, the cell and what is wrong.
 */
import { ColumnMapping, detectPreset, MappingPreset, missingRequired, recognisedCount, suggestMapping } from "./mapping";
import { fold, NormalizeContext, Normalizer, normalizeEmployeeId } from "./normalize";
import { FieldSpec, Schema } from "../calc/records/schema";
import { columnLetter, normalizeHeader } from "./schema";
import { isSensitiveHeader } from "./sensitive";
import { SourceTable } from "./table";
import { aboveHeaderProblem, DataColumns, findHeaderRow, holdsData, isBlankRow } from "./header";
import { ImportProblem, ImportReport, RejectedRow, Severity } from "./types";

export interface DataRow {
  row: number;
  cells: string[];
}

export interface Prepared<K extends string> {
  report: ImportReport<K>;
  /** Field → column index in the rows; absent when the field has no (usable) column. */
  index: Partial<Record<K, number>>;
  rows: DataRow[];
  headerRow: number;
  context: NormalizeContext;
  /** Problems of the whole file that stop every row (a required column is missing). */
  fatal: boolean;
  /** Rows above the header that hold data: rejected, never read as records. */
  above: RejectedRow[];
}

/**
 * Header texts made distinguishable: blanks become "（F列）", repeats "銀行コード（2つ目）". A "header"
 * made only of digits is a data value of a file without a header row (it might be a personal number):
 * it is named by its column letter, never repeated.
 */
export function readHeaders(cells: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((c, i) => {
    const t = c.trim();
    const h = t === "" || /^[\d\s\-‐－―ー]+$/.test(t.normalize("NFKC")) ? `（${columnLetter(i)}列）` : t;
    const n = (seen.get(h) ?? 0) + 1;
    seen.set(h, n);
    return n === 1 ? h : `${h}（${n}つ目）`;
  });
}

/** The header row: the row that names the most known (or, with a mapping, mapped) columns; title rows above are allowed. */
function headerRowOf<K extends string>(table: SourceTable, schema: Schema<K>, mapping?: ColumnMapping<K>): number {
  const wanted = mapping ? new Set(Object.values(mapping.columns as Record<string, string>).map(normalizeHeader)) : undefined;
  return findHeaderRow(table.rows, (cells) => {
    const headers = readHeaders(cells);
    return wanted ? headers.filter((h) => wanted.has(normalizeHeader(h))).length : recognisedCount(schema, headers);
  });
}

/** Data rows above the header, each rejected with a problem naming its line (title rows are left out). */
function rowsAboveHeader(table: SourceTable, h: number, columns: DataColumns): RejectedRow[] {
  const out: RejectedRow[] = [];
  for (let i = 0; i < h; i++) {
    if (holdsData(table.rows[i], columns)) out.push({ row: table.rowNumbers[i], problems: [aboveHeaderProblem(table.rowNumbers[i], table.rowNumbers[h])] });
  }
  return out;
}

export function prepare<K extends string>(
  table: SourceTable,
  schema: Schema<K>,
  mapping: ColumnMapping<K> | undefined,
  options: { shared?: Partial<Record<K, K>>; presets?: readonly MappingPreset<K>[]; exactHeaders?: boolean } = {},
): Prepared<K> {
  const problems: ImportProblem[] = [];
  const context: NormalizeContext = { date1904: table.date1904 };
  const h = headerRowOf(table, schema, mapping);
  const headerRow = h < 0 ? 1 : table.rowNumbers[h];
  const headers = h < 0 ? [] : readHeaders(table.rows[h]);
  const used = mapping ?? detectPreset(options.presets ?? [], headers)?.mapping ?? suggestMapping(schema, headers, options.shared, options.exactHeaders);
  const report: ImportReport<K> = { encoding: table.encoding, headers, mapping: used, rejected: [], problems, droppedColumns: [], ignoredColumns: [], rowCounts: { read: 0, imported: 0, rejected: 0 } };
  if (h < 0) {
    problems.push({ row: 1, column: "", value: "", message: "ファイルにデータがありません（見出し行も見つかりません）。", severity: "error" });
    return { report, index: {}, rows: [], headerRow, context, fatal: true, above: [] };
  }

  const position = new Map(headers.map((hd, i) => [hd, i]));
  // A stored mapping still finds its column when only the width of characters or spaces differ (ｺｰﾄﾞ/コード).
  const loose = new Map<string, number>();
  headers.forEach((hd, i) => loose.has(normalizeHeader(hd)) || loose.set(normalizeHeader(hd), i));
  const index: Partial<Record<K, number>> = {};
  const mappedColumns = new Set<number>();
  for (const f of schema) {
    const header = used.columns[f.key];
    if (header === undefined) continue;
    const i = position.get(header) ?? loose.get(normalizeHeader(header));
    if (i === undefined) {
      problems.push({ row: headerRow, column: header, value: "", message: `「${f.header}」に対応付けた列「${header}」がファイルにありません。列の対応付けを確認してください。`, severity: "error" });
    } else if (isSensitiveHeader(header)) {
      problems.push({ row: headerRow, column: header, value: "", message: `列「${header}」はマイナンバー等の取り込まない列です。「${f.header}」には別の列を対応付けてください。`, severity: "error" });
    } else {
      index[f.key] = i;
      mappedColumns.add(i);
    }
  }
  headers.forEach((hd, i) => {
    if (isSensitiveHeader(hd)) report.droppedColumns.push(hd);
    else if (!mappedColumns.has(i)) report.ignoredColumns.push(hd);
  });
  const dataRows: DataRow[] = [];
  for (let i = h + 1; i < table.rows.length; i++) {
    if (!isBlankRow(table.rows[i])) dataRows.push({ row: table.rowNumbers[i], cells: table.rows[i] });
  }
  // Ignored columns with nothing in them are not worth a line in the pane; blank header + blank data.
  report.ignoredColumns = report.ignoredColumns.filter((hd) => {
    const i = position.get(hd) as number;
    return !/^（[A-Z]+列）$/.test(hd) || dataRows.some((r) => (r.cells[i] ?? "").trim() !== "") || (table.rows[h][i] ?? "").trim() !== "";
  });
  if (report.droppedColumns.length > 0) {
    problems.push({ row: headerRow, column: report.droppedColumns.join("、"), value: "", message: "マイナンバー・基礎年金番号など給与計算に使わない番号の列は取り込みませんでした（値はどこにも残していません）。", severity: "warning" });
  }
  const missing = missingRequired(schema, { ...used, columns: Object.fromEntries(Object.entries(used.columns).filter(([k]) => index[k as K] !== undefined)) as Partial<Record<K, string>> });
  for (const f of missing) {
    problems.push({ row: headerRow, column: f.header, value: "", message: `必須の列「${f.header}」が見つかりません。列の対応付けで指定してください。`, severity: "error" });
  }
  if (dataRows.length === 0) {
    problems.push({ row: headerRow, column: "", value: "", message: "見出し行の下にデータの行がありません。", severity: "warning" });
  }
  const fatal = problems.some((p) => p.severity === "error");
  const required = schema.filter((f) => f.required && index[f.key] !== undefined).map((f) => index[f.key] as number);
  const above = rowsAboveHeader(table, h, { read: [...mappedColumns], required, id: (index as Partial<Record<string, number>>).id });
  // In file order: those rows come before the header (concat, since a sorted file may have thousands).
  report.problems = above.flatMap((r) => r.problems).concat(problems);
  report.rowCounts.read = above.length + dataRows.length;
  return { report, index, rows: dataRows, headerRow, context, fatal, above };
}

const SPECS = new WeakMap<Schema, ReadonlyMap<string, FieldSpec>>();

function specsOf<K extends string>(schema: Schema<K>): ReadonlyMap<K, FieldSpec<K>> {
  let m = SPECS.get(schema);
  if (!m) SPECS.set(schema, (m = new Map(schema.map((f) => [f.key, f]))));
  return m as ReadonlyMap<K, FieldSpec<K>>;
}

/** One data row: reads fields by key and records each problem with the row, the file's header and the cell. */
export class RowReader<K extends string> {
  readonly problems: ImportProblem[] = [];
  private readonly specs: ReadonlyMap<K, FieldSpec<K>>;
  private readonly trimmed: (string | undefined)[] = [];

  constructor(
    private readonly prepared: Prepared<K>,
    schema: Schema<K>,
    readonly data: DataRow,
  ) {
    this.specs = specsOf(schema);
  }

  get row(): number {
    return this.data.row;
  }

  get failed(): boolean {
    return this.problems.some((p) => p.severity === "error");
  }

  /** The column's header in the file, or the template header when the field has no column. */
  column(key: K): string {
    const i = this.prepared.index[key];
    return i === undefined ? (this.specs.get(key)?.header ?? key) : this.prepared.report.headers[i];
  }

  /** The cell as written (trimmed), "" when blank or when the field has no column. */
  raw(key: K): string {
    const i = this.prepared.index[key];
    if (i === undefined) return "";
    let t = this.trimmed[i];
    if (t === undefined) t = this.trimmed[i] = (this.data.cells[i] ?? "").trim();
    return t;
  }

  has(key: K): boolean {
    return this.raw(key) !== "" || this.prepared.report.mapping.defaults?.[key] !== undefined;
  }

  /** The field's column exists in the file. */
  hasColumn(key: K): boolean {
    return this.prepared.index[key] !== undefined;
  }

  add(key: K | "", severity: Severity, message: string, value?: string): void {
    const column = key === "" ? "" : this.column(key);
    this.problems.push({ row: this.data.row, column, value: value ?? (key === "" ? "" : this.raw(key)), message, severity });
  }

  /** The text to normalise: the cell translated by the mapping, or the mapping's default when blank. */
  private text(key: K): string | undefined {
    const raw = this.raw(key);
    if (raw === "") return this.prepared.report.mapping.defaults?.[key];
    const table = this.prepared.report.mapping.values?.[key];
    if (!table) return raw;
    const t = fold(raw);
    if (Object.prototype.hasOwnProperty.call(table, t)) return table[t];
    this.add(key, "error", `この列の値は変換表（${Object.keys(table).map((k) => `${k}→${table[k]}`).join("、")}）にありません。`);
    return undefined;
  }

  /** A field's value, or undefined when blank (or wrong: then an error is recorded). */
  read<T>(key: K, normalize: Normalizer<T>): T | undefined {
    const failedBefore = this.problems.length;
    const t = this.text(key);
    if (t === undefined || this.problems.length > failedBefore) return undefined;
    const r = normalize(t, this.prepared.context);
    if ("error" in r) {
      this.add(key, "error", r.error);
      return undefined;
    }
    if (r.warning) this.add(key, "warning", r.warning);
    return r.value;
  }

  /** Like read, but a blank is an error. */
  require<T>(key: K, normalize: Normalizer<T>): T | undefined {
    if (!this.has(key)) {
      this.add(key, "error", `必須の項目「${this.specs.get(key)?.header ?? key}」が空欄です。`);
      return undefined;
    }
    return this.read(key, normalize);
  }
}

/**
 * The 社員番号 written on a row, read without recording a problem (the row's own reading did that): a
 * message about an employee whose row was rejected can then send the clerk to that row.
 */
function idWritten<K extends string>(reader: RowReader<K>, context: NormalizeContext): string | undefined {
  if (!reader.hasColumn("id" as K)) return undefined;
  const id = normalizeEmployeeId(reader.raw("id" as K), context);
  return "value" in id ? id.value : undefined;
}

/**
 * Collect the outcome: valid records with their rows, and the rows rejected with their problems (and the
 * 社員番号 written on each, when readable); all problems in file order.
 */
export function finish<K extends string, R>(
  prepared: Prepared<K>,
  results: { reader: RowReader<K>; record?: R }[],
): { records: R[]; rows: number[]; rejectedIds: (string | undefined)[]; report: ImportReport<K> } {
  const records: R[] = [];
  const rows: number[] = [];
  const rejected: RejectedRow[] = [...prepared.above];
  const rejectedIds: (string | undefined)[] = prepared.above.map(() => undefined);
  for (const { reader, record } of results) {
    prepared.report.problems.push(...reader.problems);
    if (reader.failed || record === undefined) {
      rejected.push({ row: reader.row, problems: reader.problems });
      rejectedIds.push(idWritten(reader, prepared.context));
    } else {
      records.push(record);
      rows.push(reader.row);
    }
  }
  prepared.report.rejected = rejected;
  prepared.report.rowCounts = { read: rejected.length + records.length, imported: records.length, rejected: rejected.length };
  return { records, rows, rejectedIds, report: prepared.report };
}
