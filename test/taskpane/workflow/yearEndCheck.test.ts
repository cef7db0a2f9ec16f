/** The pure state of 「年末調整の検算シートを作る」: problems as (row, column, value, reason), the year, the plan. */
import * as fs from "node:fs";
import * as path from "node:path";
import { initialYearEndCheck, notesBesideProblems, parseYear, withFile, yearEndPlanOf, yearEndProblems, yearEndSummary, nenchoTemplateCsv } from "../../../src/taskpane/workflow/yearEndCheck";
import { assertValuesStayValues } from "../../../src/workbook/safety";
import { YEAR_END_SHEET } from "../../../src/workbook/yearEndPlan";
import { evaluatePlan } from "../../support/referenceEvaluator";
import type { Block } from "../../../src/workbook/types";

const EXAMPLE = fs.readFileSync(path.resolve(__dirname, "../../../examples/nencho-staff.csv"));
const utf8 = (s: string) => Buffer.from(s, "utf8");

test("the example list: no problems, a plan of 年末調整検算 for every employee", () => {
  const s = withFile(initialYearEndCheck(2026), "nencho-staff.csv", EXAMPLE);
  expect(s.list!.rows.length).toBeGreaterThan(0);
  expect(yearEndProblems(s)).toEqual([]);
  const r = yearEndPlanOf(s);
  if (!("plan" in r)) throw new Error(r.reason);
  expect(r.plan.sheets[0].name).toBe("年末調整検算");
  expect(r.plan.employees).toHaveLength(s.list!.rows.length);
});

test.each([
  ["2026", 2026], ["令和8年", 2026], ["R7", 2025],
])("年分 %s → %i", (text, year) => expect(parseYear(text)).toBe(year));

test("an unreadable 年分 is the reason not to write", () => {
  const s = { ...withFile(initialYearEndCheck(2026), "a.csv", EXAMPLE), yearText: "来年" };
  const r = yearEndPlanOf(s);
  expect("reason" in r && r.reason).toMatch(/年分/);
});

test("row problems give row, column, the value as typed and the reason", () => {
  const csv = "社員番号,氏名,支給総額,社会保険料,源泉徴収済額\nE1,良い,3000000,450000,30000\nE2,悪い,abc,0,0\n";
  const s = withFile(initialYearEndCheck(2026), "bad.csv", utf8(csv));
  const problems = yearEndProblems(s);
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatchObject({ row: 3, column: "支給総額", value: "abc" });
  expect(problems[0].message).toContain("abc");
  expect("plan" in yearEndPlanOf(s)).toBe(true);
});

test("a file without the required columns is one problem and no plan", () => {
  const s = withFile(initialYearEndCheck(2026), "x.csv", utf8("社員番号,氏名\nE1,名前\n"));
  expect(yearEndProblems(s)).toMatchObject([{ row: 1, column: "（ファイル）", value: "x.csv" }]);
  expect(yearEndPlanOf(s)).toMatchObject({ reason: expect.stringContaining("必須の列") });
});

test("no file yet: asks for one", () => {
  expect(yearEndPlanOf(initialYearEndCheck(2026))).toEqual({ reason: "従業員一覧の CSV を選んでください。" });
});

describe("yearEndSummary: counts and who is 対象外 before anything is written", () => {
  test("the example list, 令和8年分: 6 rows, all usable; E005 (支給総額 21,000,000円 > 2,000万円, 所得税法第190条) is 対象外", () => {
    const s = withFile(initialYearEndCheck(2026), "nencho-staff.csv", EXAMPLE);
    const sum = yearEndSummary(s)!;
    expect(sum).toMatchObject({ rows: 6, usable: 6, rejected: 0, problems: 0 });
    expect(sum.scopeUnknown).toBeUndefined();
    expect(sum.outOfScope.map((o) => [o.id, o.salary])).toEqual([["E005", 21_000_000]]);
    expect(sum.outOfScope[0].message).toContain("21,000,000円が20,000,000円を超える");
    expect(sum.outOfScope[0].message).toContain("所得税法第190条");
    expect(sum.outOfScope[0].message).toContain("令和8年分");
  });

  test("rows with problems are counted once each, problems one by one", () => {
    const csv = "社員番号,氏名,支給総額,社会保険料,源泉徴収済額\nE1,良い,3000000,450000,30000\nE2,悪い,abc,x,0\n";
    const sum = yearEndSummary(withFile(initialYearEndCheck(2026), "bad.csv", utf8(csv)))!;
    expect(sum).toMatchObject({ rows: 2, usable: 1, rejected: 1, problems: 2, outOfScope: [] });
  });

  test.each([
    ["来年", /年分/],
    ["2099", /#N\/A|ありません|データ/],
  ])("年分 %s: 対象外 cannot be told, and the reason says why", (yearText, reason) => {
    const s = { ...withFile(initialYearEndCheck(2026), "a.csv", EXAMPLE), yearText };
    const sum = yearEndSummary(s)!;
    expect(sum.outOfScope).toEqual([]);
    expect(sum.scopeUnknown).toMatch(reason);
  });

  test("no file, or a file that cannot be read: no summary", () => {
    expect(yearEndSummary(initialYearEndCheck(2026))).toBeUndefined();
    expect(yearEndSummary(withFile(initialYearEndCheck(2026), "x.csv", utf8("社員番号,氏名\nE1,名前\n")))).toBeUndefined();
  });
});

test("the template the pane offers is templates/nencho-template.csv, byte for byte", () => {
  const file = fs.readFileSync(path.resolve(__dirname, "../../../templates/nencho-template.csv"));
  expect(file.length).toBeGreaterThan(0);
  expect(Buffer.from(nenchoTemplateCsv(), "utf8").equals(file)).toBe(true);
});

describe("the plan to write is what Excel's range.values accepts", () => {
  const rows = (b: Block) => (b.kind === "values" ? b.values : b.kind === "formulas" ? b.formulas : b.kind === "tile" ? b.pattern : []);
  const ragged = (b: Block) => new Set(rows(b).map((r) => r.length)).size > 1;

  test("every block of the 年末調整検算 plan is a rectangle; E001 (国税庁 令和8年分の計算例) 年調年税額 41,400, 過不足 115,270", () => {
    const r = yearEndPlanOf(withFile(initialYearEndCheck(2026), "nencho-staff.csv", EXAMPLE));
    if (!("plan" in r)) throw new Error(r.reason);
    expect(r.plan.sheets.flatMap((s) => s.blocks).length).toBeGreaterThan(0);
    expect(r.plan.sheets.flatMap((s) => s.blocks).filter(ragged)).toEqual([]);
    const ev = evaluatePlan(r.plan);
    const i = r.plan.employees.findIndex((e) => e.id === "E001");
    const at = (key: string) => ev.value(YEAR_END_SHEET, r.plan.firstRow + i, r.plan.column(key));
    expect([at("annualTax"), at("balance")]).toEqual([41_400, 115_270]);
  });

  test("a ragged block is refused before anything is written, naming the sheet and cell", () => {
    const sheet = { name: "検算", rows: 2, cols: 2, blocks: [{ kind: "values" as const, row: 0, col: 0, values: [["見出し"], ["a", "b"]] }], formats: [], columnWidths: [] };
    expect(() => assertValuesStayValues(sheet)).toThrow(/検算!A1.*列数/);
  });
});

test("notes beside the problem table: row problems are not repeated, other notes stay", () => {
  // The example list with its second employee's third column (支給総額) made unreadable.
  const lines = fs.readFileSync(path.join(__dirname, "../../../examples/nencho-staff.csv"), "utf8").split(/\r?\n/);
  lines[2] = lines[2].replace(/^([^,]*,[^,]*,)[^,]*/, "$1abc");
  const bad = Buffer.from(lines.join("\n"));
  const s = withFile(initialYearEndCheck(2026), "staff.csv", bad);
  const r = yearEndPlanOf(s);
  if (!("plan" in r)) throw new Error(r.reason);
  expect(r.plan.notes.length).toBeGreaterThan(0);
  expect(notesBesideProblems(r.plan, s.list!)).toEqual([]);
  const far = yearEndPlanOf(withFile(initialYearEndCheck(2099), "staff.csv", bad));
  if (!("plan" in far)) throw new Error(far.reason);
  expect(notesBesideProblems(far.plan, s.list!).some((n) => n.includes("法令データがない"))).toBe(true);
});

test("the same 社員番号 on two rows: an error on each naming the other row; neither goes on the sheet", () => {
  const lines = EXAMPLE.toString("utf8").replace(/^\uFEFF/, "").split(/\r?\n/).filter((l) => l !== "");
  // The file's second data row (line 3) gets the first's 社員番号.
  const firstId = lines[1].split(",")[0];
  const secondId = lines[2].split(",")[0];
  lines[2] = lines[2].replace(secondId, firstId);
  const s = withFile(initialYearEndCheck(2026), "dup.csv", new TextEncoder().encode(lines.join("\r\n") + "\r\n"));
  const dup = yearEndProblems(s).filter((p) => p.column === "社員番号");
  expect(dup.map((p) => [p.row, p.message])).toEqual([
    [2, `社員番号 ${firstId} が 3行目にもあります。同じ人が2回、または別の人が同じ番号で載っています。`],
    [3, `社員番号 ${firstId} が 2行目にもあります。同じ人が2回、または別の人が同じ番号で載っています。`],
  ]);
  const ready = yearEndPlanOf(s);
  if (!("plan" in ready)) throw new Error(ready.reason);
  expect(ready.plan.employees.map((e) => e.id)).not.toContain(firstId);
  expect(ready.plan.employees).toHaveLength(lines.length - 3);
});
