/**
 * What `sonae nendo` prints: the --json line, or the summary a clerk reads (労働者数, 確定, 一般拠出金, 概算, 延納,
 * 申告済概算と差引額, 期別納付額).
 */
import type { NendoFigures, NendoResult } from "../../jobs/nendo/nendo";
import { DeclarationLine, declarationSections } from "../../jobs/nendo/declarationLines";

export { nendoJson } from "../../jobs/nendo/nendoJson";

const yen = (n: number) => `${n.toLocaleString("ja-JP")}円`;
const rate = (ppm: number) => `${ppm / 1000}/1000`;

function confirmedLines(r: NendoResult, f: NendoFigures): string[] {
  const koyo = r.koyoPeriods.length <= 1
    ? [`  雇用保険分  算定基礎額 ${yen(f.koyo.base)} × ${r.koyoPeriods[0] ? rate(r.koyoPeriods[0].rate) : "-"} = ${yen(f.koyo.premium)}`]
    : r.koyoPeriods.map((p) => `  雇用保険分（${rate(p.rate)} の期間）  算定基礎額 ${yen(p.base)} × ${rate(p.rate)} = ${yen(p.premium)}`);
  return [
    `  労災保険分  算定基礎額 ${yen(f.rosai.base)} × ${rate(r.rosaiRate!)} = ${yen(f.rosai.premium)}`,
    ...koyo,
    `  確定保険料  ${yen(f.kakutei)}`,
    `一般拠出金    ${yen(f.rosai.base)} × ${rate(r.levyRate!)} = ${yen(f.ippanKyoshutsukin)}`,
  ];
}

function estimateLines(r: NendoResult, f: NendoFigures, year: number): string[] {
  if (f.gaisan === null || !r.gaisanParts) return [`${year + 1}年度の概算保険料: 計算できません（標準エラーに理由）`];
  const { rosai, koyo } = r.gaisanParts;
  const ennou = f.ennou.length === 0 ? ["  延納: なし（一括で納付）"] : [`  延納（3期）: ${f.ennou.map((n, i) => `第${i + 1}期 ${yen(n)}`).join("、")}`];
  return [
    `${year + 1}年度の概算保険料`,
    `  労災保険分  算定基礎額 ${yen(rosai.base)} × ${rate(rosai.rate)} = ${yen(rosai.premium)}`,
    `  雇用保険分  算定基礎額 ${yen(koyo.base)} × ${rate(koyo.rate)} = ${yen(koyo.premium)}`,
    `  概算保険料  ${yen(f.gaisan)}`,
    ...ennou,
  ];
}

const lineText = (l: DeclarationLine) => `  ${l.label}  ${typeof l.value === "number" ? `${l.value.toLocaleString("ja-JP")}${l.unit}` : l.value}`;

/** The 申告書's sections besides the 確定 and 概算 (written above with their arithmetic): 労働者数, 差引額, 期別納付額. */
function declarationText(r: NendoResult, year: number, headings: readonly string[]): string[] {
  return declarationSections(r, year).filter((s) => headings.includes(s.heading)).flatMap((s) => [s.heading, ...s.lines.map(lineText)]);
}

export function nendoSummaryLines(r: NendoResult, year: number, incomplete: boolean): string[] {
  const f = r.figures!;
  return [
    `労働保険 年度更新 ${year}年度（令和${year - 2018}年度）${incomplete ? "　※ 一部の賃金が欠けています（標準エラー）" : ""}`,
    ...declarationText(r, year, ["労働者数"]),
    `${year}年度の確定保険料`,
    ...confirmedLines(r, f),
    ...estimateLines(r, f, year),
    ...declarationText(r, year, ["申告済概算保険料額と差引額", "期別納付額"]),
  ];
}
