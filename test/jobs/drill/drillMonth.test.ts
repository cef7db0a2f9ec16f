/**
 * The drill over the payroll job: everyone on either side listed, with why only one side has them; the items
 * compared are those the results file has.
 */
import { defaultPayrollSettings } from "../../../src/calc/payroll/settings";
import type { PreviousResult } from "../../../src/calc/records/previousResults";
import { importMasterTable } from "../../../src/import";
import { tableFromCells } from "../../../src/import/table";
import { runPayroll } from "../../../src/jobs/payroll/runPayroll";
import { drillMonth } from "../../../src/jobs/drill/drillMonth";

const HEADERS = ["社員番号", "氏名", "生年月日", "入社日", "退職日", "給与形態", "基本給", "健康保険", "健保標準報酬月額", "厚年標準報酬月額", "雇用保険", "税区分", "扶養親族等の数", "住民税"];
const person = (id: string, name: string, o: { leave?: string; base?: string } = {}) => [id, name, "1990-05-15", "2020-04-01", o.leave ?? "", "月給", o.base ?? "300000", "東京都", "300000", "300000", "一般", "甲", "0", "0"];

// 月給 300,000, 標準 300,000 東京都, 2026-10分 (翌月徴収): 健保 14,775 (× 9.85% ÷ 2), 支援金 345 (15,120 − 14,775),
// 厚年 27,450 (× 18.3% ÷ 2), 雇用 1,500 (× 5‰); 課税 300,000 − 44,070 = 255,930 → 月額表 甲0人 6,320;
// 差引 300,000 − 44,070 − 6,320 = 249,610.
const HAND = { gross: 300_000, health: 14_775, care: 0, childSupport: 345, pension: 27_450, employment: 1_500, incomeTax: 6_320, residentTax: 0, net: 249_610 };

function drill(results: PreviousResult[]) {
  const cells = [HEADERS, person("0001", "一致 一郎"), person("0002", "差異 二郎"), person("0003", "結果 なし"), person("0004", "退職 四郎", { leave: "2026-09-30" }), person("0005", "誤り 五郎", { base: "abc" })];
  const master = importMasterTable(tableFromCells(cells));
  const run = runPayroll({ master, settings: defaultPayrollSettings("2026-11") });
  return drillMonth({ run, results, resultRows: results.map((_, i) => i + 2) });
}

const result = (employeeId: string, r: Partial<PreviousResult> = {}): PreviousResult => ({ employeeId, variables: { employeeId }, ...HAND, ...r });

test("the hand-worked month matches to the yen, a changed premium differs, and every one-sided person is listed with why", () => {
  const r = drill([result("1"), result("0002", { health: 15_760 }), result("0004"), result("0005"), result("0009")]);
  expect(r.items).toEqual(["gross", "health", "care", "childSupport", "pension", "employment", "incomeTax", "residentTax", "net"]);
  expect(r.employees.map((e) => [e.employeeId, e.status, e.masterRow, e.resultRow])).toEqual([
    ["0001", "match", 2, 2],
    ["0002", "differs", 3, 3],
    ["0003", "onlySonae", 4, 0],
    ["0004", "onlyResults", 5, 4],
    ["0005", "onlyResults", 6, 5],
    ["0009", "onlyResults", 0, 6],
  ]);
  expect([r.matched, r.differing]).toEqual([1, 5]);
  expect(r.employees[1].differences).toEqual([
    { item: "health", label: "健康保険", sonae: 14_775, result: 15_760, difference: -985, reasons: [expect.stringContaining("320,000円（23級）")] },
  ]);
  expect(r.employees[3].note).toContain("退職日 2026-09-30 が賃金計算期間の前");
  expect(r.employees[4].note).toBe("従業員マスタの6行目が取り込めなかったため、Sonae は計算していません。");
  expect(r.employees[5].note).toContain("従業員マスタにいません");
});

test("only the items the results have are compared: a file of 社員番号 and 差引支給額", () => {
  const r = drill([{ employeeId: "0001", variables: { employeeId: "0001" }, net: 249_610 }, { employeeId: "0002", variables: { employeeId: "0002" }, net: 249_610 }, { employeeId: "0003", variables: { employeeId: "0003" }, net: 249_610 }]);
  expect(r.items).toEqual(["net"]);
  expect([r.matched, r.differing]).toEqual([3, 0]);
});
