/**
 * 法令データ speaks to people: Japanese names, values in % (‰ for 雇用保険), 出典, 信頼度 高/中/低, no internal
 * ids or ppm; the rows a user added are shown under 「利用者が追加した法令データ」 with the 出典 they gave, and
 * a table the built-in data does not cover names the user's row it is computed from.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { defaultPayrollSettings } from "../../src/calc/payroll/settings";
import { loadUserLaw } from "../../src/calc/law/userLaw";
import { readUserLawFile } from "../../src/import/userLaw";
import { collectLawInfo } from "../../src/workbook/lawInfo";
import { lawDataSheet, USER_TITLE, userLawFromLawSheet } from "../../src/workbook/sheets/lawData";
import { percentText, permilleText } from "../../src/workbook/lawValue";
import { ValueBlock } from "../../src/workbook/types";
import { kyoukaiKenpoRates } from "../../src/calc/law/socialInsurance";
import { bonusRateTables } from "../../src/calc/law/withholding";
import { lastDayOfMonth, pastHorizon } from "../support/lawHorizon";
import { nextYearLawCsv } from "../support/nextYearLaw";

const NEXT_YEAR_LAW = () => readUserLawFile("user-law-next.csv", new TextEncoder().encode(nextYearLawCsv()));
const law = loadUserLaw([NEXT_YEAR_LAW()]);
/** The first premium month past the built-in 協会けんぽ rates, and the payroll that deducts it (翌月徴収). */
const KENPO = pastHorizon(kyoukaiKenpoRates);
const LATER_PAYROLL = KENPO.monthPlus(1);

test.each([[98_500, "9.85%"], [183_000, "18.3%"], [2_300, "0.23%"], [100_000, "10%"], [16_200, "1.62%"]])("percentText(%i) = %s", (ppm, text) => {
  expect(percentText(ppm)).toBe(text);
});
test.each([[5_000, "5/1000"], [8_500, "8.5/1000"], [10_500, "10.5/1000"]])("permilleText(%i) = %s", (ppm, text) => {
  expect(permilleText(ppm)).toBe(text);
});

test("2026-11: official values in %, the prefectures used, 信頼度 in Japanese", () => {
  const uses = collectLawInfo({ settings: defaultPayrollSettings("2026-11"), prefectures: [13, 27] });
  const value = (title: string) => uses.find((u) => u.title === title)!.value;
  expect(value("協会けんぽ 健康保険料率")).toBe("東京都 9.85%、大阪府 10.13%");
  expect(value("協会けんぽ 介護保険料率")).toBe("1.62%");
  expect(value("雇用保険料率")).toBe("一般 労働者 5/1000・事業主 8.5/1000、農林水産・清酒製造 労働者 6/1000・事業主 9.5/1000、建設 労働者 6/1000・事業主 10.5/1000");
  const rows = (lawDataSheet(uses).blocks[1] as ValueBlock).values;
  expect(rows.map((r) => r[8])).toContain("高");
});

describe("a payroll of premiums past the built-in data, with the user's rows", () => {
  const uses = collectLawInfo({ settings: defaultPayrollSettings(LATER_PAYROLL), law });
  const kenpo = uses.find((u) => u.title === "協会けんぽ 健康保険料率" && u.usedFor.startsWith("給与"))!;
  test("the table the built-in data lacks is computed from the user's row, with its 出典", () => {
    expect(kenpo).toMatchObject({ effective: KENPO.iso, value: "東京都 10.00%", confidence: "user", fromUser: true });
    expect(kenpo.sources[0].title).toMatch(/試験用の仮の値/);
  });
  test("without the user's rows it is 収録範囲外", () => {
    const plain = collectLawInfo({ settings: defaultPayrollSettings(LATER_PAYROLL) }).find((u) => u.id === kenpo.id)!;
    expect(plain.effective).toBeNull();
  });
  test("the sheet lists every user row under 「利用者が追加した法令データ」", () => {
    const s = lawDataSheet(uses, law.userRows);
    const values = s.blocks.flatMap((b) => (b.kind === "values" ? b.values : []));
    const at = values.findIndex((r) => r[0] === USER_TITLE);
    expect(at).toBeGreaterThan(uses.length);
    expect(values[at + 1]).toEqual(["表", "区分", "料率", "適用開始", "適用終了", "出典", "ファイル・行"]);
    expect(values[at + 2]).toEqual(["協会けんぽ健康保険料率", "東京都", "10.00%", KENPO.iso, lastDayOfMonth(KENPO.monthPlus(11)), "試験用の仮の値（翌年度の料率は未公表）", "user-law-next.csv 2行目"]);
    expect(values.slice(at + 2)).toHaveLength(law.userRows.length);
    expect(values.find((r) => r[1] === "協会けんぽ 健康保険料率")![8]).toBe("利用者入力");
  });
});

test("a reopened workbook gives the user's rows back from 法令データ, for the same strict loader", () => {
  const s = lawDataSheet(collectLawInfo({ settings: defaultPayrollSettings(LATER_PAYROLL), law }), law.userRows);
  const grid: unknown[][] = Array.from({ length: s.rows }, () => []);
  for (const b of s.blocks) if (b.kind === "values") b.values.forEach((r, i) => r.forEach((v, c) => (grid[b.row + i][b.col + c] = v)));
  const again = loadUserLaw([userLawFromLawSheet(grid)!]);
  const strip = (rows: typeof law.userRows) => rows.map(({ origin: _o, ...r }) => r);
  expect(strip(again.userRows)).toEqual(strip(law.userRows));
  // The main table has one row per use and a blank row; the title, then the headers, then the rows.
  expect(again.userRows[0].origin).toBe(`法令データ ${s.rows - law.userRows.length + 1}行目`);
  expect(userLawFromLawSheet([["用途"]])).toBeUndefined();
});

test("a user's 賞与の算出率の表 is listed by table, 年分 and 出典; reopened, its line is left out of the rate rows", () => {
  // The test copy of a 令和8年分 table, relabelled as the year after the built-in data (its second line, 「年分」).
  const bonusFile = path.join(__dirname, "../calc/law/fixtures/user-bonus-rate-r09-test-copy.csv");
  const BONUS = pastHorizon(bonusRateTables);
  const copy = readUserLawFile("user-bonus-rate-r09-test-copy.csv", fs.readFileSync(bonusFile));
  const bonusTable = { ...copy, cells: copy.cells.map((row, i) => (i === 1 ? [row[0], BONUS.reiwaYear] : row)) };
  const withTable = loadUserLaw([NEXT_YEAR_LAW(), bonusTable]);
  const s = lawDataSheet(collectLawInfo({ settings: defaultPayrollSettings(LATER_PAYROLL), law: withTable }), withTable.userRows, withTable.userTaxTables);
  const grid: unknown[][] = Array.from({ length: s.rows }, () => []);
  for (const b of s.blocks) if (b.kind === "values") b.values.forEach((r, i) => r.forEach((v, c) => (grid[b.row + i][b.col + c] = v)));
  expect(grid[s.rows - 1]).toEqual(["賞与の算出率の表", BONUS.reiwaYear, "国税庁の表のとおり（173行）", `${BONUS.year}-01-01`, `${BONUS.year}-12-31`, expect.stringMatching(/^試験用の写し/), "user-bonus-rate-r09-test-copy.csv"]);
  const bonusUse = collectLawInfo({ settings: defaultPayrollSettings(BONUS.month), law: withTable }).find((u) => u.id === "withholding.bonusRateTable")!;
  expect(bonusUse).toMatchObject({ effective: BONUS.iso, value: `賞与の算出率の表 ${BONUS.reiwaYear}（user-bonus-rate-r09-test-copy.csv、173行）`, confidence: "user", fromUser: true });
  const again = loadUserLaw([userLawFromLawSheet(grid)!]);
  expect(again.userRows).toHaveLength(withTable.userRows.length);
  expect(again.userTaxTables).toEqual([]);
});
