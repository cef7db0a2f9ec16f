/**
 * The figures to copy onto the 申告書 (労働保険 概算・増加概算・確定保険料 石綿健康被害救済法一般拠出金申告書), one
 * line each: the 確定保険料算定内訳 (労災保険分, 雇用保険分 per rate in force, 一般拠出金), the 概算保険料算定内訳 of the
 * next year and its 延納. 算定基礎額 as the 申告書 takes it, in 千円.
 */
import type { FormatArea, PlanValue, SheetPlan } from "../../../workbook/types";
import type { NendoOffice } from "../office";
import type { EstimatePart, NendoResult } from "../nendo";
import { HEADER_FILL, officeLine, permille, reiwaYear, textLines, YEN } from "./common";

export const DECLARATION_SHEET = "申告書に転記";

type Line = [label: string, value: PlanValue, unit: string];
const COLS = 3;

const thousand = (base: number) => base / 1000;

function insuranceLines(name: string, part: { base: number; rate: number; premium: number }): Line[] {
  return [
    [`${name} 算定基礎額`, thousand(part.base), "千円"],
    [`${name} 保険料率`, permille(part.rate), ""],
    [`${name} 保険料額`, part.premium, "円"],
  ];
}

function confirmedLines(r: NendoResult): Line[] {
  const f = r.figures;
  if (!f) return [["確定保険料", "計算できません（標準エラーの問題を直してください）", ""]];
  const koyo = r.koyoPeriods.length === 1
    ? insuranceLines("雇用保険分", r.koyoPeriods[0])
    : r.koyoPeriods.flatMap((p) => insuranceLines(`雇用保険分（${permille(p.rate)}の期間）`, p));
  return [
    ...insuranceLines("労災保険分", { ...f.rosai, rate: r.rosaiRate! }),
    ...koyo,
    ["確定保険料額（労災保険分＋雇用保険分）", f.kakutei, "円"],
    ["一般拠出金 算定基礎額（労災保険分と同じ）", thousand(f.rosai.base), "千円"],
    ["一般拠出金率", permille(r.levyRate!), ""],
    ["一般拠出金額", f.ippanKyoshutsukin, "円"],
  ];
}

function estimateLines(r: NendoResult, parts: { rosai: EstimatePart; koyo: EstimatePart } | undefined): Line[] {
  if (!r.figures || r.figures.gaisan === null || !parts) return [["概算保険料", r.gaisanMessage ?? "計算できません", ""]];
  const ennou: Line[] = r.figures.ennou.length === 0
    ? [["延納", "なし（一括で納付）", ""]]
    : r.figures.ennou.map((amount, i): Line => [`延納 第${i + 1}期`, amount, "円"]);
  return [...insuranceLines("労災保険分", parts.rosai), ...insuranceLines("雇用保険分", parts.koyo), ["概算保険料額", r.figures.gaisan, "円"], ...ennou];
}

function sections(r: NendoResult, year: number): { heading: string; lines: Line[] }[] {
  return [
    { heading: `確定保険料算定内訳（${reiwaYear(year)}）`, lines: confirmedLines(r) },
    { heading: `概算保険料算定内訳（${reiwaYear(year + 1)}）`, lines: estimateLines(r, r.gaisanParts) },
  ];
}

export function declarationSheet(result: NendoResult, office: NendoOffice, year: number): SheetPlan {
  const head = textLines([
    `申告書に転記する数字（${reiwaYear(year)} 確定・${reiwaYear(year + 1)} 概算）`,
    officeLine(office),
    "申告済概算保険料額と差引額（充当額・不足額）は、",
    "前年度の申告書の概算保険料額から記入してください。",
  ], COLS);
  const values: PlanValue[][] = [...head.values, [null, null, null]];
  const formats: FormatArea[] = [head.format, { row: 0, col: 0, rows: 1, cols: 1, bold: true, fontSize: 13 }];
  for (const s of sections(result, year)) {
    formats.push({ row: values.length, col: 0, rows: 1, cols: COLS, bold: true, fill: HEADER_FILL, border: true });
    values.push([s.heading, null, null]);
    formats.push({ row: values.length, col: 0, rows: s.lines.length, cols: COLS, border: true }, { row: values.length, col: 1, rows: s.lines.length, cols: 1, numberFormat: YEN, align: "Right" });
    values.push(...s.lines);
    values.push([null, null, null]);
  }
  return {
    name: DECLARATION_SHEET,
    rows: values.length,
    cols: COLS,
    formats,
    blocks: [{ kind: "values", row: 0, col: 0, values }],
    columnWidths: [40, 18, 6],
    print: { paper: "A4", orientation: "Portrait", pageBreaks: [], margins: { top: 0.6, bottom: 0.6, left: 0.6, right: 0.6, header: 0.3, footer: 0.3 }, centerHorizontally: true },
  };
}
