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

  describe("a month paid provisionally (備考 仮払い) and its true results", () => {
    const NOTED = ["社員番号", "種別", "支給日", "基礎日数", "総支給額", "差引支給額", "備考"];
    const noted = (file: string, rows: string[][]) => ({ file, ...importPreviousResultsTable(tableFromCells([NOTED, ...rows]), undefined) });
    // The 仮払い台帳 of --from-results: last month's 総支給額 310,000 paid again on 2026-05-25.
    const ledger = () => noted("仮払い台帳.csv", [["A1", "給与", "2026-05-25", "", "310000", "250000", "仮払い（前月同額）"], ["B2", "給与", "2026-05-25", "", "200000", "160000", "仮払い（前月同額）"]]);

    test("the true row of the same 社員番号・種別・month replaces it, with a note naming both files; the true figures are used", () => {
      const truth = imported("2026-05.csv", [["A1", "給与", "2026-05-26", "31", "325000", ""], ["B2", "給与", "2026-05-25", "31", "198000", ""]]);
      const year = yearOfResults([ledger(), truth]);
      expect(year.byEmployee.get("A1")!.map((r) => [r.file, r.cash, r.payDay])).toEqual([["2026-05.csv", 325_000, dayOf(2026, 5, 26)]]);
      expect(year.byEmployee.get("B2")!.map((r) => [r.file, r.cash])).toEqual([["2026-05.csv", 198_000]]);
      expect(year.rejectedCount).toBe(0);
      expect(year.problems.map((p) => [p.file, p.row, p.column, p.severity])).toEqual([["仮払い台帳.csv", 2, "備考", "warning"], ["仮払い台帳.csv", 3, "備考", "warning"]]);
      expect(year.problems[0].message).toContain("確定した「2026-05.csv」2行目を使い、「仮払い台帳.csv」2行目の仮払いは使いません");
    });

    test("files in the other order: the same", () => {
      const truth = imported("2026-05.csv", [["A1", "給与", "2026-05-25", "31", "325000", ""], ["B2", "給与", "2026-05-25", "31", "198000", ""]]);
      const year = yearOfResults([truth, ledger()]);
      expect([year.byEmployee.get("A1")!.map((r) => r.cash), year.rejectedCount]).toEqual([[325_000], 0]);
    });

    test("without a true row the provisional row is an error and its figures are not used", () => {
      const truth = imported("2026-05.csv", [["A1", "給与", "2026-05-25", "31", "325000", ""]]);
      const year = yearOfResults([ledger(), truth]);
      expect(year.byEmployee.get("B2")).toBeUndefined();
      expect(year.rejectedCount).toBe(1);
      const error = year.problems.find((p) => p.severity === "error")!;
      expect([error.file, error.row, error.column, error.value]).toEqual(["仮払い台帳.csv", 3, "備考", "仮払い"]);
      expect(error.message).toContain("社員番号 B2: 支給日 2026-05-25の給与は仮払い（前月同額）で、その月の確定した結果がありません");
    });

    test("a true row of another month does not replace it; a 賞与 of the same month does not either", () => {
      const other = imported("other.csv", [["B2", "給与", "2026-04-24", "30", "198000", ""], ["B2", "賞与", "2026-05-25", "", "500000", ""], ["A1", "給与", "2026-05-25", "31", "325000", ""]]);
      const year = yearOfResults([ledger(), other]);
      expect(year.byEmployee.get("B2")!.map((r) => [r.kind, r.cash])).toEqual([["給与", 198_000], ["賞与", 500_000]]);
      expect(year.problems.filter((p) => p.severity === "error").map((p) => [p.file, p.row])).toEqual([["仮払い台帳.csv", 3]]);
    });

    test("two true rows of one payment are still an error, whatever the ledger says", () => {
      const year = yearOfResults([ledger(), imported("a.csv", [["A1", "給与", "2026-05-25", "31", "325000", ""]]), imported("b.csv", [["A1", "給与", "2026-05-25", "31", "325001", ""]])]);
      expect(year.byEmployee.get("A1")).toBeUndefined();
      expect(year.problems.some((p) => p.severity === "error" && p.message.includes("「a.csv」2行目と「b.csv」2行目の両方にあります"))).toBe(true);
    });

    test("the ledger sonae zengin --from-previous writes (no 総支給額) reads as provisional rows", () => {
      const bank = importPreviousResultsTable(tableFromCells([["社員番号", "氏名", "種別", "支給日", "差引支給額", "備考"], ["0001", "山田 太郎", "給与", "2026-12-25", "376261", "仮払い（前月同額）"]]), undefined);
      expect(bank.problems).toEqual([]);
      expect(bank.results[0]).toMatchObject({ employeeId: "0001", payDate: "2026-12-25", net: 376_261, provisional: true });
    });
  });
});
