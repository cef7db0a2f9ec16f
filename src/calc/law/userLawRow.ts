/**
 * One row of a user law table (docs/law-data.md), read strictly: every cell that is wrong is named with
 * its row, its column, its value and what is allowed.
 */
import { Day, dayOf, monthStart, monthStartAfter, validDayOf } from "../dates/calendar";
import { Ppm, ppmFromPercent, ppmFromPermille } from "../money/rate";
import { show } from "../vocabulary/errors";
import { UserLawRow } from "./lawContext";
import { USER_TABLES, userTable } from "./userTables";

export const USER_LAW_HEADERS = ["表", "区分", "料率", "適用開始", "出典"] as const;
export const USER_LAW_OPTIONAL_HEADERS = ["適用終了"] as const;

export type UserLawCells = Partial<Record<(typeof USER_LAW_HEADERS)[number] | (typeof USER_LAW_OPTIONAL_HEADERS)[number], string>>;

const DATE = /^(\d{4})[-/](\d{1,2})(?:[-/](\d{1,2}))?$/;

/** "2027-03" → 2027-03-01 (or the month's last day with `end`); "2027-04-01" → that day. */
function readDate(text: string, end: boolean): { day: Day; monthOnly: boolean } | undefined {
  const m = DATE.exec(text);
  if (!m) return undefined;
  const [y, mo] = [Number(m[1]), Number(m[2])];
  if (m[3] !== undefined) {
    const day = validDayOf(y, mo, Number(m[3]));
    return day === undefined ? undefined : { day, monthOnly: false };
  }
  if (mo < 1 || mo > 12) return undefined;
  const first = dayOf(y, mo, 1);
  return { day: end ? monthStartAfter(first, 1) - 1 : first, monthOnly: true };
}

/** "10.00%" or "10.00" (percent), "5/1000" or "5‰" (per mille). */
function readRate(text: string): Ppm | undefined {
  try {
    const permille = /^(\d+(?:\.\d+)?)(?:\/1000|‰)$/.exec(text);
    if (permille) return ppmFromPermille(permille[1]);
    const percent = /^(\d+(?:\.\d+)?)%?$/.exec(text);
    return percent ? ppmFromPercent(percent[1]) : undefined;
  } catch {
    return undefined;
  }
}

const cell = (cells: UserLawCells, column: keyof UserLawCells) => (cells[column] ?? "").normalize("NFKC").trim();

/** A checked row, or the problems of its cells (「3行目「料率」の「10,00%」: …」). */
export function readUserLawRow(cells: UserLawCells, origin: string): UserLawRow | string[] {
  const problems: string[] = [];
  const bad = (column: keyof UserLawCells, what: string) => problems.push(`${origin}「${column}」の「${show(cells[column])}」: ${what}`);
  const table = userTable(cell(cells, "表"));
  if (!table) bad("表", `この表は追加できません。使える表: ${USER_TABLES.map((t) => t.name).join("、")}`);
  const key = table?.readKey(cell(cells, "区分"));
  if (table && key === undefined) bad("区分", `${table.name}の区分は ${table.keysAllowed} です。`);
  const rate = readRate(cell(cells, "料率"));
  if (rate === undefined) bad("料率", "料率はパーセント（例: 10.00%）か千分率（例: 5/1000）で書いてください。");
  else if (table && (rate < table.range[0] || rate > table.range[1])) {
    bad("料率", `${table.name}として考えられる範囲（${table.range[0] / 10_000}%〜${table.range[1] / 10_000}%）の外です。桁を確かめてください。`);
  }
  const from = readDate(cell(cells, "適用開始"), false);
  if (!from) bad("適用開始", "日付は 2027-03（月）または 2027-04-01（日）の形で書いてください。");
  else if (table?.keyedOn === "premiumMonth" && from.day !== monthStart(from.day)) {
    bad("適用開始", "保険料の料率は「○月分」から変わります。月の1日か 2027-03 の形で書いてください。");
  }
  const endText = cell(cells, "適用終了");
  const until = endText === "" ? undefined : readDate(endText, true);
  if (endText !== "" && !until) bad("適用終了", "日付は 2028-02（月）または 2028-03-31（日）の形で書いてください。空欄なら通常の改定時期までです。");
  else if (until && from && until.day < from.day) bad("適用終了", "適用開始より前です。");
  // 出典 is shown back exactly as the user wrote it.
  const source = (cells.出典 ?? "").trim();
  if (source === "") bad("出典", "出典（告示・通知・公表資料の名前や URL）を書いてください。出典のない料率は使えません。");
  if (problems.length > 0 || !table || key === undefined || rate === undefined || !from) return problems;
  return { table: table.name, key, rate, rateText: cell(cells, "料率"), from: from.day, until: until?.day ?? table.defaultUntil(from.day), source, origin };
}

