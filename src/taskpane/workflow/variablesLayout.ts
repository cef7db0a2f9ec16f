/**
 * The 勤怠・変動 file's layout as the pane shows it: the 時間の表記 with the first values of each hour field as Sonae
 * reads them (`7.30 → 7時間30分`), the question when a 10進 file looks 60進, and each field with the column or
 * columns it reads (several hour columns are added up, as KING OF TIME's 深夜所定 and 深夜残業).
 */
import type { ColumnMapping } from "../../import/columnMapping";
import { HOUR_NOTATION_LABELS, formatHours, type HourNotation } from "../../import/hourNotation";
import { isNotationQuestion } from "../../import/hoursColumns";
import { isSensitiveHeader } from "../../import/sensitive";
import { VARIABLES_SCHEMA, type VariablesField, type VariablesImportResult } from "../../import/variables";
import { fieldColumns } from "./fileLayout";

/** Key of the remembered 勤怠 mapping in the workbook's settings, beside the master's. */
export const VARIABLES_MAPPING_SETTING_KEY = "sonae.variablesMapping";

export const HOUR_NOTATION_CHOICES: readonly { value: HourNotation; label: string }[] = [
  { value: "decimal", label: `${HOUR_NOTATION_LABELS.decimal}（1時間15分 = 1.25）` },
  { value: "sexagesimal", label: `${HOUR_NOTATION_LABELS.sexagesimal}（1時間15分 = 1.15）` },
  { value: "minutes", label: `${HOUR_NOTATION_LABELS.minutes}（1時間15分 = 75）` },
];

export interface HourPreview {
  label: string;
  /** 「7.30 → 7時間30分」, one per value, in file order. */
  samples: string[];
}

const LABEL = new Map(VARIABLES_SCHEMA.map((f) => [f.key, f.header]));

/** The first values of each hour field, as written and as read. */
export function hourPreview(result: VariablesImportResult): HourPreview[] {
  return (Object.entries(result.hourSamples) as [VariablesField, { text: string; hours?: number }[]][]).map(([field, samples]) => ({
    label: LABEL.get(field) ?? field,
    samples: samples.map((s) => `${s.text} → ${s.hours === undefined ? "読めません" : formatHours(s.hours)}`),
  }));
}

/** The questions about a 10進 file that looks 60進, each naming its column. */
export function notationQuestions(result: VariablesImportResult): string[] {
  return result.problems.filter(isNotationQuestion).map((p) => `列「${p.column}」: ${p.message}`);
}

export interface FieldColumnsLine {
  field: VariablesField;
  label: string;
  /** The columns read: several are added up. */
  columns: string[];
}

/** 社員番号 and every item, each with the columns it reads now. */
export function variablesFieldLines(mapping: ColumnMapping<VariablesField>): FieldColumnsLine[] {
  return VARIABLES_SCHEMA.filter((f) => f.key !== "name").map((f) => ({ field: f.key, label: f.required ? `${f.header}（必須）` : f.header, columns: fieldColumns(mapping, f.key) }));
}

/** The columns the file offers (personal-number columns are never offered). */
export function columnOptions(headers: readonly string[]): string[] {
  return headers.filter((h) => !isSensitiveHeader(h));
}
