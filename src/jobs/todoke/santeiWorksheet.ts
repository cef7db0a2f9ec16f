/**
 * The 算定基礎届 as a worksheet: one row per person with the items of the paper form (①–⑱), the computed
 * 標準報酬月額 of each scheme and the change of grade, so the office can check every figure before filing.
 * The month headers carry ⑨ (給与支給月): 4月・5月・6月 by 支給日.
 */
import { Day, ymdOf } from "../../calc/dates/calendar";
import type { SanteiWorksheetLine } from "./santeiEntries";
import { TEXT, WorksheetColumn, YEN, worksheetCsvLines, worksheetRows } from "./worksheetColumns";

type Column = WorksheetColumn<SanteiWorksheetLine>;

/** 「2026年9月」 */
export function yearMonth(day: Day | undefined): string {
  if (day === undefined) return "";
  const { year, month } = ymdOf(day);
  return `${year}年${month}月`;
}

/** 「1984年5月27日」 */
export function fullDate(day: Day): string {
  const { year, month, day: d } = ymdOf(day);
  return `${year}年${month}月${d}日`;
}

/** 「27級→34級（7等級上がる）」, or the grade alone when the 従前 is not known. */
export function gradeChange(before: number | undefined, after: number | undefined): string {
  if (after === undefined) return "";
  if (before === undefined) return `${after}級`;
  const diff = after - before;
  return `${before}級→${after}級（${diff === 0 ? "変わらず" : diff > 0 ? `${diff}等級上がる` : `${-diff}等級下がる`}）`;
}

/** ⑱ 備考 in the words of the paper form. */
function remarks(l: SanteiWorksheetLine): string {
  const e = l.entry;
  const notes = [
    e.seventyOrOver && "70歳以上被用者", e.multipleOffices && "二以上勤務", e.midwayJoin && "途中入社",
    e.workerType === "specified" && "短時間労働者", e.workerType === "short" && "パート",
  ];
  if (!e.santei.standard) notes.push("算定に入る月がない（保険者決定）");
  return notes.filter(Boolean).join("・");
}

function monthColumns(index: number): Column[] {
  const m = 4 + index;
  const month = (l: SanteiWorksheetLine) => l.entry.santei.months[index];
  return [
    { header: `⑩${m}月 基礎日数`, width: 8, value: (l) => month(l).basisDays },
    { header: `⑪${m}月 通貨`, width: 11, format: YEN, value: (l) => month(l).cash },
    { header: `⑫${m}月 現物`, width: 9, format: YEN, value: (l) => month(l).inKind },
    { header: `⑬${m}月 合計`, width: 11, format: YEN, value: (l) => month(l).total },
    { header: `${m}月 算定に入れる`, width: 8, value: (l) => (month(l).counted ? "○" : "×") },
  ];
}

export const SANTEI_WORKSHEET_COLUMNS: readonly Column[] = [
  { header: "社員番号", width: 10, format: TEXT, value: (l) => l.employeeId },
  { header: "①被保険者整理番号", width: 10, format: TEXT, value: (l) => l.entry.person.insuredNumber },
  { header: "②氏名", width: 14, value: (l) => l.name },
  { header: "③生年月日", width: 14, value: (l) => fullDate(l.entry.person.birthDate) },
  { header: "④適用年月", width: 10, value: (l) => yearMonth(l.entry.santei.applies) },
  { header: "⑤従前（健保）", width: 11, format: YEN, value: (l) => l.entry.previousStandard?.health ?? "" },
  { header: "⑤従前（厚年）", width: 11, format: YEN, value: (l) => l.entry.previousStandard?.pension ?? "" },
  { header: "⑥従前の改定月", width: 10, value: (l) => yearMonth(l.entry.previousRevisionMonth) },
  { header: "⑦昇（降）給", width: 10, value: (l) => (l.entry.payChange ? `${l.entry.payChange.month}月 ${l.entry.payChange.kind}` : "") },
  { header: "⑧遡及支払額", width: 11, format: YEN, value: (l) => l.entry.retroactive?.amount ?? "" },
  ...[0, 1, 2].flatMap(monthColumns),
  { header: "⑭総計", width: 12, format: YEN, value: (l) => l.entry.santei.total },
  { header: "⑮平均額", width: 11, format: YEN, value: (l) => l.entry.santei.average },
  { header: "⑯修正平均額", width: 11, format: YEN, value: (l) => l.entry.adjustedAverage ?? "" },
  { header: "⑰基礎年金番号", width: 13, format: TEXT, value: (l) => (l.entry.person.basicPensionNumber ? `${l.entry.person.basicPensionNumber.office}-${l.entry.person.basicPensionNumber.serial}` : "") },
  { header: "決定（健保）", width: 11, format: YEN, value: (l) => l.entry.santei.standard?.health.amount ?? "" },
  { header: "健保の等級", width: 20, value: (l) => gradeChange(l.previousGrades.health, l.entry.santei.standard?.health.grade) },
  { header: "決定（厚年）", width: 11, format: YEN, value: (l) => l.entry.santei.standard?.pension.amount ?? "" },
  { header: "厚年の等級", width: 20, value: (l) => gradeChange(l.previousGrades.pension, l.entry.santei.standard?.pension.grade) },
  { header: "⑱備考", width: 20, value: remarks },
];

export const SANTEI_WORKSHEET_HEADERS: readonly string[] = SANTEI_WORKSHEET_COLUMNS.map((c) => c.header);

/** The worksheet's cells, one array per person (numbers as numbers). */
export function santeiWorksheetRows(lines: readonly SanteiWorksheetLine[]): (string | number)[][] {
  return worksheetRows(SANTEI_WORKSHEET_COLUMNS, lines);
}

/** The worksheet as CSV lines (header first). */
export function santeiWorksheetCsvLines(lines: readonly SanteiWorksheetLine[]): string[] {
  return worksheetCsvLines(SANTEI_WORKSHEET_COLUMNS, lines);
}
