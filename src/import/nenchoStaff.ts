/**
 * The 年末調整 staff list (templates/nencho-template.csv, documented in docs/nencho.md) read with the import
 * engine every table shares: CSV in Shift_JIS or UTF-8, an .xlsx workbook, or cells pasted into a sheet;
 * the header found below title rows, マイナンバー-type columns dropped, every problem named by row, column
 * and reason. Shared by `sonae nencho`, the 年末調整検算 workbook and the task pane — one reader, so the
 * three never disagree on a cell. No file access here: the caller gives the bytes.
 */
import * as A from "../calc/vocabulary";
import { CalcError } from "../calc/law/errors";
import { STAFF_SCHEMA, StaffField, StaffFields, StaffRow, StaffValueKind } from "../calc/records/yearEndStaff";
import { decodeText } from "./decode";
import { guessDelimiter, parseCsv } from "./csv";
import { finish, prepare, Prepared, RowReader } from "./engine";
import { Normalizer } from "./normalize";
import { normalizeHeader } from "./schema";
import { readTable, SourceTable, tableFromCells } from "./table";
import { ImportError, ImportProblem } from "./types";
import { looksLikeZip } from "./xlsx";

export type { RowError, StaffField, StaffFields, StaffRow } from "../calc/records/yearEndStaff";
export { toInput } from "../calc/records/yearEndStaff";

/** The staff list's columns in the template's order. */
export const COLUMNS = STAFF_SCHEMA;

// ---- reading one cell ------------------------------------------------------------------------

/** A signed amount: 過不足額 from a payroll system, negative = 不足 (徴収). "▲1,000" and "△1,000" are negative. */
const signedYen: A.Parser<number> = (raw, label) => {
  const t = String(raw).normalize("NFKC").trim();
  const negative = /^[-▲△]/.test(t);
  const magnitude = A.yen(t.replace(/^[-+▲△]\s*/, ""), label);
  return negative ? -magnitude : magnitude;
};

/** Several amounts in one cell, separated by "/" "／" ";" or "、" (one 特定親族 each). */
const yenList: A.Parser<number[]> = (raw, label) =>
  String(raw).split(/[/／;；、]/).map((s) => s.trim()).filter((s) => s !== "").map((s) => A.yen(s, label));

const PARSERS: Record<StaffValueKind, A.Parser<unknown>> = {
  text: (raw) => String(raw).trim(),
  yen: A.yen,
  signedYen,
  yenList,
  people: A.wholeNumber(0, 99),
  yesNo: A.bool,
};

/** The formula argument parsers read the cells, so a cell means the same here as in a YE_* formula; their message names the template's column. */
function cellReader(kind: StaffValueKind, label: string): Normalizer<unknown> {
  const parse = PARSERS[kind];
  return (text) => {
    try {
      return { value: parse(text, label) };
    } catch (e) {
      if (!(e instanceof CalcError)) throw e;
      return { error: e.message };
    }
  };
}

const READERS = new Map(STAFF_SCHEMA.map((f) => [f.key, cellReader(f.kind, f.header)] as const));

// ---- reading one row -------------------------------------------------------------------------

/** Every column of the row; a blank required cell and a value beyond the header's last column are errors. */
function readStaffRow(reader: RowReader<StaffField>, headerWidth: number): StaffFields {
  const fields: StaffFields = {};
  for (const spec of STAFF_SCHEMA) {
    if (!reader.hasColumn(spec.key)) continue;
    if (!reader.has(spec.key)) {
      if (spec.required) reader.add(spec.key, "error", `${spec.header} が空欄です。`);
      continue;
    }
    const value = reader.read(spec.key, READERS.get(spec.key)!);
    // The parser of each field is chosen by its kind in the schema, so the value has the field's type.
    if (value !== undefined) (fields as Record<StaffField, unknown>)[spec.key] = value;
  }
  if (reader.data.cells.slice(headerWidth).some((c) => c.trim() !== "")) {
    reader.problems.push({ row: reader.row, column: `${headerWidth + 1}列目以降`, value: "", message: `見出しのない列に値があります（見出しは ${headerWidth} 列）。`, severity: "error" });
  }
  return fields;
}

const rowErrors = (problems: readonly ImportProblem[]) =>
  problems.filter((p) => p.severity === "error").map(({ row, column, message }) => ({ row, column, message }));

// ---- reading the list ------------------------------------------------------------------------

export interface StaffList {
  encoding: string;
  rows: StaffRow[];
  /** Header columns that are not the template's (ignored) and columns dropped as personal numbers, in Japanese, without a prefix. */
  warnings: string[];
  /** The header line as read (to show a problem's raw value by its column). */
  header?: string[];
  /** Why the file cannot be read at all (empty, duplicate or missing required column); rows is then empty. */
  fatal?: string;
  /** Every problem, of the file and of each row, in file order, as every import reports them. */
  problems: ImportProblem[];
}

/** The raw cells of a line of the table. */
function cellsAt(table: SourceTable, row: number): string[] {
  return table.rows[table.rowNumbers.indexOf(row)] ?? [];
}

/** A field named by two columns of the header (「社員番号」 twice, or 社員番号 and 従業員番号): which one is meant cannot be told. */
function duplicatedField(header: readonly string[]): string | undefined {
  const names = new Map(STAFF_SCHEMA.flatMap((f) => [f.header, ...f.synonyms].map((n) => [normalizeHeader(n), f.header] as const)));
  const seen = new Set<string>();
  for (const cell of header) {
    const field = names.get(normalizeHeader(cell));
    if (field === undefined) continue;
    if (seen.has(field)) return field;
    seen.add(field);
  }
  return undefined;
}

/** Why the whole file cannot be read, in the words the staff list's users know (it has no column mapping step). */
function fatalOf(prepared: Prepared<StaffField>, header: readonly string[]): string | undefined {
  if (prepared.report.headers.length === 0) return "ファイルが空です。1行目に見出し（templates/nencho-template.csv）が必要です。";
  const at = `${prepared.headerRow}行目`;
  const duplicated = duplicatedField(header);
  if (duplicated) return `${at} 列「${duplicated}」が重複しています。`;
  const missing = STAFF_SCHEMA.filter((f) => f.required && prepared.index[f.key] === undefined).map((f) => `「${f.header}」`);
  if (missing.length > 0) return `必須の列 ${missing.join("")} がありません（templates/nencho-template.csv を使ってください）。`;
  return prepared.fatal ? prepared.report.problems.find((p) => p.severity === "error")?.message : undefined;
}

/**
 * Ignored columns that have a header (a blank header says nothing), and the dropped personal-number columns.
 * A column is named as the engine names it: a "header" of digits may be someone's number, so it is named by
 * its column letter.
 */
function warningsOf(prepared: Prepared<StaffField>, header: readonly string[]): string[] {
  const at = `${prepared.headerRow}行目`;
  const ignored = new Set(prepared.report.ignoredColumns);
  const unknown = prepared.report.headers.flatMap((h, i) => (ignored.has(h) && (header[i] ?? "").trim() !== "" ? [`${at} 列「${h}」は使いません（docs/nencho.md の見出しと一致しません）。`] : []));
  const dropped = prepared.report.droppedColumns.length > 0 ? [`${at} 列「${prepared.report.droppedColumns.join("」「")}」はマイナンバー等の番号の列なので読み込みません（値はどこにも残していません）。`] : [];
  return [...unknown, ...dropped];
}

/** Rows above the header that hold data (title rows are left out): each a row with one error naming its line. */
function rowsAboveHeader(prepared: Prepared<StaffField>, table: SourceTable): StaffRow[] {
  const idColumn = prepared.index.id;
  return prepared.above.map(({ row, problems }) => {
    const cells = cellsAt(table, row);
    // The staff list's reporters always name a column.
    const errors = problems.map((p) => ({ row: p.row, column: "（行全体）", message: p.message }));
    return { row, id: idColumn === undefined ? "" : (cells[idColumn] ?? "").trim(), name: "", fields: {}, errors, cells };
  });
}

/**
 * A table (from a CSV, an .xlsx or pasted cells) → the staff list. Blank lines are not employees; every other
 * line below the header is a row, bad or not, and a line above it that holds data is a row with an error.
 */
export function readStaffTable(table: SourceTable): StaffList {
  const prepared = prepare(table, STAFF_SCHEMA, undefined, { exactHeaders: true });
  const header = prepared.report.headers.length === 0 ? [] : cellsAt(table, prepared.headerRow);
  const fatal = fatalOf(prepared, header);
  const encoding = table.encoding;
  if (fatal) return { encoding, rows: [], warnings: warningsOf(prepared, header), header, fatal, problems: [{ row: prepared.headerRow, column: "", value: "", message: fatal, severity: "error" }] };
  const readers = prepared.rows.map((row) => new RowReader(prepared, STAFF_SCHEMA, row));
  const fields = readers.map((reader) => readStaffRow(reader, header.length));
  const rows = readers.map((reader, i): StaffRow => ({
    row: reader.row,
    id: String(fields[i].id ?? reader.raw("id")),
    name: String(fields[i].name ?? ""),
    fields: fields[i],
    errors: rowErrors(reader.problems),
    cells: reader.data.cells,
  }));
  const { report } = finish(prepared, readers.map((reader, i) => ({ reader, record: fields[i] })));
  return { encoding, rows: [...rowsAboveHeader(prepared, table), ...rows], warnings: warningsOf(prepared, header), header, problems: report.problems };
}

/**
 * Read a staff list CSV: UTF-8 (with or without BOM) when the bytes are valid UTF-8, else Shift_JIS (Excel's
 * 「CSV」); comma or tab separated. An .xlsx needs readStaffListFile.
 * @example readStaffList(fs.readFileSync("examples/nencho-staff.csv")).rows.length // 6
 */
export function readStaffList(bytes: Uint8Array): StaffList {
  if (looksLikeZip(bytes)) return unreadable("", "Excel ブック（.xlsx）は CSV で保存し直してから読み込んでください。");
  try {
    const { text, encoding } = decodeText(bytes);
    return readStaffTable({ ...parseCsv(text, guessDelimiter(text)), encoding, date1904: false });
  } catch (e) {
    return unreadable("", e instanceof Error ? e.message : String(e));
  }
}

/** Read a staff list file, CSV or .xlsx (decided by the bytes; the name only improves the messages). */
export async function readStaffListFile(bytes: Uint8Array, fileName: string): Promise<StaffList> {
  try {
    return readStaffTable(await readTable(bytes, fileName));
  } catch (e) {
    if (!(e instanceof ImportError)) throw e;
    return unreadable("", e.message);
  }
}

/** The staff list from cells the user pasted into a sheet (Excel's `values`); row 1 is the range's first row. */
export function readStaffListCells(cells: readonly (readonly unknown[])[], firstRow = 1): StaffList {
  return readStaffTable(tableFromCells(cells, firstRow));
}

function unreadable(encoding: string, fatal: string): StaffList {
  return { encoding, rows: [], warnings: [], fatal, problems: [{ row: 1, column: "", value: "", message: fatal, severity: "error" }] };
}
