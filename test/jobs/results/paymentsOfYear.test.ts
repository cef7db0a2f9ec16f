/**
 * One reader, two filings: the 届書 tell payments apart by 支給日, the 年度更新 by 対象年月 (and 支給日). The same
 * rows read both ways show what the filing decides and what the reader decides for both.
 */
import type { PreviousResult } from "../../../src/calc/records/previousResults";
import { wagesOfResults } from "../../../src/jobs/nendo/resultsWages";
import { yearOfResults } from "../../../src/jobs/results/yearOfResults";

const salary = (employeeId: string, period: string, payDate: string, gross: number, extra: Pick<PreviousResult, "provisional"> = {}): PreviousResult => ({ employeeId, kind: "給与", period, payDate, gross, variables: { employeeId }, ...extra });
const file = (name: string, ...results: PreviousResult[]) => ({ file: name, results, rows: results.map((_, i) => i + 2) });

describe("a repeated payment", () => {
  // 5月分 paid on 2026-06-25 in both files: one payment written twice.
  const files = [file("a.csv", salary("0001", "2026-05", "2026-06-25", 300_000)), file("b.csv", salary("0001", "2026-05", "2026-06-25", 300_001))];

  test("the 届書 name it by 支給日, and count the first row as rejected too (2 rows)", () => {
    const year = yearOfResults(files);
    expect(year.problems.map((p) => p.message)).toEqual(["社員番号 0001 の給与（支給日 2026-06-25）が「a.csv」2行目と「b.csv」2行目の両方にあります。どちらか一方にしてください。"]);
    expect(year.rejectedCount).toBe(2);
  });

  test("the 年度更新 names a 給与 by 対象年月, and adds neither to the 賃金総額", () => {
    const { wages, problems } = wagesOfResults(files);
    expect(wages).toEqual([]);
    expect(problems.map((p) => p.message)).toEqual(["社員番号 0001 の給与（対象年月 2026-05）が「a.csv」2行目と「b.csv」2行目の両方にあります。どちらか一方にしてください。"]);
  });
});

test("the same 支給日 under two 対象年月 (a late 4月分 paid with the 5月分) is a repeat to the 届書 (an error), two payments to the 年度更新", () => {
  const files = [file("a.csv", salary("0001", "2026-04", "2026-05-25", 10_000), salary("0001", "2026-05", "2026-05-25", 300_000))];
  expect(yearOfResults(files).byEmployee.get("0001")).toBeUndefined();
  expect(wagesOfResults(files).wages.map((w) => [w.period, w.gross])).toEqual([["2026-04", 10_000], ["2026-05", 300_000]]);
});

test("a 仮払い row stands for its 支給日's month to the 届書, its 対象年月 to the 年度更新", () => {
  // The 仮払い of 5月分 was paid 2026-06-25; the true 5月分 paid 2026-07-10 (a late settlement).
  const files = [file("仮払い台帳.csv", salary("0001", "2026-05", "2026-06-25", 300_000, { provisional: true })), file("true.csv", salary("0001", "2026-05", "2026-07-10", 310_000))];
  expect(yearOfResults(files).problems.map((p) => p.severity)).toEqual(["error"]);
  const nendo = wagesOfResults(files);
  expect(nendo.problems.map((p) => [p.severity, p.file, p.row])).toEqual([["warning", "仮払い台帳.csv", 2]]);
  expect(nendo.problems[0].message).toContain("確定した「true.csv」2行目を使い");
  expect(nendo.wages.map((w) => w.gross)).toEqual([310_000]);
});
