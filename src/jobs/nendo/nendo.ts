/**
 * 労働保険の年度更新 of one 保険年度: the 確定保険料 (労災・雇用), the 一般拠出金, the 概算保険料 of the next year and
 * its 延納, with the 算定基礎賃金集計表 — from the master and the year's wage rows, already read.
 */
import { Employee } from "../../calc/payroll/employee";
import { BUILT_IN_LAW, LawContext } from "../../calc/law/lawContext";
import { Ppm } from "../../calc/money/rate";
import { countsForEmploymentInsurance } from "../../calc/laborInsurance/workerCategory";
import { CalcError } from "../../calc/vocabulary/errors";
import { confirmedPremiums, ConfirmedPremiums } from "./kakutei";
import { NendoOffice, readOffice } from "./office";
import { EstimatePart, nextYearEstimate } from "./estimate";
import { placeWages, NendoWageRow, WageProblem } from "./wageRows";
import { summaryTable, SummaryRow } from "./summaryTable";
import { MissingMonth, missingMonths } from "./missingMonths";
import { headcounts, Headcounts } from "./headcounts";
import { settleDeclaredEstimate, Settlement } from "./settlement";

export type { NendoWageRow } from "./wageRows";
export type { NendoOffice } from "./office";
export type { SummaryRow } from "./summaryTable";
export type { MissingMonth } from "./missingMonths";
export type { EstimatePart } from "./estimate";
export type { Headcounts, MonthHeadcount } from "./headcounts";
export type { Settlement, InstalmentPayment } from "./settlement";

export interface NendoInput {
  employees: readonly Employee[];
  wages: readonly NendoWageRow[];
  office: NendoOffice;
  /** 保険年度 (令和8年度 = 2026: wages fixed from 2026-04-01 to 2027-03-31). */
  year: number;
  law?: LawContext;
  /** 翌年度の賃金総額の見込額 (円), when the office expects a change; else this year's is used. */
  estimate?: { rosai?: number; koyo?: number };
  /** 締め日 of the salaries (31 = 末日, the default): which 賃金計算期間 an employee was employed in. */
  closingDay?: number;
  /** ⑱申告済概算保険料額: last year's declared 概算 (円); without it there is no 差引額. */
  declaredEstimate?: number;
}

export interface NendoFigures {
  rosai: { base: number; premium: number };
  koyo: { base: number; premium: number };
  ippanKyoshutsukin: number;
  /** 確定保険料 (労災分＋雇用分); the 一般拠出金 is declared beside it, not in it. */
  kakutei: number;
  /** 概算保険料 of the next year, or null when its rates are not known yet (`gaisanMessage` says which). */
  gaisan: number | null;
  /** 延納 instalments of the 概算 (第1期…), empty when it is paid at once. */
  ennou: number[];
  /** ④常時使用労働者数 and ⑤雇用保険被保険者数 (1か月平均). */
  workers: number;
  insuredWorkers: number;
  /** ⑱申告済概算保険料額, ⑳差引額 and the 期別納付額; null when not computed (`settlementMessage` says why). */
  declaredEstimate: number | null;
  settlement: Settlement | null;
}

export interface NendoResult {
  /** Undefined when the 確定 could not be computed (see problems). */
  figures?: NendoFigures;
  gaisanMessage?: string;
  /** The 概算's 労災分 and 雇用分 (算定基礎額, rate, premium), when it is computed. */
  gaisanParts?: { rosai: EstimatePart; koyo: EstimatePart };
  /** The rates of the 確定: 労災 from the office, 一般拠出金 from the law data. */
  rosaiRate?: Ppm;
  levyRate?: Ppm;
  /** 雇用保険分 per rate in force (one entry unless the rate changed inside the year). */
  koyoPeriods: { rate: Ppm; base: number; premium: number }[];
  table: SummaryRow[];
  /** Each names its results file when it is about a row of one. */
  problems: WageProblem[];
  /** Months an employee was employed in with no 給与 row: the figures lack them (never taken as zero). */
  missingMonths: MissingMonth[];
  /** The monthly counts behind ④ and ⑤. */
  headcounts: Headcounts;
  /** Why there is no 差引額 / 期別納付額 (no 申告済概算保険料額, or no 概算). */
  settlementMessage?: string;
}

/** 年度更新 of `year`: everything computable is computed; what is not is told in `problems` / `gaisanMessage`. */
export function nendoKoshin(input: NendoInput): NendoResult {
  const law = input.law ?? BUILT_IN_LAW;
  const { placed, problems } = placeWages(input.wages, input.employees, input.year);
  const table = summaryTable(placed);
  const closingDay = input.closingDay ?? 31;
  const missing = missingMonths({ employees: input.employees, wages: placed, year: input.year, closingDay });
  const counts = headcounts({ employees: input.employees, year: input.year, closingDay });
  const office = readOffice(input.office);
  if ("problem" in office) return { koyoPeriods: [], table, problems: [...problems, office.problem], missingMonths: missing, headcounts: counts };
  let c: ConfirmedPremiums;
  try {
    c = confirmedPremiums(placed, office.rosaiRate, law, input.year);
  } catch (e) {
    if (!(e instanceof CalcError)) throw e;
    return { koyoPeriods: [], table, problems: [...problems, { row: 0, column: "", value: "", message: `確定保険料を計算できません: ${e.message}`, severity: "error" }], missingMonths: missing, headcounts: counts };
  }
  const insured = input.employees.filter((e) => placed.some((w) => w.employee === e) && countsForEmploymentInsurance(e));
  const next = nextYearEstimate({ year: input.year, rosai: c.rosai.base, koyo: c.koyo.base, insured, office, law, estimate: input.estimate });
  const kakutei = c.rosai.premium + c.koyo.premium;
  const settled = settleDeclaredEstimate({ declared: input.declaredEstimate, kakutei, gaisan: next.gaisan, ennou: next.ennou, levy: c.levy });
  const figures: NendoFigures = {
    rosai: c.rosai,
    koyo: c.koyo,
    ippanKyoshutsukin: c.levy,
    kakutei,
    gaisan: next.gaisan,
    ennou: next.ennou,
    workers: counts.workers,
    insuredWorkers: counts.insured,
    declaredEstimate: input.declaredEstimate ?? null,
    settlement: settled.settlement ?? null,
  };
  return {
    figures, ...(next.message && { gaisanMessage: next.message }), ...(next.parts && { gaisanParts: next.parts }), rosaiRate: office.rosaiRate, levyRate: c.levyRate,
    koyoPeriods: c.koyoPeriods, table, problems: [...problems, ...next.problems], missingMonths: missing, headcounts: counts, ...(settled.message && { settlementMessage: settled.message }),
  };
}
