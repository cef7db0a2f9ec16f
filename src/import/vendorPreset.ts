/**
 * What a vendor preset is, and the mapping it makes of a file's headers. Exports whose layout the office designs
 * (KING OF TIME, freee, SmartHR, ジョブカン let the office build it) have no fixed column order, so a preset is the
 * vendor's header names — with the old and the new name where the vendor renamed a column — the columns to join or
 * add up, and the rows to keep. A preset is chosen from the headers and shown; what it does not name is left to the
 * ordinary suggestion, and the clerk confirms the whole as always.
 */
import type { ColumnMapping, CombinedColumns, RowFilter } from "./columnMapping";
import { normalizeHeader } from "./schema";

export interface VendorPreset<K extends string = string> {
  id: string;
  /** Japanese name shown to the clerk. */
  name: string;
  description: string;
  /** The export is recognised when, for every group, one of its headers is in the file. */
  recognise: string[][];
  /** Field → its header, by the first of the alternatives present. */
  columns: Partial<Record<K, string[]>>;
  /** Field → parts (each part: alternative headers). join needs every part; sum adds the parts present. */
  combined?: Partial<Record<K, { how: CombinedColumns["how"]; parts: string[][] }>>;
  filters?: RowFilter[];
}

/** The first preset every group of whose recognising headers is in the file. */
export function recognisedPreset<K extends string>(presets: readonly VendorPreset<K>[], headers: readonly string[]): VendorPreset<K> | undefined {
  const present = presentIn(headers);
  return presets.find((p) => p.recognise.every((group) => present(group) !== undefined));
}

/** The file's header for the first of the alternatives it has. */
function presentIn(headers: readonly string[]): (alternatives: readonly string[]) => string | undefined {
  const have = new Map(headers.map((h) => [normalizeHeader(h), h]));
  return (alternatives) => alternatives.map((a) => have.get(normalizeHeader(a))).find((h) => h !== undefined);
}

/**
 * The mapping a preset makes of these headers, over the suggestion (which keeps the fields the preset does not
 * name); undefined when no preset recognises them.
 */
export function vendorMapping<K extends string>(presets: readonly VendorPreset<K>[], headers: readonly string[], suggestion: ColumnMapping<K>): ColumnMapping<K> | undefined {
  const preset = recognisedPreset(presets, headers);
  if (!preset) return undefined;
  const present = presentIn(headers);
  const out: ColumnMapping<K> = { ...suggestion, version: 1, preset: preset.id, columns: { ...suggestion.columns } };
  for (const [key, alternatives] of Object.entries(preset.columns) as [K, string[]][]) {
    const h = present(alternatives);
    if (h !== undefined) out.columns[key] = h;
  }
  const combined = combinedOf(preset, present);
  for (const key of Object.keys(combined) as K[]) delete out.columns[key];
  if (Object.keys(combined).length > 0) out.combined = combined;
  const filters = (preset.filters ?? []).filter((f) => present([f.column]) !== undefined);
  if (filters.length > 0) out.filters = filters;
  return out;
}

/** The combined fields whose parts the file has (a join needs every part, a sum the parts present). */
function combinedOf<K extends string>(preset: VendorPreset<K>, present: (alternatives: readonly string[]) => string | undefined): Partial<Record<K, CombinedColumns>> {
  const combined: Partial<Record<K, CombinedColumns>> = {};
  for (const [key, c] of Object.entries(preset.combined ?? {}) as [K, { how: CombinedColumns["how"]; parts: string[][] }][]) {
    const found = c.parts.map(present);
    const columns = found.filter((h): h is string => h !== undefined);
    if (columns.length === 0 || (c.how === "join" && columns.length < found.length)) continue;
    combined[key] = { how: c.how, columns };
  }
  return combined;
}
