/**
 * The 月額変更届 candidates as a worksheet: the 変動月, the three months from it (支給月, 基礎日数, 通貨, 現物,
 * 合計), 総計 and 平均, and the 従前 and 改定後 標準報酬月額 with the change of grade that makes the person a
 * candidate (two grades or more) — so the clerk confirms each before filing. The months differ from person
 * to person, so they are headed 1か月目–3か月目 and each row names its months.
 */
import type { GeppenEntry } from "../../todoke";
import type { LeftOut } from "./santeiEntries";
import { gradeChange, yearMonth } from "./santeiWorksheet";
import { TEXT, WorksheetColumn, YEN } from "./worksheetColumns";

type Column = WorksheetColumn<GeppenEntry>;

function monthColumns(index: number): Column[] {
  const n = index + 1;
  const month = (e: GeppenEntry) => e.revision.months[index];
  return [
    { header: `${n}か月目 支給月`, width: 10, value: (e) => yearMonth(month(e).month) },
    { header: `${n}か月目 基礎日数`, width: 8, value: (e) => month(e).basisDays },
    { header: `${n}か月目 通貨`, width: 11, format: YEN, value: (e) => month(e).cash },
    { header: `${n}か月目 現物`, width: 9, format: YEN, value: (e) => month(e).inKind },
    { header: `${n}か月目 合計`, width: 11, format: YEN, value: (e) => month(e).total },
  ];
}

export const GEPPEN_WORKSHEET_COLUMNS: readonly Column[] = [
  { header: "社員番号", width: 10, format: TEXT, value: (e) => e.person.employeeId },
  { header: "被保険者整理番号", width: 10, format: TEXT, value: (e) => e.person.insuredNumber },
  { header: "氏名", width: 14, value: (e) => e.person.nameKanji },
  { header: "変動月", width: 10, value: (e) => yearMonth(e.revision.changeMonth) },
  { header: "昇（降）給", width: 8, value: (e) => e.revision.direction },
  { header: "改定年月", width: 10, value: (e) => yearMonth(e.revision.revisionMonth) },
  ...[0, 1, 2].flatMap(monthColumns),
  { header: "総計", width: 12, format: YEN, value: (e) => e.revision.total },
  { header: "平均額", width: 11, format: YEN, value: (e) => e.revision.average },
  { header: "従前（健保）", width: 11, format: YEN, value: (e) => e.revision.previous.health.amount },
  { header: "改定後（健保）", width: 11, format: YEN, value: (e) => e.revision.revised.health.amount },
  { header: "健保の等級", width: 20, value: (e) => gradeChange(e.revision.previous.health.grade, e.revision.revised.health.grade) },
  { header: "従前（厚年）", width: 11, format: YEN, value: (e) => e.revision.previous.pension.amount },
  { header: "改定後（厚年）", width: 11, format: YEN, value: (e) => e.revision.revised.pension.amount },
  { header: "厚年の等級", width: 20, value: (e) => gradeChange(e.revision.previous.pension.grade, e.revision.revised.pension.grade) },
];

/** Who is not on the 届 and why (both procedures). */
export const LEFT_OUT_COLUMNS: readonly WorksheetColumn<LeftOut>[] = [
  { header: "従業員マスタの行", width: 8, value: (l) => l.row },
  { header: "社員番号", width: 10, format: TEXT, value: (l) => l.employeeId },
  { header: "理由", width: 80, value: (l) => l.reason },
];

