import { Day, dayOf, ymdOf } from "../dates/calendar";
import { Grade, standardMonthlyRemuneration } from "./standardMonthlyRemuneration";
import { MonthOfPay, PaidResult, monthsOfPay } from "./paidResult";
import { teijiBasisDaysThreshold } from "./basisDaysThreshold";
import { WorkerType } from "./teijiKettei";

/** One of April, May and June as the 算定基礎届 shows it (⑨–⑬). */
export interface SanteiMonth {
  /** 4, 5 or 6. */
  month: number;
  basisDays: number;
  cash: number;
  inKind: number;
  total: number;
  /** Whether the month counts toward ⑭ 総計 and ⑮ 平均額. */
  counted: boolean;
}

export interface SanteiKiso {
  months: SanteiMonth[];
  /** ⑭ 総計: the months that count only. */
  total: number;
  /** ⑮ 平均額: 総計 ÷ the months that count, 1円未満切捨て; 0 when none counts. */
  average: number;
  /** The first day of September of the year, from which the 標準報酬月額 applies (④ 適用年月). */
  applies: Day;
  /** The 標準報酬月額 the average falls in; undefined when no month counts (保険者決定). */
  standard?: { health: Grade; pension: Grade };
}

const MONTHS = [4, 5, 6] as const;

/**
 * 定時決定の算定基礎 (健康保険法第41条, 厚生年金保険法第21条): the 報酬 *paid* in April, May and June (by 支給日),
 * the months with enough 支払基礎日数 (teijiBasisDaysThreshold), their total and average, and the grade the
 * average falls in, in the table in force from September. A month whose pay is for part of a month because
 * the employee joined during it (途中入社) does not count.
 * @example santeiKiso({ results, year: 2026, workerType: "general" }) // pay 300,000 / 310,000 / 320,000 with 17+ days → average 310,000 → 標準報酬月額 320,000
 */
export function santeiKiso(a: { results: readonly PaidResult[]; year: number; workerType: WorkerType; midwayJoinMonth?: number }): SanteiKiso {
  const applies = dayOf(a.year, 9, 1);
  const paid = monthsOfPay(a.results);
  const pay = MONTHS.map((month) => paid.find((m) => sameMonth(m, a.year, month)));
  const threshold = teijiBasisDaysThreshold({ days: pay.map((m) => m?.basisDays ?? 0), workerType: a.workerType, month: applies });
  const months = MONTHS.map((month, i) => {
    const m = pay[i];
    const basisDays = m?.basisDays ?? 0;
    const counted = m !== undefined && basisDays >= threshold && month !== a.midwayJoinMonth;
    return { month, basisDays, cash: m?.cash ?? 0, inKind: m?.inKind ?? 0, total: m?.total ?? 0, counted };
  });
  const counted = months.filter((m) => m.counted);
  const total = counted.reduce((sum, m) => sum + m.total, 0);
  const average = counted.length === 0 ? 0 : Math.floor(total / counted.length);
  const standard = counted.length === 0 ? undefined : gradesOf(average, applies);
  return { months, total, average, applies, standard };
}

function sameMonth(m: MonthOfPay, year: number, month: number): boolean {
  const ymd = ymdOf(m.month);
  return ymd.year === year && ymd.month === month;
}

/** The 健康保険 and 厚生年金保険 grades of a 報酬月額 in the tables in force in `month`. */
export function gradesOf(remuneration: number, month: Day): { health: Grade; pension: Grade } {
  return {
    health: standardMonthlyRemuneration({ remuneration, scheme: "health", month }),
    pension: standardMonthlyRemuneration({ remuneration, scheme: "pension", month }),
  };
}
