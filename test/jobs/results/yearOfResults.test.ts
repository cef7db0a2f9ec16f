import { dayOf } from "../../../src/calc/dates/calendar";
import { importPreviousResultsTable, tableFromCells } from "../../../src/import";
import { yearOfResults } from "../../../src/jobs/results/yearOfResults";

const HEADER = ["社員番号", "種別", "支給日", "基礎日数", "総支給額", "現物給与"];
const imported = (file: string, rows: string[][]) => ({ file, ...importPreviousResultsTable(tableFromCells([HEADER, ...rows]), undefined) });

describe("yearOfResults", () => {
  test("files in any order: each person's payments with their file and row", () => {
    const year = yearOfResults([imported("6月.csv", [["A1", "給与", "2026-06-25", "30", "310000", ""]]), imported("4-5月.csv", [["A1", "給与", "2026-04-24", "30", "300000", "1000"], ["A1", "賞与", "2026-06-30", "", "500000", ""]])]);
    expect(year.problems).toEqual([]);
    const a1 = year.byEmployee.get("A1")!;
    expect(a1.map((r) => [r.file, r.row, r.kind, r.payDay, r.cash, r.inKind])).toEqual([
      ["6月.csv", 2, "給与", dayOf(2026, 6, 25), 310_000, 0],
      ["4-5月.csv", 2, "給与", dayOf(2026, 4, 24), 300_000, 1_000],
      ["4-5月.csv", 3, "賞与", dayOf(2026, 6, 30), 500_000, 0],
    ]);
  });

  test("the same 社員番号, 種別 and 支給日 in two files: an error naming both, and neither is used", () => {
    const year = yearOfResults([imported("a.csv", [["A1", "給与", "2026-05-25", "31", "300000", ""]]), imported("b.csv", [["B2", "給与", "2026-05-25", "31", "1", ""], ["A1", "給与", "2026/5/25", "31", "300001", ""]])]);
    expect(year.problems).toHaveLength(1);
    expect(year.problems[0]).toMatchObject({ file: "b.csv", row: 3, column: "社員番号", value: "A1", severity: "error" });
    expect(year.problems[0].message).toContain("「a.csv」2行目と「b.csv」3行目の両方にあります");
    expect(year.byEmployee.get("A1")).toBeUndefined();
    expect(year.rejectedCount).toBe(2);
  });

  test("a 給与 and a 賞与 of the same day are two payments; a row without 支給日 is an error", () => {
    const year = yearOfResults([imported("a.csv", [["A1", "給与", "2026-06-25", "30", "300000", ""], ["A1", "賞与", "2026-06-25", "", "500000", ""], ["A1", "給与", "", "30", "1", ""]])]);
    expect(year.byEmployee.get("A1")).toHaveLength(2);
    expect(year.problems).toEqual([expect.objectContaining({ file: "a.csv", row: 4, column: "支給日", severity: "error" })]);
  });

  test("within one file the importer already refuses the repeat (both rows)", () => {
    const r = importPreviousResultsTable(tableFromCells([HEADER, ["A1", "給与", "2026-05-25", "31", "1", ""], ["A1", "給与", "2026-05-25", "31", "2", ""]]), undefined);
    expect(r.rejected.map((x) => x.row)).toEqual([2, 3]);
  });
});
