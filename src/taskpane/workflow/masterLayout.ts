/**
 * The master's fields that may be made of several columns, as the 列の対応付け step offers them: 氏名 and 氏名カナ
 * joined from split names (SmartHR, ジョブカン, KING OF TIME write 姓 and 名 apart), 所属 joined, and the amounts
 * added up from the vendor's own columns.
 */
import type { ColumnMapping, CombinedColumns } from "../../import/columnMapping";
import { MASTER_SCHEMA, type MasterField } from "../../calc/records/master";
import { fieldColumns } from "./fileLayout";

const COMBINABLE: readonly { field: MasterField; how: CombinedColumns["how"] }[] = [
  { field: "name", how: "join" },
  { field: "nameKana", how: "join" },
  { field: "department", how: "join" },
  { field: "fixedAllowance", how: "sum" },
  { field: "commuteAllowance", how: "sum" },
  { field: "residentTax", how: "sum" },
];

const HOW_TEXT: Readonly<Record<CombinedColumns["how"], string>> = { join: "つなぎます（氏名は全角空白、カナは半角空白）", sum: "合計します" };

export interface CombinableLine {
  field: MasterField;
  label: string;
  columns: string[];
  several: string;
}

export function combinableLines(mapping: ColumnMapping<MasterField>): CombinableLine[] {
  return COMBINABLE.map(({ field, how }) => ({ field, label: MASTER_SCHEMA.find((f) => f.key === field)!.header, columns: fieldColumns(mapping, field), several: HOW_TEXT[how] }));
}

/** join for a text field, sum for an amount. */
export function combineHow(field: MasterField): CombinedColumns["how"] {
  return COMBINABLE.find((c) => c.field === field)?.how ?? "sum";
}
