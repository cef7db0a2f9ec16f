/**
 * The project's own law data must equal the gathered official figures in test/fixtures/official, value for
 * value. (The product loads only its own copies; this is how we check them.)
 */
import { referenceCsv, referenceYaml } from "../../support/reference";
import { pastHorizon } from "../../support/lawHorizon";
import { careInsuranceRate, childSupportLevyRate, healthGradeTable, kyoukaiKenpoRates, pensionGradeTable, pensionRate, childContributionRate } from "../../../src/calc/law/socialInsurance";
import { employmentInsuranceRates } from "../../../src/calc/law/employmentInsurance";
import { ppmFromPercent, ppmFromPermille } from "../../../src/calc/money/rate";
import { isoToDay } from "../../../src/calc/dates/calendar";

const day = (iso: string) => isoToDay(iso);

describe("標準報酬月額等級表 equals standard-monthly-remuneration-grades.csv", () => {
  const rows = referenceCsv("social-insurance/standard-monthly-remuneration-grades.csv");
  const health = healthGradeTable.at(day("2026-11-01"));
  const pension = pensionGradeTable.at(day("2026-11-01"));

  test("50 health grades and 32 pension grades", () => {
    expect(rows).toHaveLength(50);
    expect(health).toHaveLength(50);
    expect(pension).toHaveLength(32);
  });

  test.each(rows.map((r) => [r.health_grade, r]))("健保 %s級", (_g, r) => {
    const row = health[Number(r.health_grade) - 1];
    expect(row).toEqual([Number(r.health_grade), Number(r.standard_monthly_remuneration), Number(r.remuneration_from_inclusive)]);
    const next = health[Number(r.health_grade)];
    expect(next ? String(next[2]) : "").toBe(r.remuneration_to_exclusive);
  });

  test.each(rows.filter((r) => r.pension_grade).map((r) => [r.pension_grade, r]))("厚年 %s級", (_g, r) => {
    const row = pension[Number(r.pension_grade) - 1];
    expect(row[0]).toBe(Number(r.pension_grade));
    expect(row[1]).toBe(Number(r.standard_monthly_remuneration));
    // 第1級 covers everything below 93,000円, so its lower bound is 0 rather than the health bound.
    expect(row[2]).toBe(Number(r.pension_grade) === 1 ? 0 : Number(r.remuneration_from_inclusive));
  });

  test("31 pension grades before 2020-09, 33 from 2027-09, 35 from 2029-09", () => {
    expect(pensionGradeTable.at(day("2020-08-01"))).toHaveLength(31);
    expect(pensionGradeTable.at(day("2027-08-01"))).toHaveLength(32);
    expect(pensionGradeTable.at(day("2027-09-01")).at(-1)).toEqual([33, 680000, 665000]);
    expect(pensionGradeTable.at(day("2028-09-01")).at(-1)).toEqual([34, 710000, 695000]);
    expect(pensionGradeTable.at(day("2029-09-01")).at(-1)).toEqual([35, 750000, 730000]);
  });
});

describe("協会けんぽ 都道府県単位保険料率 equals kyoukai-kenpo-prefecture-rates.csv", () => {
  const rows = referenceCsv("social-insurance/kyoukai-kenpo-prefecture-rates.csv");
  const columns: [string, string][] = [
    ["r5_2023-03_pct", "2023-03-01"],
    ["r6_2024-03_pct", "2024-03-01"],
    ["r7_2025-03_pct", "2025-03-01"],
    ["r8_2026-03_pct", "2026-03-01"],
  ];
  test("47 prefectures", () => expect(rows).toHaveLength(47));
  const cases = rows.flatMap((r) => columns.map(([col, eff]) => [r.prefecture, eff, r.pref_code, r[col]] as const));
  test.each(cases)("%s %s", (_name, eff, code, pct) => {
    expect(kyoukaiKenpoRates.at(day(eff))[Number(code) - 1]).toBe(ppmFromPercent(pct));
  });
  test("the newest rates end with their horizon (no silent reuse for the month after)", () => {
    const past = pastHorizon(kyoukaiKenpoRates);
    expect(kyoukaiKenpoRates.find(day(`${past.monthPlus(-1)}-01`))).toBeDefined();
    expect(kyoukaiKenpoRates.find(day(past.iso))).toBeUndefined();
    expect(kyoukaiKenpoRates.find(day("2023-02-01"))).toBeUndefined();
  });
});

describe("介護・支援金・厚年・拠出金 equal kyoukai-kenpo-rates.yaml and pension-and-common-rules.yaml", () => {
  const kenpo = referenceYaml("social-insurance/kyoukai-kenpo-rates.yaml");
  const common = referenceYaml("social-insurance/pension-and-common-rules.yaml");
  const care = kenpo.care_insurance_rate as { effective: string; rate_pct: number }[];
  test.each(care.map((c) => [String(c.effective).slice(0, 10), c.rate_pct]))("介護 %s → %s%%", (eff, pct) => {
    expect(careInsuranceRate.at(day(eff as string))).toBe(ppmFromPercent(String(pct)));
  });
  test("支援金 0.23% from 2026-04分, 0 before", () => {
    const levy = kenpo.child_support_levy[0];
    expect(childSupportLevyRate.at(day(String(levy.effective).slice(0, 10)))).toBe(ppmFromPercent(String(levy.rate_pct)));
    expect(childSupportLevyRate.at(day("2026-03-01"))).toBe(0);
  });
  test("厚生年金 18.3% and 拠出金 0.36%", () => {
    const last = common.kosei_nenkin_rate.at(-1);
    expect(pensionRate.at(day("2026-11-01"))).toBe(ppmFromPercent(String(last.rate_pct)));
    const kyo = common.kodomo_kosodate_kyoshutsukin.at(-1);
    expect(childContributionRate.at(day("2026-11-01"))).toBe(ppmFromPercent(String(kyo.rate_pct)));
  });
});

describe("雇用保険料率 equals employment-insurance-rates.yaml", () => {
  const fys = referenceYaml("labor-insurance/employment-insurance-rates.yaml").fiscal_years as any[];
  const types: [string, "general" | "agriculture" | "construction"][] = [["general", "general"], ["agri_sake", "agriculture"], ["construction", "construction"]];
  const cases = fys.flatMap((fy) => types.map(([key, t]) => [fy.fiscal_year, t, fy[key]] as const));
  test("four fiscal years", () => expect(fys).toHaveLength(4));
  test.each(cases)("FY%s %s", (fy, t, r) => {
    const rates = employmentInsuranceRates.at(day(`${fy}-04-01`));
    expect(rates.employee[t]).toBe(ppmFromPermille(String(r.employee_permille)));
    expect(rates.employer[t]).toBe(ppmFromPermille(String(r.employer_permille)));
  });
});
