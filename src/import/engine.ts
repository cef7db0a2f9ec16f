/**
 * The part every import shares: find the header row, apply the mapping (suggested or given), drop the
 * columns that must not spread, list the ignored ones, and read each data row through a RowReader that
 * records problems with the row number, the file's header, the cell and what is wrong.
 */
import { ColumnMapping, detectPreset, MappingPreset, recognisedCount, suggestMapping } from "./mapping";
import { fold, NormalizeContext, Normalizer, normalizeEmployeeId } from "./normalize";
import { FieldSpec, Schema } from "../calc/records/schema";
import { columnLetter, normalizeHeader } from "./schema";
import { isSensitiveHeader } from "./sensitive";
import { SourceTable } from "./table";
import { aboveHeaderProblem, DataColumns, findHeaderRow, holdsData, isBlankRow } from "./header";
import { applyFilters, headerFinder, letterHeaders, mappedHeaders } from "./layout";
import { ImportProblem, ImportReport, RejectedRow, Severity } from "./types";
import type { HourNotation } from "./hourNotation";
import { VendorPreset, vendorMapping } from "./vendorPreset";

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
  /** Fields read from several columns (join, sum); their first column is also in `index`. */
  sources: Partial<Record<K, Source>>;
  /** Rows a row filter left out, by row number: counted, never read. */
  filteredOut: number[];
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
  const wanted = mapping ? new Set(mappedHeaders(mapping).map(normalizeHeader)) : undefined;
  return findHeaderRow(table.rows, (cells) => {
    const headers = readHeaders(cells);
    return wanted ? headers.filter((h) => wanted.has(normalizeHeader(h))).length : recognisedCount(schema, headers);
  });
}

/** A field read from several columns: their positions, and how they make one value. */
export interface Source {
  how: "join" | "sum";
  columns: number[];
  separator: string;
}

/** 氏名 joins with a full-width space (山田　太郎), カナ with a half-width one (ﾔﾏﾀﾞ ﾀﾛｳ / ヤマダ タロウ). */
function defaultSeparator(spec: FieldSpec): string {
  return /カナ|ｶﾅ|ヨミ|フリガナ/.test(spec.header) ? " " : "\u3000";
}

/** Data rows above the header, each rejected with a problem naming its line (title rows are left out). */
function rowsAboveHeader(table: SourceTable, h: number, columns: DataColumns): RejectedRow[] {
  const out: RejectedRow[] = [];
  for (let i = 0; i < h; i++) {
    if (holdsData(table.rows[i], columns)) out.push({ row: table.rowNumbers[i], problems: [aboveHeaderProblem(table.rowNumbers[i], table.rowNumbers[h])] });
  }
  return out;
}

/** Where the header row is (-1: none, the file is blank), its headers, and where the data starts. */
function locate<K extends string>(table: SourceTable, schema: Schema<K>, mapping: ColumnMapping<K> | undefined): { h: number; headers: string[]; first: number; blank: boolean } {
  if (mapping?.noHeader) return { h: -1, headers: letterHeaders(table.rows), first: 0, blank: table.rows.every(isBlankRow) };
  const h = headerRowOf(table, schema, mapping);
  return { h, headers: h < 0 ? [] : readHeaders(table.rows[h]), first: h + 1, blank: h < 0 };
}

/** Each field's column(s) in the file; a mapped column that is missing or must not be read is an error. */
function resolveColumns<K extends string>(schema: Schema<K>, used: ColumnMapping<K>, find: (name: string) => number | undefined, headerRow: number) {
  const problems: ImportProblem[] = [];
  const index: Partial<Record<K, number>> = {};
  const sources: Partial<Record<K, Source>> = {};
  const mapped = new Set<number>();
  const resolve = (f: FieldSpec<K>, header: string): number | undefined => {
    const i = find(header);
    if (i === undefined) {
      problems.push({ row: headerRow, column: header, value: "", message: `「${f.header}」に対応付けた列「${header}」がファイルにありません。列の対応付けを確認してください。`, severity: "error" });
    } else if (isSensitiveHeader(header)) {
      problems.push({ row: headerRow, column: header, value: "", message: `列「${header}」はマイナンバー等の取り込まない列です。「${f.header}」には別の列を対応付けてください。`, severity: "error" });
    } else return i;
    return undefined;
  };
  for (const f of schema) {
    const combined = used.combined?.[f.key];
    const headers = combined ? combined.columns : used.columns[f.key] === undefined ? [] : [used.columns[f.key] as string];
    const found = headers.map((hd) => resolve(f, hd));
    if (found.length === 0 || found.some((i) => i === undefined)) continue;
    const columns = found as number[];
    columns.forEach((i) => mapped.add(i));
    index[f.key] = columns[0];
    if (combined) sources[f.key] = { how: combined.how, columns, separator: combined.separator ?? defaultSeparator(f) };
  }
  return { problems, index, sources, mapped };
}

/** The suggestion from the header names, made by a vendor's preset when the headers are that vendor's. */
function suggestFromHeaders<K extends string>(schema: Schema<K>, headers: readonly string[], o: { shared?: Partial<Record<K, K>>; vendors?: readonly VendorPreset<K>[]; exactHeaders?: boolean }): ColumnMapping<K> {
  const suggestion = suggestMapping(schema, headers, o.shared, o.exactHeaders);
  return vendorMapping(o.vendors ?? [], headers, suggestion) ?? suggestion;
}

export function prepare<K extends string>(
  table: SourceTable,
  schema: Schema<K>,
  mapping: ColumnMapping<K> | undefined,
  options: { shared?: Partial<Record<K, K>>; presets?: readonly MappingPreset<K>[]; vendors?: readonly VendorPreset<K>[]; exactHeaders?: boolean; hours?: HourNotation } = {},
): Prepared<K> {
  const problems: ImportProblem[] = [];
  const context: NormalizeContext = { date1904: table.date1904 };
  const { h, headers, first, blank } = locate(table, schema, mapping);
  const headerRow = h < 0 ? 1 : table.rowNumbers[h];
  const chosen = mapping ?? detectPreset(options.presets ?? [], headers)?.mapping ?? suggestFromHeaders(schema, headers, options);
  // 時間の表記 given for this run (--hours) wins over the one saved with the mapping.
  const used = options.hours === undefined ? chosen : { ...chosen, hours: options.hours };
  const report: ImportReport<K> = { encoding: table.encoding, headers, mapping: used, rejected: [], problems, droppedColumns: [], ignoredColumns: [], rowCounts: { read: 0, imported: 0, rejected: 0 } };
  if (blank) {
    problems.push({ row: 1, column: "", value: "", message: "ファイルにデータがありません（見出し行も見つかりません）。", severity: "error" });
    return { report, index: {}, sources: {}, rows: [], headerRow, context, fatal: true, above: [], filteredOut: [] };
  }

  const find = headerFinder(headers, used.noHeader === true);
  const { problems: columnProblems, index, sources, mapped: mappedColumns } = resolveColumns(schema, used, find, headerRow);
  problems.push(...columnProblems);
  headers.forEach((hd, i) => {
    if (!used.noHeader && isSensitiveHeader(hd)) report.droppedColumns.push(hd);
    else if (!mappedColumns.has(i)) report.ignoredColumns.push(hd);
  });
  const allRows: DataRow[] = [];
  for (let i = first; i < table.rows.length; i++) {
    if (!isBlankRow(table.rows[i])) allRows.push({ row: table.rowNumbers[i], cells: table.rows[i] });
  }
  const filtered = applyFilters(allRows, used.filters ?? [], find, headerRow);
  const dataRows = filtered.kept;
  // Ignored columns with nothing in them are not worth a line in the pane; blank header + blank data.
  report.ignoredColumns = report.ignoredColumns.filter((hd) => {
    const i = headers.indexOf(hd);
    return !/^（[A-Z]+列）$|^[A-Z]+列$/.test(hd) || allRows.some((r) => (r.cells[i] ?? "").trim() !== "") || (h >= 0 && (table.rows[h][i] ?? "").trim() !== "");
  });
  if (report.droppedColumns.length > 0) {
    problems.push({ row: headerRow, column: report.droppedColumns.join("、"), value: "", message: "マイナンバー・基礎年金番号など給与計算に使わない番号の列は取り込みませんでした（値はどこにも残していません）。", severity: "warning" });
  }
  for (const f of schema.filter((f) => f.required && index[f.key] === undefined && used.defaults?.[f.key] === undefined)) {
    problems.push({ row: headerRow, column: f.header, value: "", message: `必須の列「${f.header}」が見つかりません。列の対応付けで指定してください。`, severity: "error" });
  }
  problems.push(...filtered.problems);
  if (allRows.length === 0) {
    problems.push({ row: headerRow, column: "", value: "", message: "見出し行の下にデータの行がありません。", severity: "warning" });
  }
  const fatal = problems.some((p) => p.severity === "error");
  const required = schema.filter((f) => f.required && index[f.key] !== undefined).map((f) => index[f.key] as number);
  const above = h < 0 ? [] : rowsAboveHeader(table, h, { read: [...mappedColumns], required, id: (index as Partial<Record<string, number>>).id });
  // In file order: those rows come before the header (concat, since a sorted file may have thousands).
  report.problems = above.flatMap((r) => r.problems).concat(problems);
  report.rowCounts.read = above.length + allRows.length;
  return { report, index, sources, rows: dataRows, headerRow, context, fatal, above, filteredOut: filtered.filteredOut };
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

  /** The column's header in the file ("姓＋名" for several), or the template header when the field has no column. */
  column(key: K): string {
    const source = this.prepared.sources[key];
    if (source) return source.columns.map((i) => this.prepared.report.headers[i]).join("＋");
    const i = this.prepared.index[key];
    return i === undefined ? (this.specs.get(key)?.header ?? key) : this.prepared.report.headers[i];
  }

  /** The cell as written (trimmed), "" when blank or when the field has no column; several columns joined. */
  raw(key: K): string {
    const source = this.prepared.sources[key];
    if (source) return source.columns.map((i) => this.cell(i)).filter((t) => t !== "").join(source.how === "join" ? source.separator : "+");
    const i = this.prepared.index[key];
    return i === undefined ? "" : this.cell(i);
  }

  private cell(i: number): string {
    let t = this.trimmed[i];
    if (t === undefined) t = this.trimmed[i] = (this.data.cells[i] ?? "").trim();
    return t;
  }

  /** How the file writes hours (the mapping's 時間の表記; 10進 when not said). */
  get hours(): HourNotation {
    return this.prepared.report.mapping.hours ?? "decimal";
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
    const source = this.prepared.sources[key];
    if (source?.how === "sum" && this.raw(key) !== "") return this.sum(source, normalize as unknown as Normalizer<number>) as T | undefined;
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

  /**
   * The total of several columns (KING OF TIME's 深夜 split over two columns), each read on its own so that a
   * problem names the column it is in; undefined when any of them is wrong.
   */
  private sum(source: Source, normalize: Normalizer<number>): number | undefined {
    let total = 0;
    let failed = false;
    for (const i of source.columns) {
      const t = this.cell(i);
      if (t === "") continue;
      const r = normalize(t, this.prepared.context);
      const column = this.prepared.report.headers[i];
      if ("error" in r) {
        this.problems.push({ row: this.data.row, column, value: t, message: r.error, severity: "error" });
        failed = true;
      } else {
        if (r.warning) this.problems.push({ row: this.data.row, column, value: t, message: r.warning, severity: "warning" });
        total += r.value;
      }
    }
    return failed ? undefined : asWritten(total);
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
 * A total of parts added in binary, as the parts were written: whole minutes stay whole minutes (60進 7.50 + 0.20 is
 * 8時間10分, the same number as a single 8.10), and decimals such as 0.1 + 0.2 stay 0.3.
 */
function asWritten(total: number): number {
  const minutes = total * 60;
  if (Math.abs(minutes - Math.round(minutes)) < 1e-6) return Math.round(minutes) / 60;
  return Math.round(total * 1e9) / 1e9;
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
  const filtered = prepared.filteredOut.length;
  prepared.report.rowCounts = { read: rejected.length + records.length + filtered, imported: records.length, rejected: rejected.length, ...(filtered > 0 ? { filtered } : {}) };
  return { records, rows, rejectedIds, report: prepared.report };
}
