import { Day, dayOf, ymdOf } from "../dates/calendar";
import { remunerationDeterminationRules } from "../law/socialInsurance";
import { Grade, standardMonthlyRemuneration } from "./standardMonthlyRemuneration";
import { MonthOfPay, PaidResult, monthsOfPay } from "./paidResult";
import { zuijiBasisDaysThreshold } from "./basisDaysThreshold";
import { gradesOf } from "./santeiKiso";
import { WorkerType } from "./teijiKettei";

export interface StandardPair {
  health: number;
  pension: number;
}

/** Someone whose 標準報酬月額 is revised from the fourth month (a 月額変更届 to file). */
export interface ZuijiKaiteiCandidate {
  /** The month whose pay first carries the changed 固定的賃金 (変動月). */
  changeMonth: Day;
  /** The fourth month, from which the new 標準報酬月額 applies (改定年月). */
  revisionMonth: Day;
  direction: "昇給" | "降給";
  /** The three months from the 変動月. */
  months: MonthOfPay[];
  total: number;
  /** 総計 ÷ 3, 1円未満切捨て. */
  average: number;
  previous: { health: Grade; pension: Grade };
  revised: { health: Grade; pension: Grade };
}

/** A change of 固定的賃金 that does not revise the 標準報酬月額, and why. */
export interface ZuijiKaiteiExclusion {
  changeMonth: Day;
  reason: string;
}

/**
 * 随時改定 (健康保険法第43条第1項, 厚生年金保険法第23条第1項): when the 固定的賃金 changes, the 報酬 of the three
 * months from the change (each with enough 支払基礎日数) is averaged; if the average falls two grades or more
 * from the 標準報酬月額 in force, it is revised from the fourth month. The grades must move the way the 固定的賃金
 * moved (日本年金機構: a raise of 固定的賃金 whose average falls through fewer 残業手当 is not a 随時改定, nor the reverse). A revision becomes the
 * 標準報酬月額 in force for any later change.
 * @example zuijiKaitei({ results, workerType: "general", standard: { health: 260_000, pension: 260_000 } }) // 9月 raise to 300,000 → revised from 12月: 300,000
 */
export function zuijiKaitei(a: { results: readonly PaidResult[]; workerType: WorkerType; standard: StandardPair }): { candidates: ZuijiKaiteiCandidate[]; excluded: ZuijiKaiteiExclusion[] } {
  const months = monthsOfPay(a.results);
  const candidates: ZuijiKaiteiCandidate[] = [];
  const excluded: ZuijiKaiteiExclusion[] = [];
  let standard = a.standard;
  for (let i = 1; i < months.length; i++) {
    const before = months[i - 1].fixedWage;
    const after = months[i].fixedWage;
    if (before === undefined || after === undefined || before === after) continue;
    const outcome = judgeChange({ months: months.slice(i, i + 3), direction: after > before ? "昇給" : "降給", workerType: a.workerType, standard });
    if ("reason" in outcome) excluded.push(outcome);
    else {
      candidates.push(outcome);
      standard = { health: outcome.revised.health.amount, pension: outcome.revised.pension.amount };
    }
  }
  return { candidates, excluded };
}

function judgeChange(a: { months: MonthOfPay[]; direction: "昇給" | "降給"; workerType: WorkerType; standard: StandardPair }): ZuijiKaiteiCandidate | ZuijiKaiteiExclusion {
  const changeMonth = a.months[0].month;
  const revisionMonth = addMonths(changeMonth, 3);
  if (a.months.length < 3 || a.months[2].month !== addMonths(changeMonth, 2) || a.months[1].month !== addMonths(changeMonth, 1)) {
    return { changeMonth, reason: "変動月から継続した3か月の給与がそろっていません。" };
  }
  const threshold = zuijiBasisDaysThreshold({ workerType: a.workerType, month: revisionMonth });
  const short = a.months.find((m) => m.basisDays < threshold);
  if (short) return { changeMonth, reason: `${describe(short.month)}の支払基礎日数が${short.basisDays}日で、${threshold}日に届きません。` };
  const total = a.months.reduce((sum, m) => sum + m.total, 0);
  const average = Math.floor(total / 3);
  const previous = { health: gradeOfStandard(a.standard.health, "health", revisionMonth), pension: gradeOfStandard(a.standard.pension, "pension", revisionMonth) };
  const revised = gradesOf(average, revisionMonth);
  const step = Math.max(Math.abs(revised.health.grade - previous.health.grade), Math.abs(revised.pension.grade - previous.pension.grade));
  const least = remunerationDeterminationRules.at(revisionMonth).occasionalRevisionGrades;
  if (step < least) return { changeMonth, reason: `平均 ${average.toLocaleString("ja-JP")}円 の等級差が${step}等級で、${least}等級に届きません。` };
  const up = revised.health.grade > previous.health.grade || revised.pension.grade > previous.pension.grade;
  if (up !== (a.direction === "昇給")) return { changeMonth, reason: `固定的賃金は${a.direction}ですが、平均は逆に動いています（随時改定に該当しません）。` };
  return { changeMonth, revisionMonth, direction: a.direction, months: a.months, total, average, previous, revised };
}

function gradeOfStandard(amount: number, scheme: "health" | "pension", month: Day): Grade {
  return standardMonthlyRemuneration({ remuneration: amount, scheme, month });
}

function addMonths(month: Day, count: number): Day {
  const { year, month: m } = ymdOf(month);
  return dayOf(year, m + count, 1);
}

function describe(month: Day): string {
  const { year, month: m } = ymdOf(month);
  return `${year}年${m}月`;
}
