/**
 * The horizon calendar: every table with its periods, 信頼度 and sources, and the next expected revision named
 * as the law names it (協会けんぽ 令和9年度料率 from 2027-03分; 雇用保険 令和9年度 from the 2027-04-01 wage closing date).
 * The next revision is asked of each table's horizon, so these cases hold when next year's rates are added.
 */
import { lawCalendar } from "../../../src/calc/law/calendar";
import { formatCalendar } from "../../../src/cli/commands/law";
import { loadUserLaw } from "../../../src/calc/law/userLaw";
import { careInsuranceRate, childSupportLevyRate, kyoukaiKenpoRates } from "../../../src/calc/law/socialInsurance";
import { employmentInsuranceRates } from "../../../src/calc/law/employmentInsurance";
import { bonusRateTables, monthlyTaxTables } from "../../../src/calc/law/withholding";
import { lastDayOfMonth, pastHorizon } from "../../support/lawHorizon";

const calendar = lawCalendar();
const entry = (title: string) => calendar.find((e) => e.title === title)!;

test("every table is listed once, each period with sources", () => {
  expect(calendar.length).toBeGreaterThanOrEqual(20);
  expect(new Set(calendar.map((e) => e.title)).size).toBe(calendar.length);
  for (const e of calendar) for (const p of e.periods) expect(p.sources.length).toBeGreaterThan(0);
});

const KENPO = pastHorizon(kyoukaiKenpoRates);
const CARE = pastHorizon(careInsuranceRate);
const LEVY = pastHorizon(childSupportLevyRate);
const EMPLOYMENT = pastHorizon(employmentInsuranceRates);
const MONTHLY = pastHorizon(monthlyTaxTables);
const BONUS = pastHorizon(bonusRateTables);
// 協会けんぽ names a year's rates after the 年度 that begins in the April after their first 3月分.
const kyoukaiYear = (year: number) => `令和${year - 2018}年度`;

test.each([
  ["協会けんぽ 健康保険料率", `協会けんぽ ${kyoukaiYear(KENPO.year)}料率: ${KENPO.month}分から。例年2月に公表`],
  ["協会けんぽ 介護保険料率", `協会けんぽ ${kyoukaiYear(CARE.year)}介護保険料率: ${CARE.month}分から。例年2月に公表`],
  ["子ども・子育て支援金率", `${LEVY.reiwaFiscalYear}の子ども・子育て支援金率: ${LEVY.month}分から。年度ごとに定められる`],
  ["雇用保険料率", `${EMPLOYMENT.reiwaFiscalYear}の雇用保険料率: 賃金締切日が ${EMPLOYMENT.iso} 以後の賃金から。例年2〜3月に厚生労働省が公表`],
  ["給与所得の源泉徴収税額表（月額表）", expect.stringMatching(new RegExp(`^${MONTHLY.reiwaYear}の月額表: ${MONTHLY.iso} 以後の支払から`))],
  ["賞与に対する源泉徴収税額の算出率の表", expect.stringMatching(new RegExp(`^${BONUS.reiwaYear}の賞与の算出率の表: ${BONUS.iso} 以後の支払から`))],
  ["厚生年金保険料率", null],
])("%s → %s", (title, next) => {
  expect(entry(title).next).toEqual(next);
});

test("periods run from one revision to the day before the next, the last to the horizon", () => {
  const kenpo = entry("協会けんぽ 健康保険料率").periods;
  expect(kenpo.slice(0, 4).map((p) => [p.from, p.until, p.confidence])).toEqual([
    ["2023-03-01", "2024-02-29", "medium"],
    ["2024-03-01", "2025-02-28", "high"],
    ["2025-03-01", "2026-02-28", "high"],
    ["2026-03-01", "2027-02-28", "high"],
  ]);
  expect(kenpo.at(-1)?.until).toBe(kyoukaiKenpoRates.spec.knownUntil);
  expect(entry("源泉徴収税額の電算機計算の特例（月額表の甲欄）").periods.find((p) => p.from === "2027-01-01")).toMatchObject({ until: "2027-12-31", confidence: "medium" });
});

test("sonae law prints months for premium tables, 信頼度 in Japanese and the user's rows with their 出典", () => {
  const law = loadUserLaw([{ name: "law.csv", cells: [["表", "区分", "料率", "適用開始", "出典"], ["協会けんぽ健康保険料率", "東京都", "10.00%", KENPO.month, "協会けんぽ 翌年度（仮）"]] }]);
  const text = formatCalendar(calendar, law);
  expect(text).toContain("■ 協会けんぽ 健康保険料率（保険料の○月分）\n  2023-03分〜2024-02分  信頼度 中  全国健康保険協会 令和5年度");
  expect(text).toContain(`  次の改定: 協会けんぽ ${kyoukaiYear(KENPO.year)}料率: ${KENPO.month}分から。例年2月に公表\n`);
  expect(text).toContain(`■ 利用者が追加した法令データ（組み込みのデータが優先）\n  協会けんぽ健康保険料率 東京都 10.00%  ${KENPO.iso}〜${lastDayOfMonth(KENPO.monthPlus(11))}  出典: 協会けんぽ 翌年度（仮）  （law.csv 2行目）`);
  expect(text).not.toMatch(/ppm|high|medium/);
});

test("sonae law lists a user's 源泉徴収税額表 by table, 年分, rows, period and 出典", () => {
  const cells = [["表", "賞与の算出率の表"], ["年分", BONUS.reiwaYear], ["出典", "試験用の写し"], ["column", "rate_pct", "prev_month_from_inclusive", "prev_month_to_exclusive"],
    ...["kou_0", "kou_1", "kou_2", "kou_3", "kou_4", "kou_5", "kou_6", "kou_7", "otsu"].map((c) => [c, "10", "0", ""])];
  const text = formatCalendar(calendar, loadUserLaw([{ name: "bonus.csv", cells }]));
  expect(text).toContain(`■ 利用者が追加した源泉徴収税額表（組み込みのデータが優先）\n  賞与の算出率の表 ${BONUS.reiwaYear}（9行）  ${BONUS.year}-01-01〜${BONUS.year}-12-31  出典: 試験用の写し  （bonus.csv）`);
});
