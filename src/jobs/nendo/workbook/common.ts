/** What the two sheets of the 年度更新 workbook share: the heading lines, rates as the 申告書 prints them. */
import type { FormatArea, PlanValue } from "../../../workbook/types";
import type { Ppm } from "../../../calc/money/rate";
import type { NendoOffice } from "../office";

export const HEADER_FILL = "#DDEBF7";
export const YEN = "#,##0";

/** 千分率 as the 申告書 prints it: 3000 ppm → "3/1000", 20 ppm → "0.02/1000". */
export function permille(rate: Ppm): string {
  return `${rate / 1000}/1000`;
}

/** 令和 of a 保険年度 (2026 → 令和8年度). */
export function reiwaYear(year: number): string {
  return `令和${year - 2018}年度`;
}

/** The office's line under a title: 事業の名称, 労働保険番号, 事業の種類. */
export function officeLine(office: NendoOffice): string {
  const parts = [office.name, office.laborInsuranceNumber && `労働保険番号 ${office.laborInsuranceNumber}`, `事業の種類 ${office.rosaiBusinessType}`];
  return parts.filter(Boolean).join("　");
}

/** Lines of text the plan writes as values: formatted as text, so nothing from OFFICE.json can become a formula. */
export function textLines(lines: readonly string[], cols: number): { values: PlanValue[][]; format: FormatArea } {
  return {
    values: lines.map((l) => [l, ...new Array<PlanValue>(cols - 1).fill(null)]),
    format: { row: 0, col: 0, rows: lines.length, cols: 1, numberFormat: "@" },
  };
}
