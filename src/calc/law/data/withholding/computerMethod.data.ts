/**
 * 月額表の甲欄を適用する給与等に対する源泉徴収税額の電算機計算の特例（財務省告示 平成24年第116号）.
 *
 *   税額 = (A − 給与所得控除の額[第1表] − 扶養控除等の額[第2表] − 基礎控除の額[第3表]) × 税率 − 控除額 [第4表]
 *   → 10円未満の端数を四捨五入（告示の本文）。A = その月の社会保険料等控除後の給与等の金額.
 * 第1表の率を乗じて計算した金額に1円未満の端数があるときは切り上げ.
 */
import { ComputerMethodData } from "./types";

/** 第4表: the same rates and subtractions in 令和2年分〜令和9年分. */
const TAX_RATES: ComputerMethodData["taxRates"] = [
  [162_500, ["5.105", 0]],
  [275_000, ["10.21", 8_296]],
  [579_166, ["20.42", 36_374]],
  [750_000, ["23.483", 54_113]],
  [1_500_000, ["33.693", 130_688]],
  [3_333_333, ["40.84", 237_893]],
  [null, ["45.945", 408_061]],
];

/**
 * 令和8年分（2026-01-01〜2026-12-31）: 財務省告示 平成24年第116号（令和7年4月30日 財務省告示第123号改正）.
 * Source: 国税庁「月額表の甲欄を適用する給与等に対する源泉徴収税額の電算機計算の特例について」令和8年分
 *   https://www.nta.go.jp/publication/pamph/gensen/zeigakuhyo2026/data/denshi_01.pdf
 * via the project's reference data (withholding-tables.yaml computer_method.r08: kishida-devil/jp-payroll-mcp
 * src/data/withholding-computer-r8.json and an independent transcription, equal).
 */
export const COMPUTER_METHOD_R08: ComputerMethodData = {
  salaryDeduction: [
    [158_333, 54_167],
    [299_999, ["30", 6_667]],
    [549_999, ["20", 36_667]],
    [708_330, ["10", 91_667]],
    [null, 162_500],
  ],
  perDependent: 31_667,
  basicDeduction: [
    [2_120_833, 48_334],
    [2_162_499, 40_000],
    [2_204_166, 26_667],
    [2_245_833, 13_334],
    [null, 0],
  ],
  taxRates: TAX_RATES,
};

/**
 * 令和9年分（2027-01-01〜）: 財務省告示 平成24年第116号（令和8年4月30日 財務省告示第128号による改正）.
 * 第1表の最低額 57,500円 (= 69万円 ÷ 12) and 第3表の最高額 51,667円 (= 62万円 ÷ 12) are the 本則 amounts: the
 * 令和8・9年分 特例加算 of 給与所得控除 and 基礎控除 are settled in the 年末調整, not in the monthly table.
 * Source: 国税庁 令和9年分「月額表の甲欄を適用する給与等に対する源泉徴収税額の電算機計算の特例について」
 *   https://www.nta.go.jp/publication/pamph/gensen/zeigakuhyo2027/data/denshi_01.pdf
 * via the project's reference data (withholding/computer-method-r09.yaml). 第2表・第4表: two transcriptions;
 * 第1表・第3表: one. The 第1表 edge 169,444 is read from the PDF by that one source; the 令和8年分 pattern would
 * give 169,443. They differ only at A = 169,444 exactly, by 1円 of B (SINGLE_SOURCE_EDGES).
 */
export const COMPUTER_METHOD_R09: ComputerMethodData = {
  // Only the first band of 第1表 and of 第3表 changed from 令和8年分 (computer-method-r09.yaml: "The bands above are unchanged").
  salaryDeduction: [[169_444, 57_500], ...COMPUTER_METHOD_R08.salaryDeduction.slice(1)],
  perDependent: 31_667,
  basicDeduction: [[2_120_833, 51_667], ...COMPUTER_METHOD_R08.basicDeduction.slice(1)],
  taxRates: TAX_RATES,
};

/** Band edges of 令和9年分 that rest on a single transcription: check the official PDF before relying on them. */
export const SINGLE_SOURCE_EDGES_R09 = [
  { table: "第1表", edge: 169_444, alternative: 169_443, note: "一つの転記元のみ（令和8年分の作りなら169,443）。A = 169,444 ちょうどで B が1円違う" },
] as const;

/**
 * 令和2年分〜令和7年分（2020-01-01〜2025-12-31）: 財務省告示 平成24年第116号（令和2年分以後の改正後）.
 * Source: 国税庁「月額表の甲欄を適用する給与等に対する源泉徴収税額の電算機計算の特例について」令和2年分以降
 * via the project's reference data (withholding-tables.yaml computer_method.r02_r07: a public transcription,
 * lucasalary-jp JP::IncomeTax::Kouran2020, effective 2020-01-01). Confidence medium-high: the official PDF of
 * 令和2年分 was not seen; consistent with the 令和2年分 月額表 at every row edge within 320円.
 */
export const COMPUTER_METHOD_R02_R07: ComputerMethodData = {
  salaryDeduction: [
    [135_416, 45_834],
    [149_999, ["40", -8_333]],
    [299_999, ["30", 6_667]],
    [549_999, ["20", 36_667]],
    [708_330, ["10", 91_667]],
    [null, 162_500],
  ],
  perDependent: 31_667,
  basicDeduction: [
    [2_162_499, 40_000],
    [2_204_166, 26_667],
    [2_245_833, 13_334],
    [null, 0],
  ],
  taxRates: TAX_RATES,
};
