/**
 * 利用者が追加する源泉徴収税額表 (docs/law-data.md「源泉徴収税額表（日額表・賞与の算出率の表）の行の形」): a
 * 国税庁 table of a year (年分, 1月1日〜12月31日の支払) that the built-in data does not have yet, read strictly.
 * The file starts with lines saying which table, which year and its 出典, then the table's own columns, one
 * printed row per line. Every problem names the file, the row, the column and the value.
 */
import { dayOf, Day, ymdOf } from "../dates/calendar";
import { Ppm, ppmFromPercent } from "../money/rate";
import { show } from "../vocabulary/errors";
import { BonusRateData, BonusBand, DailyRow } from "./data/withholding/types";
import { Timeline } from "./timeline";
import { BonusRateTable, bonusRateTable, bonusRateTables, dailyTaxTables, loadTaxTable, TaxTable } from "./withholding";

export const USER_TAX_TABLE_KINDS = ["賞与の算出率の表", "日額表"] as const;
export type UserTaxTableKind = (typeof USER_TAX_TABLE_KINDS)[number];

/** A checked user 税額表 of one year. */
export type UserTaxTable = {
  readonly year: number;
  /** 1月1日 and 12月31日 of the year (支払日). */
  readonly from: Day;
  readonly until: Day;
  /** 出典 as the user gave it. */
  readonly source: string;
  /** "bonus-r09.csv" — the file, for messages and the 法令データ sheet. */
  readonly origin: string;
  /** The number of printed rows read. */
  readonly rows: number;
} & ({ readonly kind: "賞与の算出率の表"; readonly table: BonusRateTable } | { readonly kind: "日額表"; readonly table: TaxTable });

export const BONUS_COLUMNS = ["column", "rate_pct", "prev_month_from_inclusive", "prev_month_to_exclusive"] as const;
const KOU = ["kou_0", "kou_1", "kou_2", "kou_3", "kou_4", "kou_5", "kou_6", "kou_7"] as const;
export const DAILY_COLUMNS = ["from_inclusive", "to_exclusive", ...KOU, "otsu", "hei", "kou_over_from_rate", "otsu_over_from_rate", "hei_over_from_rate"] as const;
/** The lines above the table: 表 and 年分 and 出典 always; the 日額表's 備考 amounts for it. */
const YEAR = "年分";
const SOURCE = "出典";
export const DAILY_OVER_SEVEN = "甲欄7人を超える1人ごとの控除額";
export const DAILY_OTSU_PER_DEPENDENT = "乙欄の扶養親族等1人ごとの控除額";

const norm = (v: unknown) => String(v ?? "").normalize("NFKC").trim();

/** The table a file holds, when its first line is 「表,賞与の算出率の表」 or 「表,日額表」. */
export function userTaxTableKind(cells: readonly (readonly string[])[]): UserTaxTableKind | undefined {
  const first = cells[0] ?? [];
  const kind = norm(first[1]);
  return norm(first[0]) === "表" && (USER_TAX_TABLE_KINDS as readonly string[]).includes(kind) ? (kind as UserTaxTableKind) : undefined;
}

/** 「令和9年分」「令和9年」「2027」「2027年分」 → 2027. */
export function readTaxYear(text: string): number | undefined {
  const t = norm(text);
  const reiwa = /^令和(\d{1,2})年分?$/.exec(t);
  if (reiwa) return Number(reiwa[1]) + 2018;
  const western = /^(\d{4})(?:年分?)?$/.exec(t);
  return western && Number(western[1]) >= 2020 && Number(western[1]) <= 2099 ? Number(western[1]) : undefined;
}

/** A fraction as printed in the 日額表 columns (0.4084) → the percent text (40.84) the table loader takes. */
function fractionToPercent(text: string): string | undefined {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return undefined;
  const frac = (m[2] ?? "").padEnd(2, "0");
  const whole = String(Number(m[1] + frac.slice(0, 2)));
  const rest = frac.slice(2).replace(/0+$/, "");
  return rest ? `${whole}.${rest}` : whole;
}

interface Reader {
  file: string;
  problems: string[];
}

const bad = (r: Reader, row: number, column: string, value: unknown, what: string) => r.problems.push(`${r.file} ${row}行目「${column}」の「${show(value)}」: ${what}`);

function wholeYen(r: Reader, row: number, column: string, text: string, blank: boolean): number | null | undefined {
  if (text === "") {
    if (!blank) bad(r, row, column, text, "金額（円、0以上の整数）を書いてください。");
    return blank ? null : undefined;
  }
  const n = /^\d+$/.test(text.replace(/,/g, "")) ? Number(text.replace(/,/g, "")) : NaN;
  if (!Number.isSafeInteger(n)) {
    bad(r, row, column, text, "金額は0以上の整数（円）で書いてください。");
    return undefined;
  }
  return n;
}

/** The bands of one column: 以上・未満 edges that start at 0, join without a gap or overlap, increase, and end open. */
function checkBands(r: Reader, label: string, bands: readonly { row: number; from: number; to: number | null }[], fromColumn: string, toColumn: string): void {
  bands.forEach((b, i) => {
    const last = i === bands.length - 1;
    if (i === 0 && b.from !== 0) bad(r, b.row, fromColumn, b.from, `${label}の最初の行は 0 から始めてください（0 から ${b.from} までが抜けています）。`);
    if (i > 0) {
      const prev = bands[i - 1];
      if (prev.to !== null && b.from > prev.to) bad(r, b.row, fromColumn, b.from, `${label}: 前の行（${prev.row}行目）は ${prev.to} 未満までで、${prev.to} から ${b.from} までが抜けています。`);
      if (prev.to !== null && b.from < prev.to) bad(r, b.row, fromColumn, b.from, `${label}: 前の行（${prev.row}行目）の ${prev.to} 未満までと重なっています。`);
    }
    if (b.to !== null && b.to <= b.from) bad(r, b.row, toColumn, b.to, `${label}: 未満の金額が以上の金額（${b.from}）より大きくありません。行の金額は増えていく順に書いてください。`);
    if (b.to === null && !last) bad(r, b.row, toColumn, "", `${label}: 最後の行のほかは未満の金額が要ります。`);
    if (b.to !== null && last) bad(r, b.row, toColumn, b.to, `${label}: 最後の行は未満の金額を空欄にしてください（${b.to} 以上が抜けます）。`);
  });
}

/** The column positions of a header row, or a problem naming the missing or unknown columns. */
function headerOf(r: Reader, row: number, header: readonly string[], expected: readonly string[]): Map<string, number> | undefined {
  const names = header.map(norm);
  const missing = expected.filter((c) => !names.includes(c));
  const unknown = names.filter((c) => c !== "" && !expected.includes(c));
  if (missing.length || unknown.length) {
    const what = [missing.length ? `列「${missing.join("」「")}」がありません` : "", unknown.length ? `列「${unknown.join("」「")}」は使えません` : ""].filter(Boolean).join("。");
    r.problems.push(`${r.file} ${row}行目（見出し）: ${what}。見出しは ${expected.join(",")} です。`);
    return undefined;
  }
  return new Map(expected.map((c) => [c, names.indexOf(c)]));
}

function readBonus(r: Reader, lines: readonly { row: number; cells: readonly string[] }[], at: Map<string, number>): BonusRateData | undefined {
  const columns = new Map<string, { row: number; from: number; to: number | null; pct: string }[]>();
  for (const { row, cells } of lines) {
    const get = (c: string) => norm(cells[at.get(c)!]);
    const column = get("column");
    if (![...KOU, "otsu"].includes(column)) bad(r, row, "column", column, "kou_0〜kou_7（kou_7 は7人以上）か otsu です。");
    const pct = get("rate_pct");
    let ppm: Ppm | undefined;
    try {
      ppm = /^\d+(\.\d+)?$/.test(pct) ? ppmFromPercent(pct) : undefined;
    } catch {
      ppm = undefined;
    }
    if (ppm === undefined || ppm >= 1_000_000) bad(r, row, "rate_pct", pct, "表の率をパーセントで書いてください（例: 4.084）。0 以上 100 未満、小数4桁まで。");
    const from = wholeYen(r, row, "prev_month_from_inclusive", get("prev_month_from_inclusive"), false);
    const to = wholeYen(r, row, "prev_month_to_exclusive", get("prev_month_to_exclusive"), true);
    // A band with readable edges is still checked against its neighbours when its rate is wrong.
    if (from === undefined || from === null || to === undefined) continue;
    columns.set(column, [...(columns.get(column) ?? []), { row, from, to, pct: ppm === 0 ? "0" : pct }]);
  }
  for (const c of [...KOU, "otsu"]) {
    const bands = columns.get(c);
    if (!bands) r.problems.push(`${r.file}: 「column」が ${c} の行がありません。甲0人〜7人以上（kou_0〜kou_7）と乙（otsu）の全部の欄が要ります。`);
    else checkBands(r, c, bands, "prev_month_from_inclusive", "prev_month_to_exclusive");
  }
  if (r.problems.length > 0) return undefined;
  const band = (c: string): BonusBand[] => columns.get(c)!.map((b) => [b.from, b.pct] as const);
  return { kou: KOU.map(band), otsu: band("otsu") };
}

function readDaily(r: Reader, lines: readonly { row: number; cells: readonly string[] }[], at: Map<string, number>): DailyRow[] | undefined {
  const rows: DailyRow[] = [];
  const bands: { row: number; from: number; to: number | null }[] = [];
  const formulaAbove = { otsu: false, hei: false };
  for (const { row, cells } of lines) {
    const get = (c: string) => norm(cells[at.get(c)!]);
    const from = wholeYen(r, row, "from_inclusive", get("from_inclusive"), false);
    const to = wholeYen(r, row, "to_exclusive", get("to_exclusive"), true);
    const kou = KOU.map((c) => wholeYen(r, row, c, get(c), false));
    const otsu = wholeYen(r, row, "otsu", get("otsu"), true);
    const hei = wholeYen(r, row, "hei", get("hei"), true);
    const rates = (["kou_over_from_rate", "otsu_over_from_rate", "hei_over_from_rate"] as const).map((c) => {
      const text = get(c);
      if (text === "") return null;
      const pct = fractionToPercent(text);
      if (pct === undefined || !(Number(text) > 0 && Number(text) < 1)) bad(r, row, c, text, "算式の率を小数で書いてください（例: 0.4084）。算式でない行は空欄です。");
      return pct ?? null;
    });
    // 乙・丙 blank continues the 算式 of the last row that printed one; a rate needs its base amount.
    (["otsu", "hei"] as const).forEach((c, k) => {
      const amount = c === "otsu" ? otsu : hei;
      const rate = rates[k + 1];
      if (amount === null && rate !== null) bad(r, row, `${c}_over_from_rate`, get(`${c}_over_from_rate`), `算式の率には基になる税額（「${c}」）が要ります。`);
      if (amount === null && !formulaAbove[c]) bad(r, row, c, "", "空欄は上の算式の行の続きの意味ですが、上に算式の行がありません。税額を書いてください。");
      if (amount !== null && amount !== undefined) formulaAbove[c] = rate !== null;
    });
    if (from === undefined || from === null || to === undefined) continue;
    bands.push({ row, from, to });
    if (kou.some((k) => k === undefined || k === null) || otsu === undefined || hei === undefined) continue;
    rows.push([from, ...(kou as number[]), otsu, hei, ...rates] as unknown as DailyRow);
  }
  checkBands(r, "日額表", bands, "from_inclusive", "to_exclusive");
  return r.problems.length > 0 ? undefined : rows;
}

/**
 * Read a user's 賞与の算出率の表 or 日額表 (cells of a CSV whose first line is 「表,…」); the problems are
 * pushed, each naming the file, the row, the column and the value.
 * @example readUserTaxTable("bonus.csv", [["表","賞与の算出率の表"],["年分","令和9年分"],["出典","国税庁 …"],["column",…],…], problems)?.year // 2027
 */
export function readUserTaxTable(file: string, cells: readonly (readonly string[])[], problems: string[]): UserTaxTable | undefined {
  const r: Reader = { file, problems: [] };
  const kind = userTaxTableKind(cells)!;
  const expected = kind === "賞与の算出率の表" ? BONUS_COLUMNS : DAILY_COLUMNS;
  const headerAt = cells.findIndex((line) => norm(line[0]) === expected[0]);
  const head = new Map<string, { row: number; value: string }>();
  (headerAt < 0 ? cells : cells.slice(0, headerAt)).forEach((line, i) => {
    if (i === 0 || line.every((c) => norm(c) === "")) return;
    const key = norm(line[0]);
    const known = [YEAR, SOURCE, ...(kind === "日額表" ? [DAILY_OVER_SEVEN, DAILY_OTSU_PER_DEPENDENT] : [])];
    if (!known.includes(key)) bad(r, i + 1, "A列", line[0], `表の前に書ける行は ${known.join("・")} です。`);
    else if (head.has(key)) bad(r, i + 1, "A列", line[0], `「${key}」の行が二つあります。`);
    else head.set(key, { row: i + 1, value: String(line[1] ?? "").trim() });
  });
  const year = readTaxYear(head.get(YEAR)?.value ?? "");
  if (!head.has(YEAR)) r.problems.push(`${file}: 「年分,令和9年分」の行がありません。どの年分（1月1日〜12月31日の支払）の表かを書いてください。`);
  else if (year === undefined) bad(r, head.get(YEAR)!.row, YEAR, head.get(YEAR)!.value, "年分は 令和9年分 か 2027 の形で書いてください。");
  const source = head.get(SOURCE)?.value ?? "";
  if (source === "") r.problems.push(`${file}${head.has(SOURCE) ? ` ${head.get(SOURCE)!.row}行目「出典」` : ""}: 出典（国税庁の表の名前と URL）を「出典,…」の行に書いてください。出典のない表は使えません。`);
  const amounts = kind === "日額表" ? [DAILY_OVER_SEVEN, DAILY_OTSU_PER_DEPENDENT].map((k) => {
    const h = head.get(k);
    if (!h) {
      r.problems.push(`${file}: 「${k},…」の行がありません（日額表の備考の金額、令和8年分はどちらも 50）。`);
      return undefined;
    }
    return wholeYen(r, h.row, k, norm(h.value), false) ?? undefined;
  }) : [];
  if (headerAt < 0) {
    r.problems.push(`${file}: 表の見出しの行（${expected.join(",")}）がありません。`);
    problems.push(...r.problems);
    return undefined;
  }
  const at = headerOf(r, headerAt + 1, cells[headerAt], expected);
  const lines = cells.slice(headerAt + 1).map((c, i) => ({ row: headerAt + 2 + i, cells: c })).filter((l) => l.cells.some((c) => norm(c) !== ""));
  if (at && lines.length === 0) r.problems.push(`${file}: 表の行がありません。`);
  const data = at && lines.length > 0 ? (kind === "賞与の算出率の表" ? readBonus(r, lines, at) : readDaily(r, lines, at)) : undefined;
  if (r.problems.length > 0 || !data || year === undefined) {
    problems.push(...r.problems);
    return undefined;
  }
  const name = `${kind} 令和${year - 2018}年分（利用者が追加: ${file}）`;
  try {
    const base = { year, from: dayOf(year, 1, 1), until: dayOf(year, 12, 31), source, origin: file, rows: lines.length };
    return kind === "賞与の算出率の表"
      ? { ...base, kind, table: bonusRateTable(name, data as BonusRateData) }
      : { ...base, kind, table: loadTaxTable(name, { rows: data as DailyRow[], perDependentOverSeven: amounts[0]!, otsuPerDependent: amounts[1]! }, true) };
  } catch (e) {
    problems.push(`${file}: ${e instanceof Error ? e.message : String(e)}`);
    return undefined;
  }
}

const builtInTimeline = (kind: UserTaxTableKind): Timeline<BonusRateTable | TaxTable> =>
  (kind === "賞与の算出率の表" ? bonusRateTables : dailyTaxTables) as Timeline<BonusRateTable | TaxTable>;

/** The values of a compiled table, without its name: what two copies of the same law share. */
const valuesOf = (t: BonusRateTable | TaxTable) => JSON.stringify({ ...t, name: "" });

/** Where a user's table first differs from the built-in one, in the file's own words (column and band). */
function firstDifference(builtIn: BonusRateTable | TaxTable, mine: BonusRateTable | TaxTable): string {
  if (!("kouRate" in builtIn)) {
    const b = builtIn as BonusRateTable;
    const m = mine as BonusRateTable;
    const columns = [...b.kou.map((c, d) => [`kou_${d}`, c, m.kou[d]] as const), ["otsu", b.otsu, m.otsu] as const];
    for (const [name, x, y] of columns) {
      const n = Math.max(x.from.length, y.from.length);
      for (let i = 0; i < n; i++) {
        if (x.from[i] !== y.from[i] || x.rate[i] !== y.rate[i]) {
          const show = (c: typeof x) => (c.from[i] === undefined ? "行なし" : `${c.from[i]}円以上 ${c.rate[i] / 10_000}%`);
          return `最初の違いは ${name} の ${i + 1}番目の行（組み込み: ${show(x)}、このファイル: ${show(y)}）`;
        }
      }
    }
    return "備考の値が違います";
  }
  const x = builtIn as TaxTable;
  const y = mine as TaxTable;
  for (let i = 0; i < Math.max(x.from.length, y.from.length); i++) {
    const row = (t: TaxTable) => JSON.stringify([t.from[i], t.kou.slice(i * 8, i * 8 + 8), t.kouRate[i], t.otsu.base[i], t.otsu.rate[i], t.hei?.base[i], t.hei?.rate[i]]);
    if (row(x) !== row(y)) return `最初の違いは from_inclusive ${y.from[i] ?? x.from[i]} の行（組み込みの${x.from[i] === undefined ? "行はここまで" : `行は ${x.from[i]}円以上`}）`;
  }
  return "備考の金額が違います";
}

/**
 * Against the built-in data and each other: one table per kind and year; a year the built-in data has must
 * carry the same values (then the built-in table is used and the user told); a later year must follow the
 * built-in data or another user table of the same kind without a missing year.
 */
export function checkUserTaxTables(tables: readonly UserTaxTable[], problems: string[], notices: string[]): void {
  for (const kind of USER_TAX_TABLE_KINDS) {
    const timeline = builtInTimeline(kind);
    const lastBuiltIn = ymdOf(timeline.lastDay).year;
    const mine = tables.filter((t) => t.kind === kind).sort((a, b) => a.year - b.year);
    mine.forEach((t, i) => {
      const label = `${t.origin}「年分」の「令和${t.year - 2018}年分」（${kind}）`;
      if (i > 0 && mine[i - 1].year === t.year) problems.push(`${label}: ${mine[i - 1].origin} にも同じ年分の${kind}があります。一つにしてください。`);
      const builtIn = timeline.find(t.from);
      if (builtIn !== undefined) {
        if (valuesOf(builtIn) !== valuesOf(t.table)) problems.push(`${label}: 組み込みの${builtIn.name}と値が違います（${firstDifference(builtIn, t.table)}）。組み込みのデータがある年分は入力しないでください。`);
        else notices.push(`${label}: 組み込みのデータと同じ表のため、組み込みのデータを使います。`);
      } else if (t.year > lastBuiltIn) {
        const before = i > 0 ? Math.max(lastBuiltIn, mine[i - 1].year) : lastBuiltIn;
        if (t.year > before + 1) problems.push(`${label}: ${kind}は令和${before - 2018}年分までしか収録がなく、令和${before + 1 - 2018}年分が抜けています。間の年分の表も追加してください。`);
      }
    });
  }
}
