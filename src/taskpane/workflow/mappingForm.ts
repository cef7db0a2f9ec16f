/**
 * The 列の対応付け step as data: one line per Sonae field (the template's header, required or not, what it
 * holds) with the file's column chosen for it, the choices for each dropdown, what is still wrong, and
 * the mapping remembered in the workbook's settings (JSON, read back strictly by parseMapping).
 */
import type { ColumnMapping, MappingPreset, MasterField } from "../../import";
import { MASTER_SCHEMA } from "../../import/template";
import { parseMapping } from "../../import/mapping";
import { SONAE_TEMPLATE_PRESET } from "../../import/presets";
import { isSensitiveHeader } from "../../import/sensitive";
import { normalizeHeader } from "../../import/schema";
import { letterIndex, mappedHeaders } from "../../import/layout";
import type { Schema } from "../../calc/records/schema";

/** The field keys, for the components that offer them. */
export type { MasterField };

/** The dropdown's value for "no column". */
export const NO_COLUMN = "";
export const NO_COLUMN_LABEL = "（使わない）";

/** Fields that may share one column (a single 標準報酬月額 column serves 健保 and 厚年). */
const MAY_SHARE: ReadonlyArray<readonly MasterField[]> = [["healthStandard", "pensionStandard"]];

export interface MappingLine {
  field: MasterField;
  /** Sonae's name for the field (the template's header). */
  label: string;
  required: boolean;
  help: string;
  /** The file's column, or NO_COLUMN. */
  column: string;
  /** A value given for every row (the mapping's default), shown under the dropdown. */
  defaultValue?: string;
  /** The mapping translates this column's values (社労夢's 預金種目 0/1 → 1/2). */
  translated?: string;
  /** The field is made of several columns ("姓＋名 をつなぎます"); `column` is then NO_COLUMN. */
  combined?: string;
  /** What is wrong with this line, in Japanese. */
  error?: string;
  warning?: string;
}

export interface MappingView {
  lines: MappingLine[];
  /** The file's columns offered in every dropdown (personal-number columns are never offered). */
  options: string[];
  /** Columns the file has and no field uses. */
  unused: string[];
  /** Personal-number columns, never imported. */
  dropped: string[];
  errors: number;
}

function sharesAllowed(fields: readonly MasterField[]): boolean {
  return MAY_SHARE.some((group) => fields.every((f) => group.includes(f)));
}

export function mappingView(headers: readonly string[], mapping: ColumnMapping<MasterField>): MappingView {
  const dropped = headers.filter(isSensitiveHeader);
  const options = headers.filter((h) => !isSensitiveHeader(h));
  const byColumn = new Map<string, MasterField[]>();
  for (const f of MASTER_SCHEMA) {
    const c = mapping.columns[f.key];
    if (c !== undefined) byColumn.set(c, [...(byColumn.get(c) ?? []), f.key]);
  }
  const loose = new Set(headers.map(normalizeHeader));
  const lines = MASTER_SCHEMA.map((f): MappingLine => {
    const column = mapping.columns[f.key] ?? NO_COLUMN;
    const defaultValue = mapping.defaults?.[f.key];
    const table = mapping.values?.[f.key];
    const line: MappingLine = { field: f.key, label: f.header, required: f.required, help: f.help, column };
    if (defaultValue !== undefined) line.defaultValue = defaultValue;
    if (table) line.translated = Object.entries(table).map(([from, to]) => `${from}→${to}`).join("、");
    const combined = mapping.combined?.[f.key];
    if (combined) {
      line.combined = `${combined.columns.join("＋")} を${combined.how === "join" ? "つなぎます" : "合計します"}`;
      const missing = combined.columns.filter((c) => !headers.includes(c) && !loose.has(normalizeHeader(c)));
      if (missing.length > 0) line.error = `列${missing.map((c) => `「${c}」`).join("")}がこのファイルにありません。`;
    } else if (column === NO_COLUMN) {
      if (f.required && defaultValue === undefined) line.error = `必須の項目です。ファイルの列を選んでください。`;
    } else if (!headers.includes(column) && !loose.has(normalizeHeader(column))) {
      line.error = `列「${column}」がこのファイルにありません。別の列を選んでください。`;
    } else if (isSensitiveHeader(column)) {
      line.error = `列「${column}」はマイナンバー等の取り込まない列です。`;
    } else {
      const sharing = byColumn.get(column) ?? [];
      if (sharing.length > 1 && !sharesAllowed(sharing)) {
        const others = sharing.filter((k) => k !== f.key).map((k) => MASTER_SCHEMA.find((x) => x.key === k)?.header ?? k);
        line.warning = `列「${column}」は ${others.map((o) => `「${o}」`).join("")} にも対応付けています。`;
      }
    }
    return line;
  });
  const used = new Set([...Object.values(mapping.columns as Record<string, string>), ...Object.values(mapping.combined ?? {}).flatMap((c) => c?.columns ?? [])]);
  return {
    lines,
    options,
    unused: options.filter((h) => !used.has(h)),
    dropped,
    errors: lines.filter((l) => l.error).length,
  };
}

/** The mapping with one field's column changed (NO_COLUMN removes it). A value translation stays with its field only while the column does. */
export function setColumn(mapping: ColumnMapping<MasterField>, field: MasterField, column: string): ColumnMapping<MasterField> {
  const columns = { ...mapping.columns };
  const values = mapping.values ? { ...mapping.values } : undefined;
  if (column === NO_COLUMN) delete columns[field];
  else columns[field] = column;
  if (values && mapping.columns[field] !== column) delete values[field];
  // The file's layout (時間の表記, no header row, row filters, the other fields' combined columns) stays as it was.
  const { values: _values, combined: _combined, ...rest } = mapping;
  const out: ColumnMapping<MasterField> = { ...rest, version: 1, columns };
  if (values && Object.keys(values).length > 0) out.values = values;
  const combined = { ...mapping.combined };
  delete combined[field];
  if (Object.keys(combined).length > 0) out.combined = combined;
  return out;
}

/** One column of the file and the Sonae fields that read it (the pane's per-column dropdown). */
export interface ColumnLine {
  header: string;
  fields: MasterField[];
  /** Labels of those fields ("健保標準報酬月額・厚年標準報酬月額"), or NO_COLUMN_LABEL. */
  fieldsLabel: string;
  /** A personal-number column: never imported, no dropdown. */
  dropped: boolean;
}

const LABEL = new Map(MASTER_SCHEMA.map((f) => [f.key, f.header]));

function fieldLabel(field: MasterField): string {
  return LABEL.get(field) ?? field;
}

/** The file's columns in file order, each with the fields mapped to it. */
export function columnLines(headers: readonly string[], mapping: ColumnMapping<MasterField>): ColumnLine[] {
  return headers.map((header) => {
    const dropped = isSensitiveHeader(header);
    const fields = dropped ? [] : MASTER_SCHEMA.filter((f) => mapping.columns[f.key] === header || mapping.combined?.[f.key]?.columns.includes(header)).map((f) => f.key);
    return { header, fields, fieldsLabel: fields.length > 0 ? fields.map(fieldLabel).join("・") : NO_COLUMN_LABEL, dropped };
  });
}

/**
 * The mapping after the clerk chose `fields` for the column `header`: those fields now read this column
 * (each field reads one column, so they leave any other), and fields that read it before and are no
 * longer chosen read no column.
 */
export function assignFields(mapping: ColumnMapping<MasterField>, header: string, fields: readonly MasterField[]): ColumnMapping<MasterField> {
  let out = mapping;
  for (const f of MASTER_SCHEMA) {
    const chosen = fields.includes(f.key);
    const here = mapping.columns[f.key] === header || mapping.combined?.[f.key]?.columns.includes(header) === true;
    if (chosen && !here) out = setColumn(out, f.key, header);
    else if (!chosen && here) out = setColumn(out, f.key, NO_COLUMN);
  }
  return out;
}

/** The required fields, each with the column that serves it (or none). */
export function requiredStatus(mapping: ColumnMapping<MasterField>): { field: MasterField; label: string; column?: string; byDefault?: string }[] {
  return MASTER_SCHEMA.filter((f) => f.required).map((f) => ({
    field: f.key,
    label: f.header,
    column: mapping.columns[f.key] ?? mapping.combined?.[f.key]?.columns.join("＋"),
    byDefault: mapping.defaults?.[f.key],
  }));
}

export interface OutputNeed {
  /** What the fields are for: 給与計算 or 全銀（振込データ）. */
  output: string;
  fields: { label: string; column?: string; byDefault?: string; fromFile?: string }[];
}

const PAYROLL_EXTRA: readonly MasterField[] = ["healthStandard", "pensionStandard"];
const ZENGIN_FIELDS: readonly MasterField[] = ["bankCode", "branchCode", "accountType", "accountNumber"];

/**
 * Which fields each output needs, and where each comes from: the payroll workbook needs the required fields
 * and the 標準報酬月額 (without them nobody pays social insurance); the 全銀 file needs the account, from
 * this file or from a separate bank-account file.
 * @example outputNeeds(mapping, undefined)[1].output // "全銀（振込データ）"
 */
export function outputNeeds(mapping: ColumnMapping<MasterField>, bankFileName: string | undefined): OutputNeed[] {
  const line = (key: MasterField) => {
    const f = MASTER_SCHEMA.find((x) => x.key === key)!;
    return { label: f.header, column: mapping.columns[key] ?? mapping.combined?.[key]?.columns.join("＋"), byDefault: mapping.defaults?.[key] };
  };
  const payroll = [...MASTER_SCHEMA.filter((f) => f.required).map((f) => f.key), ...PAYROLL_EXTRA].map(line);
  const zengin = ZENGIN_FIELDS.map((k) => (bankFileName && mapping.columns[k] === undefined ? { ...line(k), fromFile: bankFileName } : line(k)));
  return [
    { output: "給与計算", fields: payroll },
    { output: "全銀（振込データ）", fields: zengin },
  ];
}

/** One prominent warning when the file has no 標準報酬月額 column: a per-row note would be read too late. */
export function mappingWarnings(mapping: ColumnMapping<MasterField>): string[] {
  const missing = PAYROLL_EXTRA.filter((k) => mapping.columns[k] === undefined).map((k) => `「${MASTER_SCHEMA.find((f) => f.key === k)!.header}」`);
  if (missing.length === 0) return [];
  return [`${missing.join("")}の列がありません。このままでは、その保険料（健康保険・介護・厚生年金）が全員 0円で計算されます。列があれば下の一覧で選び、なければ元のシステムから出力し直してください。`];
}

/** Presets offered for the master file. */
export const MASTER_PRESETS: readonly MappingPreset<MasterField>[] = [SONAE_TEMPLATE_PRESET];

/** The mapping of a preset the clerk chose, or undefined for 「自動」 (the suggestion from the headers). */
export function presetMapping(id: string): ColumnMapping<MasterField> | undefined {
  return MASTER_PRESETS.find((preset) => preset.id === id)?.mapping;
}

/** A field offered in every column's dropdown. */
export interface FieldChoice {
  field: MasterField;
  label: string;
  required: boolean;
}

export const MASTER_FIELD_CHOICES: FieldChoice[] = MASTER_SCHEMA.map((f) => ({ field: f.key, label: f.header, required: f.required }));

/** Where the mapping on screen came from, in a sentence. */
export function mappingOriginText(origin: "suggested" | "saved" | "preset" | "edited"): string {
  return {
    suggested: "見出しの名前から対応を推測しました。",
    saved: "このブックに保存した前回の対応付けを使っています。",
    preset: "ひな形の対応付けを使っています。",
    edited: "変更した対応付けで読み直しました。",
  }[origin];
}

/** Key of the remembered master mapping in the workbook's settings (Office.context.document.settings). */
export const MAPPING_SETTING_KEY = "sonae.masterMapping";

/** The JSON stored in the workbook's settings. */
export function serializeMapping(mapping: ColumnMapping<MasterField>): string {
  return JSON.stringify(mapping);
}

/**
 * A remembered mapping, if it fits this file: every column it names (single, joined or summed, filtered) is among
 * the headers, compared as the import compares them; a mapping of a file without a header row fits a file at least
 * as wide as the last column it names. A stored value that cannot be read is ignored with the reason.
 */
export function savedMappingFor(stored: unknown, headers: readonly string[]): { mapping?: ColumnMapping<MasterField>; problem?: string } {
  return savedMappingOf(MASTER_SCHEMA, stored, headers);
}

export function savedMappingOf<K extends string>(schema: Schema<K>, stored: unknown, headers: readonly string[]): { mapping?: ColumnMapping<K>; problem?: string } {
  if (stored === undefined || stored === null || stored === "") return {};
  let mapping: ColumnMapping<K>;
  try {
    mapping = parseMapping(schema, stored);
  } catch (e) {
    return { problem: e instanceof Error ? e.message : String(e) };
  }
  const columns = mappedHeaders(mapping);
  if (columns.length === 0) return {};
  if (mapping.noHeader) return columns.every((c) => (letterIndex(c) ?? Infinity) < headers.length) ? { mapping } : {};
  const have = new Set(headers.map(normalizeHeader));
  return columns.every((c) => have.has(normalizeHeader(c))) ? { mapping } : {};
}
