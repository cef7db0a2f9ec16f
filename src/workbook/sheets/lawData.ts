/**
 * 法令データ: the law tables this workbook's formulas use — what for, the date looked up, the value in
 * force (rates in %), its revision, its sources and how sure we are of them — in words a payroll clerk
 * reads, from the timelines' own specs (lawInfo.ts). A date outside the data is shown as such: the formulas
 * that need it give #N/A, never an old rate. Below, 「利用者が追加した法令データ」: every row the user added,
 * with the 出典 they gave, so that a result computed from them traces to them.
 */
import { isoOf } from "../../calc/dates/calendar";
import { UserLawRow } from "../../calc/law/lawContext";
import type { UserLawFile } from "../../calc/law/userLaw";
import { USER_TAX_TABLE_KINDS, UserTaxTable } from "../../calc/law/userTaxTable";
import { DateKey } from "../../calc/law/types";
import { LawTableUse } from "../lawInfo";
import { SHEET } from "../layout";
import { Block, FormatArea, PlanValue, SheetPlan } from "../types";
import { HEADER_FILL } from "../table";

const KEYED_ON: Record<DateKey, string> = {
  premiumMonth: "保険料の○月分",
  paymentDate: "支払日",
  wageClosingDate: "賃金締切日",
  taxYear: "暦年",
};

/** 信頼度: how many independent sources agree with our copy (high: official or two; medium: one). */
export const CONFIDENCE: Record<string, string> = { high: "高", medium: "中", low: "低", user: "利用者入力" };

const HEADERS = ["用途", "法令データ", "適用する値", "基準日の種類", "基準日", "適用中の改定（施行日）", "収録期限", "出典", "信頼度", "備考"];
export const USER_TITLE = "利用者が追加した法令データ";
const USER_HEADERS = ["表", "区分", "料率", "適用開始", "適用終了", "出典", "ファイル・行"];

function sourcesText(sources: LawTableUse["sources"]): string {
  return sources.map((source) => [source.title, source.at ? `（${source.at}）` : "", source.url ? ` ${source.url}` : ""].join("")).join("\n");
}

function useRow(use: LawTableUse): PlanValue[] {
  return [
    use.usedFor,
    use.title,
    use.value ?? (use.effective ? "国税庁の表のとおり" : "―"),
    KEYED_ON[use.keyedOn],
    use.date,
    use.effective ?? "収録範囲外",
    use.knownUntil ?? "定めなし",
    sourcesText(use.sources),
    use.confidence ? CONFIDENCE[use.confidence] ?? use.confidence : "―",
    use.note ?? null,
  ];
}

const userRow = (row: UserLawRow): PlanValue[] => [row.table, row.key, row.rateText, isoOf(row.from), isoOf(row.until), row.source, row.origin];
/** A whole 税額表 on one line: its table, 年分 and 出典 (the values stay in the user's file). */
const userTaxTableRow = (taxTable: UserTaxTable): PlanValue[] => [taxTable.kind, `令和${taxTable.year - 2018}年分`, `国税庁の表のとおり（${taxTable.rows}行）`, isoOf(taxTable.from), isoOf(taxTable.until), taxTable.source, taxTable.origin];

function table(top: number, headers: string[], rows: PlanValue[][], wrapFrom: number): { blocks: Block[]; formats: FormatArea[] } {
  const count = rows.length;
  return {
    blocks: [{ kind: "values", row: top, col: 0, values: [headers] }, ...(count > 0 ? [{ kind: "values" as const, row: top + 1, col: 0, values: rows }] : [])],
    formats: [
      ...(count > 0 ? [{ row: top + 1, col: 0, rows: count, cols: headers.length, numberFormat: "@", border: true }, { row: top + 1, col: wrapFrom, rows: count, cols: headers.length - wrapFrom, wrap: true }] : []),
      { row: top, col: 0, rows: 1, cols: headers.length, bold: true, fill: HEADER_FILL, border: true, align: "Center" as const },
    ],
  };
}

export function lawDataSheet(uses: readonly LawTableUse[], rateRows: readonly UserLawRow[] = [], taxTables: readonly UserTaxTable[] = []): SheetPlan {
  const userRows = [...rateRows.map(userRow), ...taxTables.map(userTaxTableRow)];
  const main = table(0, HEADERS, uses.map(useRow), 7);
  const userTop = uses.length + 2;
  const user = userRows.length > 0 ? table(userTop + 1, USER_HEADERS, userRows, 5) : { blocks: [], formats: [] };
  const title: Block[] = userRows.length > 0 ? [{ kind: "values", row: userTop, col: 0, values: [[USER_TITLE]] }] : [];
  return {
    name: SHEET.law,
    rows: userRows.length > 0 ? userTop + 2 + userRows.length : uses.length + 1,
    cols: HEADERS.length,
    blocks: [...main.blocks, ...title, ...user.blocks],
    formats: [...main.formats, ...(title.length ? [{ row: userTop, col: 0, rows: 1, cols: 1, bold: true }] : []), ...user.formats],
    columnWidths: [30, 30, 36, 14, 11, 14, 11, 80, 8, 40],
    freeze: { rows: 1, cols: 1 },
  };
}

/**
 * The user's rows back from a 法令データ sheet's values (a workbook reopened later): the table under
 * 「利用者が追加した法令データ」 as a user law file, for the same strict loader; undefined when there is none.
 */
export function userLawFromLawSheet(values: readonly (readonly unknown[])[], name = SHEET.law): UserLawFile | undefined {
  const top = values.findIndex((r) => r[0] === USER_TITLE);
  if (top < 0) return undefined;
  const text = (v: unknown) => (v === null || v === undefined ? "" : String(v));
  const all = values.slice(top + 1).map((r) => USER_HEADERS.slice(0, -1).map((_, c) => text(r[c])));
  const end = all.findIndex((r) => r.every((c) => c === ""));
  // A 税額表 is listed by its name only (its values are in the user's file): blanked, so the row numbers stay.
  const rows = (end < 0 ? all : all.slice(0, end)).map((r) => ((USER_TAX_TABLE_KINDS as readonly string[]).includes(r[0]) ? r.map(() => "") : r));
  return { name, cells: rows, headerRow: top + 2 };
}
