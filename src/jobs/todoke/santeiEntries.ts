/**
 * 算定基礎届 from the master and a year of results: who is on it (the 7月1日 被保険者 — not someone who joined
 * on or after 6月1日, whose 標準報酬月額 is already set until August of next year, nor someone who left by
 * 6月30日: 健康保険法第41条第3項, 厚生年金保険法第21条第3項), each person's 定時決定 (santeiKiso), and the
 * worksheet line the clerk checks before filing.
 */
import { Day, dayOf, isoToDay, monthStart, ymdOf } from "../../calc/dates/calendar";
import type { Employee } from "../../calc/payroll/employee";
import { santeiKiso } from "../../calc/socialInsurance/santeiKiso";
import { gradeOfAmount } from "./grades";
import type { SanteiEntry } from "../../todoke";
import type { SourcedResult } from "../results/yearOfResults";
import { insuredPersonOf, seventyOrOverOn } from "./insuredPerson";

export interface LeftOut {
  employeeId: string;
  row: number;
  reason: string;
}

export interface SanteiWorksheetLine {
  employeeId: string;
  name: string;
  entry: SanteiEntry;
  /** 従前 and 決定 grades, for the grade change the clerk checks. */
  previousGrades: { health?: number; pension?: number };
}

/** Why the person is not on the year's 算定基礎届, or undefined when they are. */
function leftOutReason(e: Employee, year: number): string | undefined {
  if (e.healthStandard === undefined && e.pensionStandard === undefined) return "健保・厚年の標準報酬月額がない（被保険者でない）ため、算定基礎届の対象外です。";
  if (e.hireDate && isoToDay(e.hireDate) >= dayOf(year, 6, 1)) return `${e.hireDate} 入社（6月1日以降の資格取得）のため、算定基礎届の対象外です（資格取得時決定の標準報酬月額を翌年8月まで使います）。`;
  if (e.leaveDate && isoToDay(e.leaveDate) <= dayOf(year, 6, 30)) return `${e.leaveDate} 退職（6月30日までの資格喪失）のため、算定基礎届の対象外です。`;
  return undefined;
}

/**
 * 途中入社: the month whose pay is the first after joining in the middle of a wage period (the first day of
 * a month being a full month), when it falls in April–June.
 */
function midwayJoinMonth(e: Employee, results: readonly SourcedResult[], year: number): number | undefined {
  if (!e.hireDate) return undefined;
  const hired = isoToDay(e.hireDate);
  if (ymdOf(hired).day === 1 || hired < dayOf(year, 3, 1)) return undefined;
  const first = results.filter((r) => r.kind === "給与" && r.payDay >= monthStart(hired)).sort((a, b) => a.payDay - b.payDay)[0];
  const month = first && ymdOf(first.payDay);
  return month && month.year === year && month.month >= 4 && month.month <= 6 ? month.month : undefined;
}

function previousRevisionDay(e: Employee): Day | undefined {
  return e.previousRevisionMonth === undefined ? undefined : isoToDay(`${e.previousRevisionMonth}-01`);
}

/**
 * @example santeiEntries({ employees, rowOf, byEmployee, year: 2026 }) // { lines: [{ entry: { santei: { average: 310,000, … } } }], leftOut: [] }
 */
export function santeiEntries(a: { employees: readonly Employee[]; rowOf: (e: Employee) => number; byEmployee: ReadonlyMap<string, readonly SourcedResult[]>; year: number }): { lines: SanteiWorksheetLine[]; leftOut: LeftOut[] } {
  const lines: SanteiWorksheetLine[] = [];
  const leftOut: LeftOut[] = [];
  const july = dayOf(a.year, 7, 1);
  for (const e of a.employees) {
    const reason = leftOutReason(e, a.year);
    if (reason) {
      leftOut.push({ employeeId: e.id, row: a.rowOf(e), reason });
      continue;
    }
    const results = a.byEmployee.get(e.id) ?? [];
    const workerType = e.workerType ?? "general";
    const join = midwayJoinMonth(e, results, a.year);
    const santei = santeiKiso({ results, year: a.year, workerType, midwayJoinMonth: join });
    const entry: SanteiEntry = {
      person: insuredPersonOf(e, a.rowOf(e)),
      santei,
      workerType,
      previousStandard: { health: e.healthStandard, pension: e.pensionStandard },
      previousRevisionMonth: previousRevisionDay(e),
      seventyOrOver: seventyOrOverOn(e, july),
      midwayJoin: join !== undefined,
      multipleOffices: e.multipleOffices,
    };
    const previousGrades = { health: gradeOfAmount(e.healthStandard, "health", santei.applies), pension: gradeOfAmount(e.pensionStandard, "pension", santei.applies) };
    lines.push({ employeeId: e.id, name: e.name, entry, previousGrades });
  }
  return { lines, leftOut };
}
