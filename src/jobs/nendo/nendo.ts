/**
 * 労働保険の年度更新 of one 保険年度: the 確定保険料 (労災・雇用), the 一般拠出金, the 概算保険料 of the next year and
 * its 延納, with the 算定基礎賃金集計表 — from the master and the year's wage rows, already read.
 */
import { Employee } from "../../calc/payroll/employee";
import { BUILT_IN_LAW, LawContext } from "../../calc/law/lawContext";
import { Ppm } from "../../calc/money/rate";
import { countsForEmploymentInsurance } from "../../calc/laborInsurance/workerCategory";
import { CalcError } from "../../calc/vocabulary/errors";
import { JobProblem } from "../problem";
import { confirmedPremiums, ConfirmedPremiums } from "./kakutei";
import { NendoOffice, readOffice } from "./office";
import { nextYearEstimate } from "./estimate";
import { placeWages, NendoWageRow } from "./wageRows";
import { summaryTable, SummaryRow } from "./summaryTable";

export type { NendoWageRow } from "./wageRows";
export type { NendoOffice } from "./office";
export type { SummaryRow } from "./summaryTable";

export interface NendoInput {
  employees: readonly Employee[];
  wages: readonly NendoWageRow[];
  office: NendoOffice;
  /** 保険年度 (令和8年度 = 2026: wages fixed from 2026-04-01 to 2027-03-31). */
  year: number;
  law?: LawContext;
  /** 翌年度の賃金総額の見込額 (円), when the office expects a change; else this year's is used. */
  estimate?: { rosai?: number; koyo?: number };
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
}

export interface NendoResult {
  /** Undefined when the 確定 could not be computed (see problems). */
  figures?: NendoFigures;
  gaisanMessage?: string;
  /** 雇用保険分 per rate in force (one entry unless the rate changed inside the year). */
  koyoPeriods: { rate: Ppm; base: number; premium: number }[];
  table: SummaryRow[];
  problems: JobProblem[];
}

/** 年度更新 of `year`: everything computable is computed; what is not is told in `problems` / `gaisanMessage`. */
export function nendoKoshin(input: NendoInput): NendoResult {
  const law = input.law ?? BUILT_IN_LAW;
  const { placed, problems } = placeWages(input.wages, input.employees, input.year);
  const table = summaryTable(placed);
  const office = readOffice(input.office);
  if ("problem" in office) return { koyoPeriods: [], table, problems: [...problems, office.problem] };
  let c: ConfirmedPremiums;
  try {
    c = confirmedPremiums(placed, office.rosaiRate, law, input.year);
  } catch (e) {
    if (!(e instanceof CalcError)) throw e;
    return { koyoPeriods: [], table, problems: [...problems, { row: 0, column: "", value: "", message: `確定保険料を計算できません: ${e.message}`, severity: "error" }] };
  }
  const insured = input.employees.filter((e) => placed.some((w) => w.employee === e) && countsForEmploymentInsurance(e));
  const next = nextYearEstimate({ year: input.year, rosai: c.rosai.base, koyo: c.koyo.base, insured, office, law, estimate: input.estimate });
  const figures: NendoFigures = {
    rosai: c.rosai,
    koyo: c.koyo,
    ippanKyoshutsukin: c.levy,
    kakutei: c.rosai.premium + c.koyo.premium,
    gaisan: next.gaisan,
    ennou: next.ennou,
  };
  return { figures, ...(next.message && { gaisanMessage: next.message }), koyoPeriods: c.koyoPeriods, table, problems: [...problems, ...next.problems] };
}
