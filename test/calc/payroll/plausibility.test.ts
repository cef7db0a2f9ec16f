/**
 * Plausibility warnings. The grade edges are those of the 標準報酬月額表 (健康保険法第40条第1項 50等級、
 * 厚生年金保険法第20条第1項 32等級; 協会けんぽ 令和8年度 保険料額表), written out below with each case:
 *   健保 2級  68,000:  63,000以上  73,000未満   健保 3級  78,000:  73,000以上  83,000未満
 *   健保 4級  88,000:  83,000以上  93,000未満 (= 厚年 1級 88,000: 93,000未満すべて)
 *   健保20級 260,000: 250,000以上 270,000未満   健保21級 280,000: 270,000以上 290,000未満
 *   健保22級 300,000: 290,000以上 310,000未満 (= 厚年19級)  健保23級 320,000: 310,000以上 330,000未満 (= 厚年20級)
 *   健保24級 340,000: 330,000以上 350,000未満 (= 厚年21級)
 *   健保35級 650,000: 635,000以上 665,000未満 (= 厚年32級 650,000: 635,000以上すべて)
 *   健保43級 980,000: 955,000以上 1,005,000未満
 */
import { dayOf } from "../../../src/calc/dates/calendar";
import { computePayroll } from "../../../src/calc/payroll/computePayroll";
import { Employee } from "../../../src/calc/payroll/employee";
import {
  basePayAboveCeiling, grossChangedSharply, inexactAmounts, payrollPlausibility, standardGradeGap,
} from "../../../src/calc/payroll/plausibility";
import { plausibilityOfMonth } from "../../../src/calc/payroll/plausibilityOfMonth";
import { defaultPayrollSettings } from "../../../src/calc/payroll/settings";
import { PayrollLine } from "../../../src/calc/payroll/types";

const NOV_2026 = dayOf(2026, 11, 1);

describe("standardGradeGap: two grades or more apart is a 注意", () => {
  const CASES: [name: string, scheme: "health" | "pension", standard: number, pay: number, grades: [number, number] | undefined][] = [
    ["健保 22級 vs 報酬 329,999 (23級): 1 grade", "health", 300_000, 329_999, undefined],
    ["健保 22級 vs 報酬 330,000 (24級): 2 grades", "health", 300_000, 330_000, [22, 24]],
    ["健保 22級 vs 報酬 270,000 (21級): 1 grade", "health", 300_000, 270_000, undefined],
    ["健保 22級 vs 報酬 269,999 (20級): 2 grades", "health", 300_000, 269_999, [22, 20]],
    ["健保 4級 vs 報酬 73,000 (3級): 1 grade", "health", 88_000, 73_000, undefined],
    ["健保 4級 vs 報酬 72,999 (2級): 2 grades", "health", 88_000, 72_999, [4, 2]],
    ["健保 35級 vs 報酬 1,000,000 (43級): 8 grades", "health", 650_000, 1_000_000, [35, 43]],
    ["厚年 19級 vs 報酬 330,000 (21級): 2 grades", "pension", 300_000, 330_000, [19, 21]],
    ["厚年 19級 vs 報酬 329,999 (20級): 1 grade", "pension", 300_000, 329_999, undefined],
    ["厚年 32級 (top) vs 報酬 1,000,000 (still 32級)", "pension", 650_000, 1_000_000, undefined],
    ["厚年 1級 (bottom) vs 報酬 0 (still 1級)", "pension", 88_000, 0, undefined],
  ];
  test.each(CASES)("%s", (_name, scheme, standardAmount, remuneration, grades) => {
    const f = standardGradeGap({ standardAmount, remuneration, scheme, month: NOV_2026 });
    if (grades === undefined) {
      expect(f).toBeUndefined();
      return;
    }
    expect(f).toMatchObject({ severity: "warning", column: scheme === "health" ? "健保標準報酬月額" : "厚年標準報酬月額", value: String(standardAmount) });
    expect(f!.message).toContain(`（${grades[0]}級）`);
    expect(f!.message).toContain(`（${grades[1]}級）`);
    expect(f!.message).toContain(`${Math.abs(grades[0] - grades[1])}等級離れています`);
  });
});

describe("basePayAboveCeiling: above 10,000,000円 a month", () => {
  test.each([
    [10_000_000, false],
    [10_000_001, true],
    [3_000_000 * 10, true], // 300万 typed with an extra zero
  ])("基本給 %d → warning %s", (basePay, warned) => {
    expect(basePayAboveCeiling({ basePay }) !== undefined).toBe(warned);
  });
});

describe("grossChangedSharply: more than 3× or under ⅓ of the previous 総支給額", () => {
  test.each([
    [900_000, 300_000, undefined], // exactly 3 × 300,000
    [900_001, 300_000, "3倍を超えています"],
    [100_000, 300_000, undefined], // 3 × 100,000 = 300,000: not under ⅓
    [99_999, 300_000, "3分の1未満です"], // 3 × 99,999 = 299,997 < 300,000
    [0, 300_000, "3分の1未満です"],
    [500_000, 0, undefined], // nothing to compare with
    [500_000, undefined, undefined],
  ])("総支給 %d, 前回 %s → %s", (gross, previousGross, how) => {
    const f = grossChangedSharply({ gross, previousGross });
    if (how === undefined) expect(f).toBeUndefined();
    else expect(f).toMatchObject({ severity: "warning", column: "総支給額", value: String(gross), message: expect.stringContaining(how) });
  });
});

describe("inexactAmounts: a figure a number cannot hold to the yen is an error naming its column", () => {
  const line: PayrollLine = { employeeId: "E1", gross: 300_000, health: 0, care: 0, childSupport: 0, pension: 0, employment: 0, socialInsurance: 0, taxable: 300_000, incomeTax: 0, residentTax: 0, net: 300_000 };
  test("2^53 + 2 (past Number.MAX_SAFE_INTEGER = 2^53 − 1) in 総支給額 and 差引支給額", () => {
    const big = 2 ** 53 + 2;
    expect(inexactAmounts({ ...line, gross: big, net: big }).map((f) => [f.severity, f.column])).toEqual([["error", "総支給額"], ["error", "差引支給額"]]);
  });
  test("MAX_SAFE_INTEGER itself is exact", () => {
    expect(inexactAmounts({ ...line, gross: Number.MAX_SAFE_INTEGER })).toEqual([]);
  });
});

function employee(over: Partial<Employee> = {}): Employee {
  return {
    id: "E1", name: "見本 太郎", birthDate: "1990-01-15", hireDate: "2015-04-01", payType: "monthly", baseSalary: 300_000,
    fixedAllowance: 0, commuteAllowance: 0, commuteExempt: 0, healthInsurer: "東京都", healthStandard: 300_000, pensionStandard: 300_000,
    employmentInsurance: "general", taxColumn: "甲", dependents: 0, residentTax: 0, ...over,
  };
}

describe("payrollPlausibility and plausibilityOfMonth: on a computed month", () => {
  const settings = defaultPayrollSettings("2026-11");
  const detailOf = (e: Employee, variables = {}) => {
    const o = computePayroll({ employee: e, variables: { employeeId: e.id, ...variables }, settings });
    if (o.status !== "paid") throw new Error("expected a line");
    return o.detail;
  };

  test("a plausible month has no finding", () => {
    expect(payrollPlausibility({ detail: detailOf(employee()), healthStandard: 300_000, pensionStandard: 300_000, previousGross: 300_000, month: NOV_2026 })).toEqual([]);
  });

  test("臨時の手当 are not 報酬: 300,000 + 臨時 100,000 stays at 22級", () => {
    const d = detailOf(employee(), { extraTaxable: 60_000, extraNonTaxable: 40_000 });
    expect(d.gross).toBe(400_000);
    expect(payrollPlausibility({ detail: d, healthStandard: 300_000, month: NOV_2026 })).toEqual([]);
  });

  test("時給 250,000 (a monthly salary typed as the unit price) × 160h = 40,000,000: 基本給 and both grades", () => {
    const e = employee({ payType: "hourly", baseSalary: 250_000 });
    const found = payrollPlausibility({ detail: detailOf(e, { workHours: 160 }), healthStandard: 300_000, pensionStandard: 300_000, month: NOV_2026 });
    expect(found.map((f) => [f.column, f.value])).toEqual([["基本給", "40000000"], ["健保標準報酬月額", "300000"], ["厚年標準報酬月額", "300000"]]);
  });

  test("plausibilityOfMonth: the previous 総支給額 by 社員番号, only employees with findings", () => {
    const a = employee({ id: "A" });
    const b = employee({ id: "B", baseSalary: 1_000_000 }); // 1,000,000 > 3 × 300,000 = 900,000; 43級 vs 22級
    const found = plausibilityOfMonth({ employees: [a, b], settings, previousGross: new Map([["A", 300_000], ["B", 300_000]]) });
    expect(found.map((x) => [x.employeeId, x.findings.map((f) => f.column)])).toEqual([["B", ["総支給額", "健保標準報酬月額", "厚年標準報酬月額"]]]);
  });
});
