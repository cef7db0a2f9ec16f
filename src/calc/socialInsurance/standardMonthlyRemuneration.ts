import { healthGradeTable, pensionGradeTable } from "../law/socialInsurance";
import { GradeRow } from "../law/data/socialInsurance/standardMonthlyGrades.data";
import { Day } from "../dates/calendar";
import { Scheme } from "./types";

export interface Grade {
  grade: number;
  amount: number;
}

export function gradeTable(scheme: Scheme, month: Day): readonly GradeRow[] {
  const table = scheme === "health" ? healthGradeTable : pensionGradeTable;
  return table.at(month);
}

/**
 * 標準報酬月額: the grade whose range (下限以上・上限未満) holds the 報酬月額 (健康保険法第40条,
 * 厚生年金保険法第20条). Below the first bound is the first grade; above the last, the last grade.
 * @example standardMonthlyRemuneration({ remuneration: 300_000, scheme: "health", month }) // 22級 300,000
 */
export function standardMonthlyRemuneration(a: { remuneration: number; scheme: Scheme; month: Day }): Grade {
  const rows = gradeTable(a.scheme, a.month);
  let lo = 0;
  let hi = rows.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.remuneration >= rows[mid][2]) lo = mid;
    else hi = mid - 1;
  }
  return { grade: rows[lo][0], amount: rows[lo][1] };
}
