import { Day, monthStart } from "../dates/calendar";

/** 給与 (a monthly pay) or 賞与 (paid less often than every three months: 健康保険法第3条第6項). */
export type PayKind = "給与" | "賞与";

/**
 * One payment from a year of results, as the procedures need it. 報酬 for social insurance is everything
 * paid for work, 通勤手当 included (健康保険法第3条第5項); 現物給与 is valued at the 厚生労働大臣 price.
 */
export interface PaidResult {
  employeeId: string;
  kind: PayKind;
  /** 支給日: 定時決定 takes the pay *paid* in April, May and June. */
  payDay: Day;
  /** 給与計算の基礎日数 (支払基礎日数): 暦日 for 月給, 出勤日数 for 日給・時給. */
  basisDays?: number;
  /** 通貨によるもの: 総支給額 including 通勤手当. */
  cash: number;
  /** 現物によるもの (円). */
  inKind: number;
  /** 固定的賃金 (基本給・固定手当) of the pay, when known: a change of it starts a 随時改定. */
  fixedWage?: number;
}

/** The pay of one calendar month, all of that month's 給与 added together. */
export interface MonthOfPay {
  /** The first day of the month of 支給日. */
  month: Day;
  basisDays: number;
  cash: number;
  inKind: number;
  /** 通貨 + 現物. */
  total: number;
  fixedWage?: number;
}

/**
 * The 給与 of each month by 支給日, oldest first. Two 給与 paid in one month are one month's 報酬 (their amounts
 * add up); its 支払基礎日数 is the larger of the two, since the days of one month are not counted twice.
 * @example monthsOfPay([{ kind: "給与", payDay: dayOf(2026, 4, 25), basisDays: 30, cash: 300_000, inKind: 0, employeeId: "1" }]) // [{ month: 2026-04-01, total: 300,000, … }]
 */
export function monthsOfPay(results: readonly PaidResult[]): MonthOfPay[] {
  const byMonth = new Map<Day, MonthOfPay>();
  for (const r of results) {
    if (r.kind !== "給与") continue;
    const month = monthStart(r.payDay);
    const m = byMonth.get(month) ?? { month, basisDays: 0, cash: 0, inKind: 0, total: 0 };
    m.basisDays = Math.max(m.basisDays, r.basisDays ?? 0);
    m.cash += r.cash;
    m.inKind += r.inKind;
    m.total = m.cash + m.inKind;
    if (r.fixedWage !== undefined) m.fixedWage = r.fixedWage;
    byMonth.set(month, m);
  }
  return [...byMonth.values()].sort((x, y) => x.month - y.month);
}


/**
 * A year of results split by person (社員番号), each person's in the order given: the rules take one person's
 * results at a time.
 */
export function resultsByEmployee(results: readonly PaidResult[]): Map<string, PaidResult[]> {
  const byEmployee = new Map<string, PaidResult[]>();
  for (const r of results) {
    const list = byEmployee.get(r.employeeId);
    if (list) list.push(r);
    else byEmployee.set(r.employeeId, [r]);
  }
  return byEmployee;
}
