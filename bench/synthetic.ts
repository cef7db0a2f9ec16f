/**
 * Fictional employees and their month's inputs for benchmarks and scale tests: varied pay types, insurers,
 * ages and accounts, deterministic.
 */
import { Employee, MonthlyVariables } from "../src/calc/payroll/employee";

const PREFECTURES = ["東京都", "大阪府", "愛知県", "福岡県", "北海道", "9.5%/1.8%"];

/** n fictional employees with varied pay types, insurers, ages and accounts (deterministic). */
export function syntheticEmployees(n: number): Employee[] {
  return Array.from({ length: n }, (_, i): Employee => {
    const payType = i % 10 === 0 ? "hourly" : i % 7 === 0 ? "daily" : "monthly";
    const base = payType === "hourly" ? 1_100 + (i % 9) * 50 : payType === "daily" ? 9_000 + (i % 11) * 500 : 180_000 + (i % 37) * 10_000;
    const standard = 150_000 + (i % 40) * 20_000;
    const year = 1960 + (i % 45);
    return {
      id: String(i + 1).padStart(6, "0"),
      name: `試験 太郎${i + 1}`,
      nameKana: `シケン タロウ`,
      birthDate: `${year}-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`,
      hireDate: "2015-04-01",
      department: ["総務部", "営業部", "製造部", "物流部"][i % 4],
      payType,
      baseSalary: base,
      fixedAllowance: (i % 5) * 5_000,
      commuteAllowance: (i % 6) * 3_000,
      commuteExempt: (i % 6) * 3_000,
      healthInsurer: PREFECTURES[i % PREFECTURES.length],
      healthStandard: standard,
      pensionStandard: Math.min(standard, 650_000),
      employmentInsurance: i % 50 === 0 ? "none" : "general",
      taxColumn: i % 13 === 0 ? "乙" : "甲",
      dependents: i % 4,
      residentTax: (i % 20) * 1_000,
      bank: { bankCode: "0001", branchCode: String(100 + (i % 300)).padStart(3, "0"), accountType: "1", accountNumber: String(1_000_000 + i).slice(-7), holderKana: "ｼｹﾝ ﾀﾛｳ" },
      ...(i % 17 === 0 ? { bank2: { bankCode: "0005", branchCode: "123", accountType: "1" as const, accountNumber: String(2_000_000 + i).slice(-7), holderKana: "ｼｹﾝ ﾀﾛｳ", fixedAmount: 30_000 } } : {}),
    };
  });
}

/** Variable inputs for the synthetic employees: some overtime, days and hours for the daily and hourly. */
export function syntheticVariables(employees: readonly Employee[]): MonthlyVariables[] {
  return employees.map((e, i) => ({
    employeeId: e.id,
    ...(e.payType === "daily" ? { workDays: 18 + (i % 4) } : {}),
    ...(e.payType === "hourly" ? { workHours: 80 + (i % 40) * 2.5 } : {}),
    overtimeHours: (i % 9) * 3.5,
    ...(i % 11 === 0 ? { lateNightHours: 4 } : {}),
    ...(i % 23 === 0 ? { absenceDays: 1 } : {}),
  }));
}
