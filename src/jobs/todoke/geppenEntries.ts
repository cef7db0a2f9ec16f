/**
 * 月額変更届 candidates from the master and a year of results (zuijiKaitei): each person's revisions, and
 * for each change of 固定的賃金 that is not one, the reason — so the clerk sees who was left out and why.
 */
import { isoToDay, ymdOf } from "../../calc/dates/calendar";
import type { Employee } from "../../calc/payroll/employee";
import { zuijiKaitei } from "../../calc/socialInsurance/zuijiKaitei";
import type { GeppenEntry } from "../../todoke";
import type { SourcedResult } from "../results/yearOfResults";
import { insuredPersonOf, seventyOrOverOn } from "./insuredPerson";
import type { LeftOut } from "./santeiEntries";

function describeMonth(day: number): string {
  const { year, month } = ymdOf(day);
  return `${year}年${month}月`;
}

/**
 * @example geppenEntries({ employees, rowOf, byEmployee }) // { entries: [{ revision: { revisionMonth: 2026-12-01, … } }], leftOut: [{ reason: "2026年5月の変動: …" }] }
 */
export function geppenEntries(a: { employees: readonly Employee[]; rowOf: (e: Employee) => number; byEmployee: ReadonlyMap<string, readonly SourcedResult[]> }): { entries: GeppenEntry[]; leftOut: LeftOut[] } {
  const entries: GeppenEntry[] = [];
  const leftOut: LeftOut[] = [];
  for (const e of a.employees) {
    const results = a.byEmployee.get(e.id);
    if (!results) continue;
    const row = a.rowOf(e);
    if (e.healthStandard === undefined || e.pensionStandard === undefined) {
      leftOut.push({ employeeId: e.id, row, reason: "健保・厚年の標準報酬月額の両方がないため、随時改定を判定しません（従業員マスタに入れてください）。" });
      continue;
    }
    const workerType = e.workerType ?? "general";
    const { candidates, excluded } = zuijiKaitei({ results, workerType, standard: { health: e.healthStandard, pension: e.pensionStandard } });
    for (const x of excluded) leftOut.push({ employeeId: e.id, row, reason: `${describeMonth(x.changeMonth)}の固定的賃金の変動: ${x.reason}` });
    for (const revision of candidates) {
      entries.push({
        person: insuredPersonOf(e, row),
        revision,
        workerType,
        previousRevisionMonth: e.previousRevisionMonth === undefined ? undefined : isoToDay(`${e.previousRevisionMonth}-01`),
        seventyOrOver: seventyOrOverOn(e, revision.revisionMonth),
        multipleOffices: e.multipleOffices,
      });
    }
  }
  return { entries, leftOut };
}
