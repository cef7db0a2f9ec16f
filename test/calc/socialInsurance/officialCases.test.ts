/**
 * Official cases from test/fixtures/official/test-cases.yaml, evaluated through the formulas as staff type
 * them. Premiums of the 保険料額表: total, 折半額 and the share deducted from pay.
 */
import { nonEmpty, referenceYaml } from "../../support/reference";
import { call } from "../../support/formula";

const cases = referenceYaml("test-cases.yaml");

/** The test-cases file names its cases in Japanese; map each to its insurer, period and care flag. */
function premiumCall(name: string): { id: string; args: unknown[] } {
  const pref = name.includes("大阪") ? "大阪府" : "東京都";
  const period = name.includes("R7") ? "2025-11" : "2026-11";
  if (name.startsWith("厚生年金")) return { id: "SI_PENSION", args: [period] };
  if (name.includes("子ども・子育て支援金")) return { id: "SI_CHILD_SUPPORT", args: [pref, period] };
  return { id: "SI_HEALTH", args: [pref, period, name.includes("+介護")] };
}

describe("社会保険料 (test-cases.yaml social_insurance_premiums)", () => {
  const rows = nonEmpty(cases.social_insurance_premiums as any[], "social_insurance_premiums");
  const table = rows.flatMap((c) => {
    const { id, args } = premiumCall(c.case);
    const [first, ...rest] = args;
    const withPart = (part: string) => (id === "SI_PENSION" ? [c.standard_monthly, first, part] : id === "SI_CHILD_SUPPORT" ? [c.standard_monthly, first, rest[0], part] : [c.standard_monthly, first, rest[0], rest[1], part]);
    return [
      [c.case, "total", id, withPart("total"), Number(c.total)],
      [c.case, "half", id, withPart("half"), Number(c.half)],
      [c.case, "employee", id, withPart("employee"), c.employee_share_from_salary],
      [c.case, "employer", id, withPart("employer"), Number(c.total) - c.employee_share_from_salary],
    ] as const;
  });
  test.each(table)("%s %s: %s(%j) = %d", (_case, _part, id, args, expected) => {
    expect(call(id, ...args)).toBe(expected);
  });
});

describe("雇用保険料 (test-cases.yaml employment_insurance)", () => {
  const rows = nonEmpty(cases.employment_insurance as any[], "employment_insurance");
  test.each(rows.map((c) => [c.fy, c.type, c.wage, c]))("FY%s %s %d", (fy, type, wage, c) => {
    // A wage whose closing day is in the fiscal year (April of FY).
    expect(call("EI_PREMIUM", wage, type, `${fy}-04-30`, "employee")).toBe(c.employee);
    expect(call("EI_PREMIUM", wage, type, `${fy}-04-30`, "employer")).toBe(c.employer);
    expect(call("EI_PREMIUM", wage, type, `${fy}-04-30`, "total")).toBe(c.employee + c.employer);
  });
});

describe("標準賞与額 (test-cases.yaml bonus_insurance)", () => {
  const rows = nonEmpty(cases.bonus_insurance as any[], "bonus_insurance");
  test.each(rows.map((c) => [c.bonus, c]))("bonus %d", (bonus, c) => {
    expect(call("SI_STANDARD_BONUS", bonus, "pension", "2026-12")).toBe(c.pension_base);
    expect(call("SI_STANDARD_BONUS", bonus, "health", "2026-12", 0)).toBe(c.health_base_if_ytd_0);
    expect(call("SI_STANDARD_BONUS", bonus, "health", "2026-12", 4_500_000)).toBe(c.health_base_if_ytd_4500000);
  });
});
