/**
 * 利用者が追加した法令データ: loading a user's law tables strictly into a LawContext. Rows are checked
 * one by one (userLawRow.ts), then together: two user rows for the same table and 区分 may not overlap,
 * a row the built-in data also covers must agree with it (the built-in value is used and the user is
 * told), and the rows must continue the built-in data without a gap, so no month silently goes without.
 */
import { isoOf, isoToDay } from "../dates/calendar";
import { BUILT_IN_LAW, LawContext, UserLawRow } from "./lawContext";
import { readUserLawRow, USER_LAW_HEADERS, USER_LAW_OPTIONAL_HEADERS, UserLawCells } from "./userLawRow";
import { userTable } from "./userTables";
import { checkUserTaxTables, readUserTaxTable, UserTaxTable, userTaxTableKind } from "./userTaxTable";

/** Every problem of the user's files, each naming its file, row, column and value. */
export class UserLawError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`利用者の法令データに誤りがあります（${problems.length}件）。\n${problems.join("\n")}`);
    this.name = "UserLawError";
  }
}

/** A user's table: its name (the file) and its cells, the first row being the headers. */
export interface UserLawFile {
  name: string;
  cells: readonly (readonly string[])[];
  /** The row number of the header as the user sees it (1 in a CSV; lower on a sheet with a table above it). */
  headerRow?: number;
}

function readFile(file: UserLawFile, problems: string[]): UserLawRow[] {
  const [header = [], ...lines] = file.cells;
  const headers = header.map((h) => h.normalize("NFKC").trim());
  const known: readonly string[] = [...USER_LAW_HEADERS, ...USER_LAW_OPTIONAL_HEADERS];
  const missing = USER_LAW_HEADERS.filter((h) => !headers.includes(h));
  const unknown = headers.filter((h) => h !== "" && !known.includes(h));
  if (missing.length > 0 || unknown.length > 0) {
    const what = [missing.length ? `列「${missing.join("」「")}」がありません` : "", unknown.length ? `列「${unknown.join("」「")}」は使えません` : ""].filter(Boolean);
    problems.push(`${file.name} ${file.headerRow ?? 1}行目（見出し）: ${what.join("。")}。見出しは ${known.join(",")} です。`);
    return [];
  }
  const rows: UserLawRow[] = [];
  lines.forEach((line, i) => {
    if (line.every((c) => String(c ?? "").trim() === "")) return;
    const cells: UserLawCells = Object.fromEntries(headers.map((h, c) => [h, String(line[c] ?? "")]));
    const read = readUserLawRow(cells, `${file.name} ${(file.headerRow ?? 1) + i + 1}行目`);
    if (Array.isArray(read)) problems.push(...read);
    else rows.push(read);
  });
  return rows;
}

/** Against the built-in data: equal where both exist (then told), no gap after its last day. */
function checkAgainstBuiltIn(rows: UserLawRow[], problems: string[], notices: string[]): void {
  const groups = new Map<string, UserLawRow[]>();
  for (const r of rows) groups.set(`${r.table}|${r.key}`, [...(groups.get(`${r.table}|${r.key}`) ?? []), r]);
  for (const group of groups.values()) {
    const table = userTable(group[0].table)!;
    let coveredUntil = table.timeline.lastDay;
    for (const r of [...group].sort((a, b) => a.from - b.from)) {
      const label = `${r.origin}（${r.table} ${r.key} ${isoOf(r.from)}〜${isoOf(r.until)}）`;
      const changes = table.timeline.spec.revisions.map((v) => isoToDay(v.effective)).filter((d) => d > r.from && d <= r.until);
      const builtIns = [r.from, ...changes].map((d) => table.builtIn(r.key, d)).filter((v) => v !== undefined);
      if (builtIns.some((v) => v !== r.rate)) {
        problems.push(`${label}「料率」の「${r.rateText}」: 組み込みのデータ（${builtIns.map((v) => `${v / 10_000}%`).join("・")}）と違います。組み込みのデータの期間は入力しないでください。`);
      } else if (builtIns.length > 0) {
        notices.push(`${label}: 組み込みのデータと重なるため、重なる期間は組み込みのデータを使います（料率は同じです）。`);
      }
      if (r.from > coveredUntil + 1) {
        problems.push(`${label}「適用開始」: ${isoOf(coveredUntil)} までしか収録がなく、${isoOf(coveredUntil + 1)} から ${isoOf(r.from - 1)} までが抜けています。切れ目なく入力してください。`);
      } else if (r.from <= coveredUntil && coveredUntil > table.timeline.lastDay) {
        problems.push(`${label}「適用開始」: 同じ表・区分の別の行と期間が重なっています（${isoOf(coveredUntil)} まで入力済み）。`);
      }
      coveredUntil = Math.max(coveredUntil, r.until);
    }
  }
}

/**
 * Read the user's law tables into the context calculations run under; throws a UserLawError listing every
 * problem. No files: the built-in law.
 * @example loadUserLaw([{ name: "law.csv", cells: [["表","区分","料率","適用開始","出典"], ["協会けんぽ健康保険料率","東京都","10.00%","2027-03","…"]] }]).userRows.length // 1
 */
export function loadUserLaw(files: readonly UserLawFile[]): LawContext {
  if (files.length === 0) return BUILT_IN_LAW;
  const problems: string[] = [];
  const notices: string[] = [];
  // A file whose first line is 「表,賞与の算出率の表」 or 「表,日額表」 is a 源泉徴収税額表; any other, rate rows.
  const taxTables: UserTaxTable[] = [];
  const rows = files.flatMap((f) => {
    if (userTaxTableKind(f.cells) === undefined) return readFile(f, problems);
    const t = readUserTaxTable(f.name, f.cells, problems);
    if (t) taxTables.push(t);
    return [];
  });
  if (problems.length === 0) {
    checkAgainstBuiltIn(rows, problems, notices);
    checkUserTaxTables(taxTables, problems, notices);
  }
  if (problems.length > 0) throw new UserLawError(problems);
  return { userRows: rows, notices, userTaxTables: taxTables };
}
