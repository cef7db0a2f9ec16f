/** 概算保険料 of the year after a 年度更新's year, and its 延納. */
import { dayOf } from "../../calc/dates/calendar";
import { Employee } from "../../calc/payroll/employee";
import { annualDeclarationRules } from "../../calc/law/laborInsurance";
import { LawContext } from "../../calc/law/lawContext";
import { Ppm } from "../../calc/money/rate";
import { estimatedWages, instalments } from "../../calc/laborInsurance/estimate";
import { premiumBase, premiumOf } from "../../calc/laborInsurance/premiums";
import { CalcError } from "../../calc/vocabulary/errors";
import { JobProblem } from "../problem";
import { totalEmploymentRate } from "./employmentRate";

/** One insurance's part of the 概算: 算定基礎額 (見込額, 1,000円未満切捨て), rate, premium. */
export interface EstimatePart {
  base: number;
  rate: Ppm;
  premium: number;
}

export interface NextYearEstimate {
  gaisan: number | null;
  /** 労災分 and 雇用分, when the 概算 is computed. */
  parts?: { rosai: EstimatePart; koyo: EstimatePart };
  ennou: number[];
  message?: string;
  problems: JobProblem[];
}

/**
 * The 雇用保険 business type the office declares: that of its insured workers. Mixed types are told, and the
 * most frequent is used (a 二元適用 office declares each type separately).
 */
function businessTypeOf(insured: readonly Employee[]): { type: "general" | "agriculture" | "construction"; problem?: JobProblem } {
  const counts = new Map<string, number>();
  for (const e of insured) if (e.employmentInsurance !== "none") counts.set(e.employmentInsurance, (counts.get(e.employmentInsurance) ?? 0) + 1);
  const sorted = [...counts].sort((a, b) => b[1] - a[1]);
  const type = (sorted[0]?.[0] ?? "general") as "general" | "agriculture" | "construction";
  if (sorted.length <= 1) return { type };
  const message = `雇用保険の事業区分が従業員によって異なります（${sorted.map(([t, n]) => `${t} ${n}人`).join("、")}）。概算保険料は ${type} の料率で計算しました。`;
  return { type, problem: { row: 0, column: "雇用保険", value: sorted.map(([t]) => t).join("/"), message, severity: "warning" } };
}

export function nextYearEstimate(a: {
  year: number; rosai: number; koyo: number; insured: readonly Employee[];
  office: { nextRosaiRate: Ppm }; law: LawContext; estimate?: { rosai?: number; koyo?: number };
}): NextYearEstimate {
  const firstDay = dayOf(a.year + 1, 4, 1);
  const rules = annualDeclarationRules.at(firstDay);
  const { type, problem } = businessTypeOf(a.insured);
  const problems = problem ? [problem] : [];
  // With no 雇用保険 被保険者 there is no 雇用分 to estimate, so a missing 雇用保険率 does not matter.
  let koyoRate: Ppm = 0;
  try {
    if (a.insured.length > 0) koyoRate = totalEmploymentRate(a.law, type, firstDay);
  } catch (e) {
    if (!(e instanceof CalcError)) throw e;
    return { gaisan: null, ennou: [], message: `${a.year + 1}年度の概算保険料は計算できません（確定保険料は計算済み）: ${e.message}`, problems };
  }
  const rosaiBase = premiumBase(estimatedWages({ lastYear: a.rosai, estimate: a.estimate?.rosai, rules }));
  const koyoBase = premiumBase(estimatedWages({ lastYear: a.koyo, estimate: a.estimate?.koyo, rules }));
  const rosai = { base: rosaiBase, rate: a.office.nextRosaiRate, premium: premiumOf(rosaiBase, a.office.nextRosaiRate) };
  const koyo = { base: koyoBase, rate: koyoRate, premium: premiumOf(koyoBase, koyoRate) };
  const gaisan = rosai.premium + koyo.premium;
  const bothInsurances = a.insured.length > 0;
  return { gaisan, parts: { rosai, koyo }, ennou: instalments({ estimate: gaisan, bothInsurances, rules }), problems };
}
