/**
 * The figures to copy onto the 申告書 (労働保険 概算・増加概算・確定保険料 石綿健康被害救済法一般拠出金申告書) as
 * labelled lines in sections, labels as the 申告書 prints them (④, ⑤, ⑧…⑳). One list serves the .xlsx sheet and
 * the pane: each line is a label, a value (a number, or a sentence when the figure is not computed) and a unit.
 */
import type { EstimatePart, NendoResult } from "./nendo";
import type { Settlement } from "./settlement";
import { permille, reiwaYear } from "./workbook/common";

export interface DeclarationLine {
  label: string;
  value: number | string;
  unit: "円" | "千円" | "人" | "";
}

export interface DeclarationSection {
  heading: string;
  lines: DeclarationLine[];
}

const yen = (label: string, value: number): DeclarationLine => ({ label, value, unit: "円" });
/** 算定基礎額 as the 申告書 takes it, in 千円 (the base is already cut below 1,000円). */
const thousand = (label: string, base: number): DeclarationLine => ({ label, value: base / 1000, unit: "千円" });
const text = (label: string, value: string): DeclarationLine => ({ label, value, unit: "" });

function insuranceLines(base: string, rate: string, premium: string, name: string, part: { base: number; rate: number; premium: number }): DeclarationLine[] {
  return [thousand(`${base} ${name}`, part.base), text(`${rate} ${name}`, permille(part.rate)), yen(`${premium} ${name}`, part.premium)];
}

function confirmedLines(r: NendoResult): DeclarationLine[] {
  const f = r.figures;
  if (!f) return [text("確定保険料", "計算できません（標準エラーの問題を直してください）")];
  const koyo = r.koyoPeriods.length === 1
    ? insuranceLines("⑧算定基礎額", "⑨保険料率", "⑩確定保険料額", "（ホ）雇用保険分", r.koyoPeriods[0])
    : r.koyoPeriods.flatMap((p) => insuranceLines("⑧算定基礎額", "⑨保険料率", "⑩確定保険料額", `（ホ）雇用保険分（${permille(p.rate)}の期間）`, p));
  return [
    ...insuranceLines("⑧算定基礎額", "⑨保険料率", "⑩確定保険料額", "（ロ）労災保険分", { ...f.rosai, rate: r.rosaiRate! }),
    ...koyo,
    yen("⑩確定保険料額（イ）労働保険料（労災保険分＋雇用保険分）", f.kakutei),
    thousand("⑧算定基礎額（ヘ）一般拠出金（労災保険分と同じ）", f.rosai.base),
    text("⑨一般拠出金率（ヘ）", permille(r.levyRate!)),
    yen("⑩一般拠出金額（ヘ）", f.ippanKyoshutsukin),
  ];
}

function estimateLines(r: NendoResult, parts: { rosai: EstimatePart; koyo: EstimatePart } | undefined): DeclarationLine[] {
  if (!r.figures || r.figures.gaisan === null || !parts) return [text("⑭概算保険料額", r.gaisanMessage ?? "計算できません")];
  const ennou = r.figures.ennou.length === 0
    ? [text("延納", "なし（一括で納付）")]
    : r.figures.ennou.map((amount, i) => yen(`延納 第${i + 1}期`, amount));
  return [
    ...insuranceLines("⑫算定基礎額の見込額", "⑬保険料率", "⑭概算保険料額", "（ロ）労災保険分", parts.rosai),
    ...insuranceLines("⑫算定基礎額の見込額", "⑬保険料率", "⑭概算保険料額", "（ホ）雇用保険分", parts.koyo),
    yen("⑭概算保険料額（イ）労働保険料", r.figures.gaisan),
    ...ennou,
  ];
}

function balanceLines(r: NendoResult, s: Settlement | null | undefined): DeclarationLine[] {
  const declared = r.figures?.declaredEstimate ?? null;
  const first = declared === null ? text("⑱申告済概算保険料額", "指定なし（前年度の申告書の概算保険料額を --declared-estimate か declaredEstimate に）") : yen("⑱申告済概算保険料額", declared);
  if (!s) return [first, text("⑳差引額", r.settlementMessage ?? "計算できません")];
  return [first, yen("⑳差引額（イ）充当額", s.appropriated), yen("⑳差引額（ロ）還付額", s.refund), yen("⑳差引額（ハ）不足額", s.shortfall)];
}

function paymentLines(s: Settlement): DeclarationLine[] {
  const once = s.payments.length === 1;
  return s.payments.flatMap((p, i) => {
    const name = once ? "一括" : i === 0 ? "第1期（初期）" : `第${i + 1}期`;
    const lines = [yen(`${name} 概算保険料額`, p.estimate), yen(`${name} 労働保険料充当額`, p.appropriated)];
    if (i === 0) lines.push(yen(`${name} 不足額`, p.shortfall), yen(`${name} 一般拠出金額`, p.levy), yen(`${name} 一般拠出金充当額`, p.levyAppropriated));
    return [...lines, yen(`${name} 今期納付額`, p.payment)];
  });
}

/** @example declarationSections(result, 2025).map((s) => s.heading) // ["労働者数", "確定保険料算定内訳（令和7年度）", "概算保険料算定内訳（令和8年度）", "申告済概算保険料額と差引額", "期別納付額"] */
export function declarationSections(r: NendoResult, year: number): DeclarationSection[] {
  const s = r.figures?.settlement;
  return [
    { heading: "労働者数", lines: [{ label: "④常時使用労働者数", value: r.headcounts.workers, unit: "人" }, { label: "⑤雇用保険被保険者数", value: r.headcounts.insured, unit: "人" }] },
    { heading: `確定保険料算定内訳（${reiwaYear(year)}）`, lines: confirmedLines(r) },
    { heading: `概算保険料算定内訳（${reiwaYear(year + 1)}）`, lines: estimateLines(r, r.gaisanParts) },
    { heading: "申告済概算保険料額と差引額", lines: balanceLines(r, s) },
    ...(s ? [{ heading: "期別納付額", lines: paymentLines(s) }] : []),
  ];
}
