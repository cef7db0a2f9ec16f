/**
 * Files in each vendor's documented layout, built from the header names in ../shared/vendor-exports.md (§1.1 freee
 * 賃金台帳, §1.8 SmartHR 従業員リスト, §1.9 KING OF TIME 月別データ), not copied files. The values are made up; the
 * expected figures are the hand sums written beside them.
 */
import { importMasterFile, importPreviousResultsFile, importVariablesFile } from "../../src/import";
import { utf8, where } from "./helpers";

const csv = (lines: string[]) => utf8(lines.join("\r\n") + "\r\n");

test("SmartHR 従業員リスト: 姓・名 and the ヨミガナ joined; 入社年月日 read; the preset is named", async () => {
  const r = await importMasterFile(
    csv([
      "社員番号,姓,名,姓（ヨミガナ）,名（ヨミガナ）,生年月日,入社年月日,基本給,健康保険,税区分,扶養親族等の数",
      "0001,山田,太郎,ヤマダ,タロウ,1985/04/01,2010/04/01,300000,東京都,甲,0",
    ]),
    "smarthr.csv",
  );
  expect(r.mapping.preset).toBe("smarthr-employees");
  expect(r.problems.filter((p) => p.severity === "error")).toEqual([]);
  expect(r.employees[0]).toMatchObject({ id: "0001", name: "山田\u3000太郎", nameKana: "ヤマダ タロウ", birthDate: "1985-04-01", hireDate: "2010-04-01" });
});

test("KING OF TIME 月別データ: 深夜 and 法定休日 added up over KOT's columns", async () => {
  const r = await importVariablesFile(
    csv([
      "従業員コード,残業時間,深夜残業時間,法定休日深夜所定時間,法定休日所定時間,法定休日残業時間",
      "0001,10.5,2,1.5,8,0.5",
    ]),
    "kot.csv",
  );
  expect(r.mapping.preset).toBe("kot-monthly");
  expect(r.problems).toEqual([]);
  // 深夜 2 + 1.5 = 3.5; 法定休日 8 + 0.5 = 8.5
  expect(r.variables).toEqual([{ employeeId: "0001", overtimeHours: 10.5, lateNightHours: 3.5, holidayHours: 8.5 }]);
});

test("a file with 従業員コード and 残業時間 only is not taken for KING OF TIME", async () => {
  const r = await importVariablesFile(csv(["従業員コード,残業時間", "0001,1"]), "v.csv");
  expect(r.mapping.preset).toBeUndefined();
  expect(r.variables).toEqual([{ employeeId: "0001", overtimeHours: 1 }]);
});

test("freee 賃金台帳: only the 給与 rows; the 賞与 row is counted and named", async () => {
  const r = await importPreviousResultsFile(
    csv([
      "従業員番号,種別,支給月日,総支給額,健康保険料,介護保険料,厚生年金保険料,雇用保険料,社会保険料等控除合計,所得税,住民税",
      "0001,給与,2026/11/25,310000,14775,0,27450,1705,43930,6750,10000",
      "0001,賞与,2026/12/10,500000,24625,0,45750,2750,73125,20000,0",
    ]),
    "freee.csv",
  );
  expect(r.mapping.preset).toBe("freee-wage-ledger");
  expect(where(r.problems)).toEqual([[1, "種別", "", "warning"]]);
  expect(r.rowCounts).toEqual({ read: 2, imported: 1, rejected: 0, filtered: 1 });
  // 14,775 + 0 + 27,450 + 1,705 = 43,930
  expect(r.results[0]).toMatchObject({ employeeId: "0001", gross: 310_000, health: 14_775, pension: 27_450, employment: 1_705, socialInsurance: 43_930, incomeTax: 6_750, residentTax: 10_000 });
});
