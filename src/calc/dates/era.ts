import { dayOf } from "./calendar";

/**
 * 元号 and the first day of each (元号法; 平成は昭和64年1月8日、令和は平成31年5月1日から).
 * 元年 is year 1; the Gregorian year of era year n is start year + n − 1.
 */
export const ERAS: ReadonlyArray<{ name: string; initial: string; startYear: number; startMonth: number; startDay: number }> = [
  { name: "令和", initial: "R", startYear: 2019, startMonth: 5, startDay: 1 },
  { name: "平成", initial: "H", startYear: 1989, startMonth: 1, startDay: 8 },
  { name: "昭和", initial: "S", startYear: 1926, startMonth: 12, startDay: 25 },
  { name: "大正", initial: "T", startYear: 1912, startMonth: 7, startDay: 30 },
  { name: "明治", initial: "M", startYear: 1868, startMonth: 1, startDay: 25 },
];

export function eraByName(token: string) {
  const t = token.toUpperCase();
  return ERAS.find((e) => e.name === token || e.initial === t || e.name[0] === token);
}

export function eraStartDay(era: (typeof ERAS)[number]): number {
  return dayOf(era.startYear, era.startMonth, era.startDay);
}
