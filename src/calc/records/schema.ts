/**
 * A record layout as data: the fields of one kind of input (the 従業員 master, the month's 勤怠・変動, the
 * system's last results, the bank accounts, the 年末調整 staff list), each with the header of Sonae's own
 * template, the header names other systems use for it (for mapping suggestions), whether it is required,
 * and a Japanese description for the template's documentation and the pane's tooltips. Every layer reads
 * the same layout: the import maps files onto it, the workbook writes its columns.
 */
export interface FieldSpec<K extends string = string> {
  key: K;
  /** The header in Sonae's template. */
  header: string;
  required: boolean;
  /** Other header names for this field (compared after the import's header normalisation). */
  synonyms: readonly string[];
  /** What it holds and the forms accepted, in Japanese. */
  help: string;
}

export type Schema<K extends string = string> = readonly FieldSpec<K>[];
