/**
 * 法令データ: the law tables this workbook's formulas use — id, title, the date looked up, the revision
 * in force on it and its sources — from the timelines' own specs (lawInfo.ts). A date outside the data
 * is shown as such: the formulas that need it give #N/A, never an old rate.
 */
import { DateKey } from "../../calc/law/types";
import { LawTableUse } from "../lawInfo";
import { SHEET } from "../layout";
import { PlanValue, SheetPlan } from "../types";
import { HEADER_FILL } from "../table";

const KEYED_ON: Record<DateKey, string> = {
  premiumMonth: "保険料の○月分",
  paymentDate: "支払日",
  wageClosingDate: "賃金締切日",
  taxYear: "暦年",
};

const HEADERS = ["用途", "ID", "名称", "単位", "基準日の種類", "基準日", "適用中の改定（施行日）", "収録期限", "出典", "信頼度", "備考"];

export function lawDataSheet(uses: readonly LawTableUse[]): SheetPlan {
  const rows: PlanValue[][] = uses.map((u) => [
    u.usedFor,
    u.id,
    u.title,
    u.unit,
    KEYED_ON[u.keyedOn],
    u.date,
    u.effective ?? "収録範囲外",
    u.knownUntil ?? "定めなし",
    u.sources.map((s) => [s.title, s.at ? `（${s.at}）` : "", s.url ? ` ${s.url}` : ""].join("")).join("\n"),
    u.confidence ?? null,
    u.note ?? null,
  ]);
  const n = rows.length;
  return {
    name: SHEET.law,
    rows: n + 1,
    cols: HEADERS.length,
    blocks: [
      { kind: "values", row: 0, col: 0, values: [HEADERS] },
      ...(n > 0 ? [{ kind: "values" as const, row: 1, col: 0, values: rows }] : []),
    ],
    formats: [
      ...(n > 0
        ? [
            { row: 1, col: 0, rows: n, cols: HEADERS.length, numberFormat: "@", border: true },
            { row: 1, col: 8, rows: n, cols: 3, wrap: true },
          ]
        : []),
      { row: 0, col: 0, rows: 1, cols: HEADERS.length, bold: true, fill: HEADER_FILL, border: true, align: "Center" as const },
    ],
    columnWidths: [30, 30, 30, 18, 12, 11, 12, 11, 80, 8, 40],
    freeze: { rows: 1, cols: 1 },
  };
}
