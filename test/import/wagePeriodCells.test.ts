/**
 * 賃金計算期間 from a results file's own columns: a 計算期間 ("初日〜締め日"), or a 締日 — a date (freee's 賃金台帳 CSV
 * has 給与計算締日（固定給）, shared/vendor-exports.md after dokikudai/freee_tool) or a day of the 対象年月. Periods
 * worked out by hand: a 20日締め ending 2026/5/20 starts the day after 4/20; a date on the last day of its month
 * is 末日締め, the calendar month (2026 is not a leap year: February ends on the 28th).
 */
import { importPreviousResultsFile } from "../../src/import";
import { utf8 } from "./helpers";

const csv = (lines: string[]) => utf8(lines.join("\r\n") + "\r\n");

test("a 計算期間 column, in the forms exports write it", async () => {
  const r = await importPreviousResultsFile(
    csv(["社員番号,支給日,総支給額,計算期間", "A1,2026/05/25,300000,2026/04/21〜2026/05/20", "A2,2026/05/25,300000,2026-04-21 ～ 2026-05-20", "A3,2026/05/25,300000,2026年4月21日から2026年5月20日"]),
    "vendor.csv",
  );
  expect(r.problems).toEqual([]);
  expect(r.results.map((x) => x.wagePeriod)).toEqual(Array(3).fill({ start: "2026-04-21", end: "2026-05-20" }));
});

test("freee 賃金台帳's 給与計算締日（固定給）: the period that ends on the date", async () => {
  const r = await importPreviousResultsFile(
    csv([
      "従業員番号,種別,支給月日,総支給額,社会保険料等控除合計,所得税,給与計算締日（固定給）",
      "0001,給与,2026/05/25,310000,43930,6750,2026/05/20",
      "0001,給与,2026/06/10,310000,43930,6750,2026/05/31",
      "0001,給与,2026/03/10,310000,43930,6750,2026/02/28",
    ]),
    "freee.csv",
  );
  expect(r.mapping.preset).toBe("freee-wage-ledger");
  expect(r.results.map((x) => x.wagePeriod)).toEqual([
    { start: "2026-04-21", end: "2026-05-20" }, // 20日締め: 4/21〜5/20
    { start: "2026-05-01", end: "2026-05-31" }, // 末日締め
    { start: "2026-02-01", end: "2026-02-28" }, // 末日締め in February
  ]);
});

test("a 締日 of a day only is read on the row's 対象年月; without one it is a warning and the row is kept", async () => {
  const r = await importPreviousResultsFile(csv(["社員番号,対象年月,支給日,総支給額,締日", "A1,2026-05,2026/05/25,300000,20", "A2,2026-05,2026/05/25,300000,末日"]), "a.csv");
  expect(r.results.map((x) => x.wagePeriod)).toEqual([{ start: "2026-04-21", end: "2026-05-20" }, { start: "2026-05-01", end: "2026-05-31" }]);
  const noMonth = await importPreviousResultsFile(csv(["社員番号,支給日,総支給額,締日", "A1,2026/05/25,300000,20"]), "b.csv");
  expect(noMonth.rowCounts).toMatchObject({ imported: 1, rejected: 0 });
  expect(noMonth.results[0].wagePeriod).toBeUndefined();
  expect(noMonth.problems).toEqual([expect.objectContaining({ row: 2, column: "締日", severity: "warning", message: expect.stringContaining("対象年月の列がない") })]);
});

test("a period that cannot be read is a warning naming the row and column, never a rejected row", async () => {
  const r = await importPreviousResultsFile(csv(["社員番号,支給日,総支給額,計算期間", "A1,2026/05/25,300000,5月分", "A2,2026/05/25,300000,2026/05/20〜2026/04/21"]), "a.csv");
  expect(r.rowCounts).toMatchObject({ imported: 2, rejected: 0 });
  expect(r.results.map((x) => x.wagePeriod)).toEqual([undefined, undefined]);
  expect(r.problems.map((p) => [p.row, p.column, p.value, p.severity])).toEqual([[2, "計算期間", "5月分", "warning"], [3, "計算期間", "2026/05/20〜2026/04/21", "warning"]]);
  expect(r.problems[1].message).toContain("初日が最後の日より後");
});
