/**
 * Column mapping: which column of the file holds which field. Sonae's template maps itself; other exports
 * get suggestions from their header names, which the user confirms once; the pane keeps the mapping as
 * JSON in the workbook's settings. A mapping may also translate a column's values (社労夢's 預金種目
 * 0=普通/1=当座 → 全銀 1/2) and give a value for every row when a field has no column or a blank cell.
 */
import type { HourNotation } from "./hourNotation";

export interface ColumnMapping<K extends string = string> {
  version: 1;
  /** The preset it came from (for display), e.g. "sonae-template", "sharoum-bank". */
  preset?: string;
  /** Field → the header text of its column in the file. */
  columns: Partial<Record<K, string>>;
  /**
   * Field → value translation, applied to the cell (after NFKC and trimming) before it is read. Strict:
   * a non-blank value not in the table is an error, so that a code is never passed on unconverted.
   */
  values?: Partial<Record<K, Record<string, string>>>;
  /** Field → the value used when the field has no column or its cell is blank (e.g. 健康保険 "東京都"). */
  defaults?: Partial<Record<K, string>>;
  /** How the file writes hours (10進 `1.25`, 60進 `1.15`, 分 `75`); absent means 10進. */
  hours?: HourNotation;
  /**
   * Field → several columns read as one: "join" puts texts together (姓 + 名 → 氏名), "sum" adds numbers
   * (KING OF TIME writes night work in more than one column). Takes the place of `columns` for that field.
   */
  combined?: Partial<Record<K, CombinedColumns>>;
  /** The file has no header row: `columns` and `combined` name columns by letter (A, B, … AA). */
  noHeader?: boolean;
  /** Only rows whose column holds one of the values are read; the others are counted and reported. */
  filters?: RowFilter[];
}

export interface CombinedColumns {
  how: "join" | "sum";
  columns: string[];
  /** For "join": what goes between the parts; by default a full-width space, a half-width one for カナ. */
  separator?: string;
}

export interface RowFilter {
  column: string;
  /** The values kept (compared after NFKC and trimming). */
  equals: string[];
}

export interface MappingPreset<K extends string = string> {
  id: string;
  /** Japanese name shown in the pane. */
  name: string;
  description: string;
  mapping: ColumnMapping<K>;
}
