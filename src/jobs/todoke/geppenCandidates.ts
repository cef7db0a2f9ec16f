/**
 * 月額変更届 candidates for the clerk to confirm one by one (the pane's checkboxes, the CLI's --employees):
 * the same master and year of results as makeTodoke, read by the same rules (yearOfResults, geppenEntries),
 * each candidate with the grades before and after, and everyone left out with the reason.
 */
import type { Day } from "../../calc/dates/calendar";
import type { Grade } from "../../calc/socialInsurance/standardMonthlyRemuneration";
import type { ImportResult } from "../../import/master";
import { rowsOfIds } from "../payroll/rowsOfIds";
import { ResultsFileInput, yearOfResults } from "../results/yearOfResults";
import { geppenEntries } from "./geppenEntries";
import type { LeftOut } from "./santeiEntries";

export interface GeppenCandidate {
  employeeId: string;
  name: string;
  /** The master row. */
  row: number;
  /** The month the 固定的賃金 changed, and the month from which the new 標準報酬月額 applies (first days). */
  changeMonth: Day;
  revisionMonth: Day;
  direction: "昇給" | "降給";
  /** The average of the three months. */
  average: number;
  previous: { health: Grade; pension: Grade };
  revised: { health: Grade; pension: Grade };
}

/** @example geppenCandidates({ master, results }).candidates[0] // { employeeId: "K017", revised: { health: { grade: 22, amount: 300000 }, … } } */
export function geppenCandidates(a: { master: ImportResult; results: readonly ResultsFileInput[] }): { candidates: GeppenCandidate[]; leftOut: LeftOut[] } {
  const masterRows = rowsOfIds({ ids: a.master.employees.map((e) => e.id), ...a.master });
  const rowOf = (e: { id: string }) => masterRows.get(e.id) ?? 0;
  const names = new Map(a.master.employees.map((e) => [e.id, e.name]));
  const { entries, leftOut } = geppenEntries({ employees: a.master.employees, rowOf, byEmployee: yearOfResults(a.results).byEmployee });
  const candidates = entries.map(({ person, revision: r }) => ({
    employeeId: person.employeeId,
    name: names.get(person.employeeId) ?? "",
    row: person.sourceRow ?? 0,
    changeMonth: r.changeMonth,
    revisionMonth: r.revisionMonth,
    direction: r.direction,
    average: r.average,
    previous: r.previous,
    revised: r.revised,
  }));
  return { candidates, leftOut };
}
