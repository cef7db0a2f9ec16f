/**
 * Column mapping: suggested from the headers, read back from the workbook's settings, or given by a preset
 * recognised from the headers.
 */
import { FieldSpec, Schema } from "../calc/records/schema";
import { normalizeHeader, withoutBrackets } from "./schema";
import { isSensitiveHeader } from "./sensitive";
import { ColumnMapping, MappingPreset, RowFilter } from "./columnMapping";
import { ImportError } from "./types";
import { mappedHeaders } from "./layout";

export type { ColumnMapping, CombinedColumns, MappingPreset, RowFilter } from "./columnMapping";

/**
 * Suggest a mapping from the headers: exact matches of the template header or a synonym first, then the
 * same without bracketed notes ("基本給（月額）") unless `exactOnly` (a layout whose fields differ only by a
 * bracket, 一般の生命保険料（新）・（旧）). Each column serves one field, except that a single "標準報酬月額"
 * serves both 健保 and 厚年 when the file has no separate columns (see `shared`).
 */
export function suggestMapping<K extends string>(
  schema: Schema<K>,
  headers: readonly string[],
  shared: Partial<Record<K, K>> = {},
  exactOnly = false,
): ColumnMapping<K> {
  const columns: Partial<Record<K, string>> = {};
  const used = new Set<number>();
  const names = headers.map((h) => (isSensitiveHeader(h) ? "" : normalizeHeader(h)));
  const passes: ((h: string) => string)[] = exactOnly ? [(h) => h] : [(h) => h, withoutBrackets];
  for (const pass of passes) {
    for (const field of schema) {
      if (columns[field.key] !== undefined) continue;
      const wanted = new Set(namesOf(field).map(pass));
      const i = names.findIndex((h, i) => h !== "" && !used.has(i) && !(pass === withoutBrackets && TAX_NOTE.test(h)) && wanted.has(pass(h)));
      if (i >= 0) {
        columns[field.key] = headers[i];
        used.add(i);
      }
    }
  }
  for (const [field, from] of Object.entries(shared) as [K, K][]) {
    if (columns[field] === undefined && columns[from] !== undefined) columns[field] = columns[from];
  }
  return { version: 1, columns };
}

/**
 * A bracket about tax (「通勤手当（課税）」) changes what the amount is — only part of an allowance — so such a
 * header is never matched to the plain field by dropping its brackets; the clerk maps it.
 */
const TAX_NOTE = /[(\[【][^)\]】]*課税[^)\]】]*[)\]】]/;

function namesOf(field: FieldSpec): string[] {
  return [field.header, ...field.synonyms].map(normalizeHeader);
}

/** How many of the headers a schema recognises (to find the header row and to pick a preset). */
export function recognisedCount(schema: Schema, headers: readonly string[]): number {
  let all = KNOWN_NAMES.get(schema);
  if (!all) KNOWN_NAMES.set(schema, (all = new Set(schema.flatMap((f) => namesOf(f)))));
  return headers.filter((h) => all.has(normalizeHeader(h))).length;
}
// The header search may score every row of a file whose header moved to the bottom: build the names once.
const KNOWN_NAMES = new WeakMap<Schema, ReadonlySet<string>>();

/** The required fields that have neither a column nor a default. */
export function missingRequired<K extends string>(schema: Schema<K>, mapping: ColumnMapping<K>): FieldSpec<K>[] {
  return schema.filter((f) => f.required && mapping.columns[f.key] === undefined && mapping.combined?.[f.key] === undefined && mapping.defaults?.[f.key] === undefined);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * A mapping read back from the workbook's settings (or any JSON): checked strictly, so that a stale or
 * edited setting fails with a message instead of importing the wrong columns.
 */
export function parseMapping<K extends string>(schema: Schema<K>, json: unknown): ColumnMapping<K> {
  const fail = (what: string) => new ImportError(`保存された列の対応付けが読めません（${what}）。対応付けをやり直してください。`);
  const value = typeof json === "string" ? safeParse(json) : json;
  if (!isRecord(value)) throw fail("JSON のオブジェクトではありません");
  if (value.version !== 1) throw fail(`版 ${String(value.version)} は未対応です`);
  const keys = new Set<string>(schema.map((f) => f.key));
  const section = (name: "columns" | "defaults"): Partial<Record<K, string>> | undefined => {
    const s = value[name];
    if (s === undefined && name === "defaults") return undefined;
    if (!isRecord(s)) throw fail(`${name} がありません`);
    for (const [k, v] of Object.entries(s)) {
      if (!keys.has(k)) throw fail(`項目「${k}」はこの取込にありません`);
      if (typeof v !== "string") throw fail(`${name}.${k} が文字列ではありません`);
    }
    return s as Partial<Record<K, string>>;
  };
  const out: ColumnMapping<K> = { version: 1, columns: section("columns") ?? {} };
  const defaults = section("defaults");
  if (defaults) out.defaults = defaults;
  if (value.values !== undefined) {
    if (!isRecord(value.values)) throw fail("values がオブジェクトではありません");
    for (const [k, table] of Object.entries(value.values)) {
      if (!keys.has(k)) throw fail(`項目「${k}」はこの取込にありません`);
      if (!isRecord(table) || Object.values(table).some((v) => typeof v !== "string")) throw fail(`values.${k} は「元の値: 変換後の値」の表にしてください`);
    }
    out.values = value.values as ColumnMapping<K>["values"];
  }
  if (value.preset !== undefined) {
    if (typeof value.preset !== "string") throw fail("preset が文字列ではありません");
    out.preset = value.preset;
  }
  readLayout(value, keys, fail, out);
  return out;
}

const NOTATIONS: readonly string[] = ["decimal", "sexagesimal", "minutes"];
const isTexts = (v: unknown): v is string[] => Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === "string");

/** The parts of a mapping about the file's layout: 時間の表記, several columns per field, no header row, row filters. */
function readLayout<K extends string>(value: Record<string, unknown>, keys: ReadonlySet<string>, fail: (what: string) => Error, out: ColumnMapping<K>): void {
  if (value.hours !== undefined) {
    if (typeof value.hours !== "string" || !NOTATIONS.includes(value.hours)) throw fail("hours は decimal・sexagesimal・minutes のどれかにしてください");
    out.hours = value.hours as ColumnMapping["hours"];
  }
  if (value.noHeader !== undefined) {
    if (typeof value.noHeader !== "boolean") throw fail("noHeader は true か false にしてください");
    if (value.noHeader) out.noHeader = true;
  }
  if (value.combined !== undefined) {
    if (!isRecord(value.combined)) throw fail("combined がオブジェクトではありません");
    for (const [k, c] of Object.entries(value.combined)) {
      if (!keys.has(k)) throw fail(`項目「${k}」はこの取込にありません`);
      if (!isRecord(c) || (c.how !== "join" && c.how !== "sum") || !isTexts(c.columns)) throw fail(`combined.${k} は { "how": "join" か "sum", "columns": [列, …] } にしてください`);
      if (c.separator !== undefined && typeof c.separator !== "string") throw fail(`combined.${k}.separator が文字列ではありません`);
    }
    out.combined = value.combined as ColumnMapping<K>["combined"];
  }
  if (value.filters !== undefined) {
    if (!Array.isArray(value.filters) || !value.filters.every((f) => isRecord(f) && typeof f.column === "string" && isTexts(f.equals))) {
      throw fail('filters は [{ "column": 列, "equals": [値, …] }] にしてください');
    }
    out.filters = value.filters as RowFilter[];
  }
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The preset whose every column is in the headers, if any (used when no mapping is given; the pane shows it). */
export function detectPreset<K extends string>(presets: readonly MappingPreset<K>[], headers: readonly string[]): MappingPreset<K> | undefined {
  const have = new Set(headers.map(normalizeHeader));
  return presets.find((p) => mappedHeaders(p.mapping).every((h) => have.has(normalizeHeader(h))));
}
