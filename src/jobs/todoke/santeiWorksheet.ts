/**
 * The 算定基礎届 as a worksheet: one row per person with the items of the paper form (①–⑱), the computed
 * 標準報酬月額 of each scheme and the change of grade, so the office can check every figure before filing.
 */
import { ymdOf } from "../../calc/dates/calendar";
import type { SanteiWorksheetLine } from "./santeiEntries";

const MONTHS = [4, 5, 6];

export const SANTEI_WORKSHEET_HEADERS: readonly string[] = [
  "社員番号", "①被保険者整理番号", "②氏名", "④適用年月", "⑤従前（健保）", "⑤従前（厚年）", "⑥従前の改定月",
  ...MONTHS.flatMap((m) => [`⑩${m}月 基礎日数`, `⑪${m}月 通貨`, `⑫${m}月 現物`, `⑬${m}月 合計`, `${m}月 算定に入れる`]),
  "⑭総計", "⑮平均額", "決定（健保）", "健保の等級", "決定（厚年）", "厚年の等級", "⑱備考",
];

function gradeChange(before: number | undefined, after: number | undefined): string {
  if (after === undefined) return "";
  if (before === undefined) return `${after}級`;
  const diff = after - before;
  return `${before}級→${after}級（${diff === 0 ? "変わらず" : diff > 0 ? `${diff}等級上がる` : `${-diff}等級下がる`}）`;
}

function remarks(l: SanteiWorksheetLine): string {
  const e = l.entry;
  const notes = [e.seventyOrOver && "70歳以上被用者", e.midwayJoin && "途中入社", e.workerType === "specified" && "短時間労働者", e.workerType === "short" && "パート"];
  if (!e.santei.standard) notes.push("算定に入る月がない（保険者決定）");
  return notes.filter(Boolean).join("・");
}

/** The worksheet's cells, one array per person (numbers as numbers). */
export function santeiWorksheetRows(lines: readonly SanteiWorksheetLine[]): (string | number)[][] {
  return lines.map((l) => {
    const e = l.entry;
    const s = e.santei;
    const applies = ymdOf(s.applies);
    const previous = e.previousRevisionMonth === undefined ? "" : `${ymdOf(e.previousRevisionMonth).year}年${ymdOf(e.previousRevisionMonth).month}月`;
    return [
      l.employeeId, e.person.insuredNumber, l.name, `${applies.year}年${applies.month}月`, e.previousStandard?.health ?? "", e.previousStandard?.pension ?? "", previous,
      ...s.months.flatMap((m) => [m.basisDays, m.cash, m.inKind, m.total, m.counted ? "○" : "×"]),
      s.total, s.average,
      s.standard?.health.amount ?? "", gradeChange(l.previousGrades.health, s.standard?.health.grade),
      s.standard?.pension.amount ?? "", gradeChange(l.previousGrades.pension, s.standard?.pension.grade),
      remarks(l),
    ];
  });
}

function cell(v: string | number): string {
  const t = String(v);
  return /[",\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}

/** The worksheet as CSV lines (header first). */
export function santeiWorksheetCsvLines(lines: readonly SanteiWorksheetLine[]): string[] {
  return [SANTEI_WORKSHEET_HEADERS, ...santeiWorksheetRows(lines)].map((r) => r.map(cell).join(","));
}
