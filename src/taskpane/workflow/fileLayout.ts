/**
 * The file's layout as the clerk sets it in the pane, for the master and the 勤怠 file alike: the vendor preset
 * found (shown, and turned off on request), several columns for one field (join or sum), no header row, a row
 * filter, and the mapping written out as the JSON file the command line reads with --mapping / --variables-mapping.
 * Every function returns a new mapping; the import reads the file again with it.
 */
import type { ColumnMapping, CombinedColumns } from "../../import/columnMapping";
import type { HourNotation } from "../../import/hourNotation";
import { recognisedPreset, VENDOR_PRESETS, type VendorPreset } from "../../import/vendorPresets";
import type { DownloadFile } from "./downloads";

/** The vendor preset a mapping came from, as the pane says it: 「KING OF TIME 月別データ」として読みました. */
export function presetNotice(mapping: ColumnMapping): { name: string; text: string; description: string } | undefined {
  const preset = VENDOR_PRESETS.find((p) => p.id === mapping.preset);
  if (!preset) return undefined;
  return { name: preset.name, text: `「${preset.name}」として読みました。`, description: preset.description };
}

/** The name of the preset these headers would be read by (to offer it back after the clerk turned it off). */
export function presetFor<K extends string>(presets: readonly VendorPreset<K>[], headers: readonly string[]): string | undefined {
  return recognisedPreset(presets, headers)?.name;
}

/**
 * The mapping with the field read from these columns: none, one (an ordinary column) or several — joined for a text
 * (姓＋名 → 氏名), added up for a number (several hour columns → 深夜時間).
 */
export function withFieldColumns<K extends string>(mapping: ColumnMapping<K>, field: NoInfer<K>, columns: readonly string[], how: CombinedColumns["how"]): ColumnMapping<K> {
  const out: ColumnMapping<K> = { ...mapping, columns: { ...mapping.columns } };
  const combined: Partial<Record<K, CombinedColumns>> = { ...mapping.combined };
  delete combined[field];
  delete out.columns[field];
  if (columns.length === 1) out.columns[field] = columns[0];
  if (columns.length > 1) combined[field] = { how, columns: [...columns] };
  if (Object.keys(combined).length > 0) out.combined = combined;
  else delete out.combined;
  if (out.values?.[field] && out.columns[field] !== mapping.columns[field]) {
    const values = { ...out.values };
    delete values[field];
    out.values = values;
  }
  return out;
}

/** The columns a field reads now (one, several, or none). */
export function fieldColumns<K extends string>(mapping: ColumnMapping<K>, field: K): string[] {
  const combined = mapping.combined?.[field];
  if (combined) return [...combined.columns];
  const column = mapping.columns[field];
  return column === undefined ? [] : [column];
}

/**
 * No header row: every column is named by its letter (A列, B列 …) and the clerk maps them again; the 時間の表記 stays.
 * Turned off, the mapping is left to the headers again (undefined).
 */
export function withNoHeader<K extends string>(mapping: ColumnMapping<K>, noHeader: boolean): ColumnMapping<K> | undefined {
  if (!noHeader) return undefined;
  const out: ColumnMapping<K> = { version: 1, columns: {}, noHeader: true };
  if (mapping.hours) out.hours = mapping.hours;
  return out;
}

/** Only the rows whose column holds the value (種別 = 給与); a blank value or column removes the filter. */
export function withRowFilter<K extends string>(mapping: ColumnMapping<K>, column: string, value: string): ColumnMapping<K> {
  const out: ColumnMapping<K> = { ...mapping };
  const values = value.split(/[、,]/).map((v) => v.trim()).filter((v) => v !== "");
  if (column === "" || values.length === 0) delete out.filters;
  else out.filters = [{ column, equals: values }];
  return out;
}

/** The row filter as the pane edits it: one column and its values separated by 「、」. */
export function rowFilterOf(mapping: ColumnMapping): { column: string; value: string } {
  const f = mapping.filters?.[0];
  return f ? { column: f.column, value: f.equals.join("、") } : { column: "", value: "" };
}

export function withHours<K extends string>(mapping: ColumnMapping<K>, hours: HourNotation): ColumnMapping<K> {
  return { ...mapping, hours };
}

/**
 * The mapping as the JSON file the command line reads (`--mapping FILE`, `--variables-mapping FILE`): the same
 * object the workbook remembers, readable by parseMapping, UTF-8 with a final newline.
 */
export function mappingFile(mapping: ColumnMapping, what: "従業員マスタ" | "勤怠変動"): DownloadFile {
  return { bytes: `${JSON.stringify(mapping, null, 2)}\n`, fileName: `sonae-対応付け-${what}.json`, mimeType: "application/json;charset=utf-8" };
}
