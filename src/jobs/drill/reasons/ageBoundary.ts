/**
 * Age boundaries: a premium starts or stops with the month of an age, and one side may not have moved yet
 * (a 生年月日 wrong in one file, or the month the premium is deducted from: 翌月徴収 deducts it a month later).
 * - 介護保険 from the month the insured reaches 40, to the month before reaching 65 (介護保険法第9条第2号);
 * - 厚生年金 lost on the day of reaching 70 (厚生年金保険法第14条第5号);
 * - 健康保険 lost on the 75th birthday, when 後期高齢者医療 begins (高齢者の医療の確保に関する法律第52条第1号);
 * a premium is owed up to the month before the month of loss (健康保険法第156条第3項, 厚生年金保険法第19条第1項).
 */
import { Day, dayOf, isoMonthOf, isoOf, monthIndex, monthStartAfter, ymdOf } from "../../../calc/dates/calendar";
import { dayAgeReached } from "../../../calc/socialInsurance/careInsuranceApplies";
import { qualificationLossDay } from "../../../calc/payroll/qualificationLossDay";
import { parseIsoDay } from "../../../calc/payroll/settings";
import { DrillCase, singlePremiumMonth } from "../drillCase";
import type { DrillItem } from "../drillItems";

interface Boundary {
  /** The first premium month on the other side of the boundary. */
  month: Day;
  text: string;
}

const monthOf = (day: Day) => dayOf(ymdOf(day).year, ymdOf(day).month, 1);

function care40(birth: Day): Boundary {
  const reached = dayAgeReached(birth, 40);
  const month = monthOf(reached);
  return { month, text: `40歳に達した日は ${isoOf(reached)}（誕生日の前日）: 介護保険料は ${isoMonthOf(month)}分から（介護保険法第9条第2号）。` };
}

function care65(birth: Day): Boundary {
  const reached = dayAgeReached(birth, 65);
  const month = monthOf(reached);
  return { month, text: `65歳に達した日は ${isoOf(reached)}（誕生日の前日）: 介護保険料は ${isoMonthOf(monthStartAfter(month, -1))}分まで（それからは市区町村の第1号被保険者）。` };
}

function pension70(birth: Day): Boundary {
  const lost = qualificationLossDay({ scheme: "pension", birth });
  const month = monthOf(lost);
  return { month, text: `70歳に達した日 ${isoOf(lost)} に厚生年金の資格を喪失（厚生年金保険法第14条第5号）: 厚生年金保険料は ${isoMonthOf(monthStartAfter(month, -1))}分まで。` };
}

function health75(birth: Day): Boundary {
  const lost = qualificationLossDay({ scheme: "health", birth });
  const month = monthOf(lost);
  return { month, text: `75歳の誕生日 ${isoOf(lost)} に後期高齢者医療へ移り健康保険の資格を喪失（高齢者医療確保法第52条）: 健康保険・介護・支援金は ${isoMonthOf(monthStartAfter(month, -1))}分まで。` };
}

/** The boundaries that can start or stop each item. */
const BOUNDARIES: Partial<Record<DrillItem, ((birth: Day) => Boundary)[]>> = {
  care: [care40, care65, health75],
  health: [health75],
  childSupport: [health75],
  pension: [pension70],
};

/**
 * The age boundary of an item that falls within a month of the premium month deducted, said with its day and
 * the first or last premium month it makes.
 * @example ageBoundaryNear({ item: "care", birth: 1986-11-20, premiumMonth: 2026-10 }) // 「40歳に達した日は 2026-11-19 …: 介護保険料は 2026-11分から…」
 */
export function ageBoundaryNear(a: { item: DrillItem; birth: Day; premiumMonth: Day }): string | undefined {
  const near = (b: Boundary) => Math.abs(monthIndex(b.month) - monthIndex(a.premiumMonth)) <= 1;
  const found = (BOUNDARIES[a.item] ?? []).map((f) => f(a.birth)).find(near);
  return found && `年齢: ${found.text}Sonae は ${isoMonthOf(a.premiumMonth)}分を控除しています。`;
}

/** Only when one side deducts the premium and the other does not: a crossing switches it on or off. */
export function ageBoundaryReason(c: DrillCase, item: DrillItem): string | undefined {
  const theirs = c.result[item];
  const premiumMonth = singlePremiumMonth(c);
  if (theirs === undefined || premiumMonth === undefined || (theirs === 0) === (c.detail.line[item] === 0)) return undefined;
  return ageBoundaryNear({ item, birth: parseIsoDay(c.employee.birthDate, "生年月日"), premiumMonth });
}
