/**
 * The 年末調整 block of the 源泉徴収簿, keyed by field name: the year's totals of the book, then every step the
 * YE_* rules compute (yearEndAdjustment, the same core as `sonae nencho`). The book alone gives the totals, the
 * 給与所得控除後の給与等の金額 and the 社会保険料等控除額 taken from pay; the steps after them need the 申告書
 * (扶養・保険料・配偶者…), so without a 年末調整 staff row they are left blank and a note says why.
 */
import { CalcError } from "../../calc/vocabulary/errors";
import { salaryIncomeAfterDeduction } from "../../calc/yearEnd/salaryIncomeAfterDeduction";
import { withPreviousEmployer } from "../../calc/yearEnd/previousEmployer";
import type { PreviousEmployer, YearEndInput, YearEndResult } from "../../calc/yearEnd/types";
import { yearEndAdjustment } from "../../calc/yearEnd/yearEndAdjustment";
import type { BookTotals } from "./withholdingBook";

export const YEAR_END_FIELDS = [
  "給料・手当等（総支給金額）", "給料・手当等（税額）", "賞与等（総支給金額）", "賞与等（税額）",
  "前職分（支払金額）", "前職分（社会保険料等）", "前職分（税額）", "計（総支給金額）", "計（税額）",
  "給与所得控除後の給与等の金額", "所得金額調整控除額", "給与所得控除後の給与等の金額（調整控除後）",
  "社会保険料等控除額（給与等からの控除分）", "社会保険料等控除額（申告による社会保険料）", "小規模企業共済等掛金控除額",
  "生命保険料控除額", "地震保険料控除額", "配偶者（特別）控除額", "扶養控除額及び障害者等の控除額の合計額", "特定親族特別控除額", "基礎控除額",
  "所得控除額の合計額", "差引課税給与所得金額", "算出所得税額", "（特定増改築等）住宅借入金等特別控除額", "年調所得税額", "年調年税額",
  "差引超過額又は不足額",
] as const;

export type YearEndField = (typeof YEAR_END_FIELDS)[number];

export interface YearEndBlock {
  values: Partial<Record<YearEndField, number>>;
  notes: string[];
}

/** What the block is computed from: the book's totals, and why the steps cannot be taken when they cannot. */
export interface YearEndSource {
  year: number;
  salary: BookTotals;
  bonus: BookTotals;
  /** The 申告書 of the employee (the 年末調整 staff list's row), when given. */
  declarations?: YearEndInput;
  /** Why no 年末調整 is computed (a month without data, a leaver): the block then holds the totals only. */
  blocked?: string;
}

const num = (c: unknown): number | undefined => (typeof c === "number" ? c : undefined);

function stepsOf(r: YearEndResult, declared: number): Partial<Record<YearEndField, number>> {
  return {
    給与所得控除後の給与等の金額: r.salaryIncome, 所得金額調整控除額: r.incomeAdjustment, "給与所得控除後の給与等の金額（調整控除後）": r.salaryIncomeAdjusted,
    "社会保険料等控除額（申告による社会保険料）": declared, 小規模企業共済等掛金控除額: r.smallEnterpriseMutualAid,
    生命保険料控除額: r.lifeInsurance, 地震保険料控除額: r.earthquakeInsurance, "配偶者（特別）控除額": r.spouse,
    扶養控除額及び障害者等の控除額の合計額: r.dependents + r.personal, 特定親族特別控除額: r.specificRelatives, 基礎控除額: r.basic,
    所得控除額の合計額: r.totalDeductions, 差引課税給与所得金額: r.taxableIncome, 算出所得税額: r.computedTax,
    "（特定増改築等）住宅借入金等特別控除額": r.housingLoanCredit, 年調所得税額: r.adjustedTax, 年調年税額: r.annualTax, 差引超過額又は不足額: r.balance,
  };
}

/**
 * The 前職分 rows of a 中途就職者 (from the previous employer's 源泉徴収票, via the staff list), written between the
 * 賞与等 and the 計 so that the 計 is the whole year's (所得税法第190条).
 */
function previousRows(p: PreviousEmployer | undefined): Partial<Record<YearEndField, number>> {
  return p ? { "前職分（支払金額）": p.salary, "前職分（社会保険料等）": p.socialInsurance, "前職分（税額）": p.withheld } : {};
}

/** This employer's figures of the year (the book's 計), or undefined when a payment's figures are not known. */
function ownFigures(s: YearEndSource): { salary: number; socialInsurance: number; withheld: number } | undefined {
  const [sg, st, bg, bt, si, bi] = [s.salary.gross, s.salary.tax, s.bonus.gross, s.bonus.tax, s.salary.socialInsurance, s.bonus.socialInsurance].map(num);
  if ([sg, st, bg, bt, si, bi].some((v) => v === undefined)) return undefined;
  return { salary: sg! + bg!, socialInsurance: si! + bi!, withheld: st! + bt! };
}

function totalsOf(s: YearEndSource, own: { salary: number; socialInsurance: number; withheld: number }): Partial<Record<YearEndField, number>> {
  const p = s.declarations?.previousEmployer;
  const whole = withPreviousEmployer({ ...own, previousEmployer: p });
  return {
    "給料・手当等（総支給金額）": num(s.salary.gross), "給料・手当等（税額）": num(s.salary.tax), "賞与等（総支給金額）": num(s.bonus.gross), "賞与等（税額）": num(s.bonus.tax),
    ...previousRows(p), "計（総支給金額）": whole.salary, "計（税額）": whole.withheld, "社会保険料等控除額（給与等からの控除分）": whole.socialInsurance,
  };
}

/**
 * The block: totals always (when every payment's figures are known); the 年末調整 steps when nothing blocks them,
 * from the book's totals and the 申告書 when given (its 支給総額・社会保険料・源泉徴収済額 are the book's; its
 * 前職分 is added to them).
 */
export function yearEndBlock(s: YearEndSource): YearEndBlock {
  const own = ownFigures(s);
  if (!own) return { values: {}, notes: ["総支給金額・社会保険料等・税額の分からない支払があるため、年末調整欄は空欄です。"] };
  const totals = totalsOf(s, own);
  if (s.blocked) return { values: totals, notes: [s.blocked] };
  const salary = totals["計（総支給金額）"]!;
  try {
    if (!s.declarations) {
      const notes = ["扶養控除等・保険料控除などの申告の内容（年末調整の従業員一覧）がないため、所得金額調整控除から後は空欄です。"];
      return { values: { ...totals, 給与所得控除後の給与等の金額: salaryIncomeAfterDeduction({ salary, year: s.year }) }, notes };
    }
    // This employer's figures are the book's; the core adds the 前職分 of the declarations to them.
    const r = yearEndAdjustment({ ...s.declarations, year: s.year, ...own });
    return { values: { ...totals, ...stepsOf(r, s.declarations.declaredSocialInsurance ?? 0) }, notes: r.notes };
  } catch (e) {
    if (!(e instanceof CalcError)) throw e;
    return { values: totals, notes: [e.message] };
  }
}
