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

/**
 * The question about a 10進 file that looks 60進, once for all its columns (the problem list names each column on
 * its own line), and what to do here: choose 60進 above.
 */
export function notationQuestions(result: VariablesImportResult): string[] {
  const columns = result.problems.filter(isNotationQuestion).map((p) => `「${p.column}」`);
  if (columns.length === 0) return [];
  return [
    `列${columns.join("")}の時間を${HOUR_NOTATION_LABELS.decimal}（7.5 = 7時間30分）として読みました。小数点以下がすべて .59 以下で .15・.30・.45 があり、` +
      `${HOUR_NOTATION_LABELS.sexagesimal}（7.30 = 7時間30分）で書かれたファイルかもしれません。出力元の設定（時間表示形式）を確かめ、60進なら上の「時間の表記」で「60進」を選んでください。`,
  ];
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
