/**
 * The project's own year-end data (src/calc/law/data/yearEnd) must equal the figures gathered in
 * test/fixtures/official/year-end/year-end-adjustment-rules.yaml, value for value; every revision has a source.
 */
import { nonEmpty, referenceYaml } from "../../support/reference";
import {
  basicDeductionTable, dependentDeductionRules, forTaxYear, incomeTaxRates, personalDeductionRules, salaryIncomeTable,
  specificRelativeRules, spouseDeductionRules, lifeInsuranceYoungDependentRules, yearTaxSurtaxRate, lifeInsuranceRules,
  earthquakeInsuranceRules, incomeAdjustmentRules,
} from "../../../src/calc/law/yearEnd";

const ref = referenceYaml("year-end/year-end-adjustment-rules.yaml");
const YEARS: [string, number][] = [["R7", 2025], ["R8", 2026]];

describe.each(YEARS)("%s (%d年分)", (key, year) => {
  const y = ref.years[key];
  test("基礎控除", () => {
    const rows = nonEmpty(y.basic_deduction as any[], "basic_deduction");
    expect(forTaxYear(basicDeductionTable, year)).toEqual(rows.map((r) => ({ upTo: r.total_income_to, value: r.amount })));
  });
  test("配偶者控除・配偶者特別控除", () => {
    const rules = forTaxYear(spouseDeductionRules, year);
    expect(rules.spouseIncomeLimit).toBe(y.dependent_income_limit);
    expect([rules.spouseIncomeLimit, rules.special.at(-1)!.upTo]).toEqual(y.spouse_special_range);
    const bands = nonEmpty(ref.deductions.spouse_deduction.by_taxpayer_income as any[], "by_taxpayer_income");
    expect(rules.deduction).toEqual(bands.map((b) => ({ upTo: b.to, value: { general: b.general, elderly: b.elderly_70plus } })));
    const special = nonEmpty(ref.deductions.spouse_special_deduction.rows as any[], "spouse_special_deduction");
    expect(rules.special).toEqual(special.map((r) => ({ upTo: r.spouse_income_to, value: r.amounts })));
  });
  test("扶養控除", () => {
    const d = ref.deductions.dependent_deduction;
    expect(forTaxYear(dependentDeductionRules, year)).toEqual({
      incomeLimit: y.dependent_income_limit, general: d.general_16_18_23_69, specific: d.specific_19_22, elderly: d.elderly_70plus,
      elderlyParents: d.elderly_parents_living_together,
    });
  });
  test("特定親族特別控除", () => {
    const r = forTaxYear(specificRelativeRules, year);
    expect([r.lowerExclusive, r.rows.at(-1)!.upTo]).toEqual(y.specific_relative_range);
    const rows = nonEmpty(ref.deductions.specific_relative_special_deduction.rows as any[], "specific_relative_special_deduction");
    expect(r.rows).toEqual(rows.map((x) => ({ upTo: x.income_to, value: x.amount })));
  });
  test("障害者・寡婦・ひとり親・勤労学生", () => {
    const p = forTaxYear(personalDeductionRules, year);
    const d = ref.deductions;
    expect([p.disabled, p.speciallyDisabled, p.speciallyDisabledCohabiting]).toEqual([d.disability.general, d.disability.special, d.disability.special_living_together]);
    expect([p.widow, p.singleParent, p.workingStudent]).toEqual([d.widow.amount, d.single_parent[key], d.working_student.amount]);
    expect(p.workingStudentIncomeLimit).toBe(y.working_student_income_limit);
  });
  test("速算表", () => {
    const rows = nonEmpty(ref.income_tax_rate_table.rows as any[], "income_tax_rate_table");
    // The reference starts the first bracket at 1,000円 (the smallest taxable amount); ours at 0.
    expect(forTaxYear(incomeTaxRates, year)).toEqual(rows.map((r, i) => ({ from: i === 0 ? 0 : r.from, percent: Math.round(r.rate * 100), subtract: r.subtract })));
  });
  test("年調年税額 102.1%", () => {
    expect(1_000_000 + forTaxYear(yearTaxSurtaxRate, year)).toBe(Math.round(ref.reconstruction_surtax.rate * 1_000_000));
  });
  test("2,000万円 (kyuyo-shotoku-table.yaml: 年末調整の対象外 from)", () => {
    const upper = nonEmpty(referenceYaml("year-end/kyuyo-shotoku-table.yaml").common_upper_part as any[], "common_upper_part");
    expect(forTaxYear(salaryIncomeTable, year).maxSalary).toBe(upper.find((r) => r.note)!.from);
  });
});

test("生命保険料控除・地震保険料控除・所得金額調整控除 equal the reference formulas", () => {
  const d = ref.deductions;
  expect(lifeInsuranceRules.value.totalCap).toBe(d.life_insurance.total_cap);
  expect(lifeInsuranceRules.value.newContract.map((r) => r.upTo)).toEqual(d.life_insurance.new_contract.map((r: any) => r.paid_to));
  expect(lifeInsuranceRules.value.oldContract.map((r) => r.upTo)).toEqual(d.life_insurance.old_contract.map((r: any) => r.paid_to));
  expect(earthquakeInsuranceRules.value.totalCap).toBe(d.earthquake_insurance.total_cap);
  expect(earthquakeInsuranceRules.value.oldLongTerm.map((r) => r.upTo)).toEqual(d.earthquake_insurance.old_long_term_non_life.map((r: any) => r.paid_to));
  expect(incomeAdjustmentRules.value).toEqual({ salaryOver: 8_500_000, salaryCap: 10_000_000, percent: 10 });
});

test("every revision names a source; the special life rule exists only in 令和8年分", () => {
  for (const t of [salaryIncomeTable, basicDeductionTable, spouseDeductionRules, dependentDeductionRules, specificRelativeRules, personalDeductionRules, incomeTaxRates, yearTaxSurtaxRate, lifeInsuranceYoungDependentRules]) {
    expect(t.spec.keyedOn).toBe("taxYear");
    for (const r of t.spec.revisions) expect(r.sources.length).toBeGreaterThan(0);
  }
  for (const r of [lifeInsuranceRules, earthquakeInsuranceRules, incomeAdjustmentRules]) expect(r.sources.length).toBeGreaterThan(0);
  expect(forTaxYear(lifeInsuranceYoungDependentRules, 2025)).toBeNull();
  expect(forTaxYear(lifeInsuranceYoungDependentRules, 2026)).not.toBeNull();
});
