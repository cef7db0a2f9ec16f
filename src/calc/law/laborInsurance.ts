/**
 * 労働保険の年度更新 (概算・確定保険料の申告) の数値: 一般拠出金率, 概算保険料の見込額の特例の幅, 延納の要件.
 * 労災保険率 is the office's own (事業の種類ごとに告示され、申告書に印字される): it comes with the office's facts.
 */
import { defineTimeline } from "./timeline";
import { Source } from "./types";
import { Ppm, ppmFromPermille } from "../money/rate";

const ASBESTOS_ACT: Source = { title: "石綿による健康被害の救済に関する法律（平成18年法律第4号）", url: "https://laws.e-gov.go.jp/law/418AC0000000004" };
const COLLECTION_RULES: Source = { title: "労働保険の保険料の徴収等に関する法律施行規則", url: "https://laws.e-gov.go.jp/law/347M50002000008" };

/**
 * 一般拠出金率: 労災保険適用事業主が毎年度、労災保険の確定賃金総額に乗じて納める率 (石綿健康被害救済法35条・37条).
 * Keyed on the 賃金締切日 like the premiums it is declared with: the 保険年度 of the wages.
 */
export const asbestosLevyRate = defineTimeline<Ppm>({
  id: "laborInsurance.asbestosLevyRate",
  title: "一般拠出金率",
  unit: "ppm（千分率×1000）",
  keyedOn: "wageClosingDate",
  knownUntil: null,
  revisions: [
    {
      effective: "2007-04-01",
      value: ppmFromPermille("0.05"),
      sources: [
        { ...ASBESTOS_ACT, at: "第35条（一般拠出金の徴収）・第37条第1項（一般拠出金率）、平成19年4月1日施行" },
        { title: "環境省 石綿による健康被害の救済に関する法律第37条第1項及び第2項の一般拠出金率を定める件", url: "https://www.env.go.jp/press/files/jp/8683.html" },
      ],
      confidence: "high",
    },
    {
      effective: "2014-04-01",
      value: ppmFromPermille("0.02"),
      sources: [
        { ...ASBESTOS_ACT, at: "第37条第1項（一般拠出金率、平成26年度から 1000分の0.02）" },
        { title: "神奈川労働局 石綿健康被害救済法に基づく一般拠出金", url: "https://jsite.mhlw.go.jp/kanagawa-roudoukyoku/hourei_seido_tetsuzuki/roudou_hoken/hourei_seido/kyosyutukin.html" },
      ],
      confidence: "high",
    },
  ],
});

export interface AnnualDeclarationRules {
  /** 概算保険料の見込額がこの幅（直前の保険年度の賃金総額に対する百分率、以上・以下）なら直前年度の賃金総額を用いる. */
  estimateRangePercent: readonly [number, number];
  /** 延納できる概算保険料の額（以上）: 労災・雇用の両方が成立 / 一方のみ. */
  instalmentMinimumBoth: number;
  instalmentMinimumSingle: number;
  /** 継続事業 (4月1日から成立) の延納の期の数. */
  instalments: number;
}

/** 概算保険料の算定と延納 (徴収法15条1項・18条; 施行規則24条・27条). */
export const annualDeclarationRules = defineTimeline<AnnualDeclarationRules>({
  id: "laborInsurance.annualDeclarationRules",
  title: "労働保険 概算保険料・延納の要件",
  unit: "円・百分率・期の数",
  keyedOn: "wageClosingDate",
  knownUntil: null,
  revisions: [
    {
      effective: "2014-04-01",
      value: { estimateRangePercent: [50, 200], instalmentMinimumBoth: 400_000, instalmentMinimumSingle: 200_000, instalments: 3 },
      sources: [
        { ...COLLECTION_RULES, at: "第24条第1項（見込額が直前の保険年度の賃金総額の100分の50以上100分の200以下のときは直前年度の賃金総額）" },
        { ...COLLECTION_RULES, at: "第27条第1項（概算保険料40万円以上、労災又は雇用の一方のみ成立は20万円以上で延納、4月1日から7月31日まで等の3期）" },
        { title: "国等の債権債務等の金額の端数計算に関する法律（昭和25年法律第61号）", url: "https://laws.e-gov.go.jp/law/325AC0000000061", at: "第3条（分割金額の1円未満の端数は最初の履行期限の分割金額に合算）" },
      ],
      confidence: "medium",
      note: "2014年4月より前の額は確かめていない（年度更新の確定は直近の年度だけを扱う）",
    },
  ],
});
