/**
 * 源泉所得税の関数 (SONAE.WHT_*). Same conventions as socialInsurance.ts: a FormulaDef per formula and a
 * JSDoc wrapper that is Excel's metadata. Ids and argument order are a public API: never change them; add
 * new optional arguments only at the end. The table of a payment is chosen by its 支払日.
 */
/* global CustomFunctions */
import * as A from "./args";
import { invalid } from "../calc/vocabulary/errors";
import { defineFormula, FormulaDef } from "./define";
import { forExcel } from "./excel";
import { PPM } from "../calc/money/rate";
import { monthlyWithholding } from "../calc/withholding/monthlyWithholding";
import { dailyWithholding } from "../calc/withholding/dailyWithholding";
import { computerMethodWithholding } from "../calc/withholding/computerMethod";
import { bonusWithholdingRate } from "../calc/withholding/bonusWithholdingRate";
import { bonusWithholding } from "../calc/withholding/bonusWithholding";
import { commuteExemption, CommuteMethod } from "../calc/withholding/commuteExemption";
import { WithholdingColumn } from "../calc/withholding/types";

// ---- argument forms of this domain -----------------------------------------------------------

const COLUMN_WORDS: Record<string, WithholdingColumn> = {
  甲: "甲", 甲欄: "甲", kou: "甲", ko: "甲",
  乙: "乙", 乙欄: "乙", otsu: "乙",
  丙: "丙", 丙欄: "丙", hei: "丙",
};

/** 税区分: "甲" / "乙" (and "丙" for the 日額表). */
function taxColumn(allowHei: boolean): A.Parser<WithholdingColumn> {
  const allowed = allowHei ? "\"甲\"・\"乙\"・\"丙\"（丙は日雇い等）のいずれかです。" : "\"甲\" または \"乙\" です（丙欄は日額表だけにあります）。";
  return (raw, label) => {
    const c = typeof raw === "string" ? COLUMN_WORDS[raw.normalize("NFKC").trim().toLowerCase()] : undefined;
    if (c === undefined || (c === "丙" && !allowHei)) throw invalid(label, raw, allowed);
    return c;
  };
}

/** 前月の社会保険料等控除後の給与等の金額: whole yen; 0 or less means no pay or pay not above its social insurance. */
const previousMonthYen: A.Parser<number> = (raw, label) => {
  const n = typeof raw === "number" ? raw : typeof raw === "string" ? Number(raw.normalize("NFKC").replace(/[,円\s]/g, "")) : NaN;
  if (!Number.isSafeInteger(n) || Math.abs(n) > 1e12 || (typeof raw === "string" && raw.trim() === "")) {
    throw invalid(label, raw, "整数（円）で指定してください。前月に給与の支払がないとき、または社会保険料等以下のときは 0 です。");
  }
  return n;
};

const METHOD_WORDS: Record<string, CommuteMethod> = {
  transit: "transit", 交通機関: "transit", 電車: "transit", バス: "transit", 定期: "transit", 定期券: "transit", 有料道路: "transit",
  car: "car", 交通用具: "car", 自動車: "car", マイカー: "car", 自転車: "car", バイク: "car", 併用: "car",
};

const commuteMethod: A.Parser<CommuteMethod> = (raw, label) => {
  const m = typeof raw === "string" ? METHOD_WORDS[raw.normalize("NFKC").trim().toLowerCase()] : undefined;
  if (m === undefined) throw invalid(label, raw, "\"transit\"（交通機関・有料道路）または \"car\"（自動車・自転車などの交通用具。併用は運賃等の額も指定）です。");
  return m;
};

const kilometres: A.Parser<number> = (raw, label) => {
  const n = typeof raw === "number" ? raw : typeof raw === "string" ? Number(raw.normalize("NFKC").replace(/\s*(km|キロメートル|キロ)$/i, "")) : NaN;
  if (!Number.isFinite(n) || n < 0 || n > 100_000 || (typeof raw === "string" && raw.trim() === "")) {
    throw invalid(label, raw, "片道の通勤距離を0以上の数値（km）で指定してください。");
  }
  return n;
};

// ---- parameters ------------------------------------------------------------------------------

const taxable = { name: "taxable", label: "社会保険料等控除後の給与等の金額", parse: A.yen };
const dependents = { name: "dependents", label: "扶養親族等の数", parse: A.wholeNumber(0, 99) };
const paymentDate = { name: "paymentDate", label: "支払日", parse: A.date };
const prevMonthTaxable = { name: "prevMonthTaxable", label: "前月の社会保険料等控除後の給与等の金額", parse: previousMonthYen };

// ---- formulas --------------------------------------------------------------------------------

export const WHT_MONTHLY_DEF = defineFormula({
  id: "WHT_MONTHLY",
  example: [300000, 2, "甲", "2026-11-25"],
  params: [taxable, dependents, { name: "column", label: "税区分", parse: taxColumn(false) }, paymentDate],
  run: ([t, d, c, day]) => monthlyWithholding({ taxable: t, dependents: d, column: c, paymentDate: day }),
});

export const WHT_DAILY_DEF = defineFormula({
  id: "WHT_DAILY",
  example: [10000, 0, "甲", "2026-11-25"],
  params: [
    { name: "taxable", label: "その日の社会保険料等控除後の給与等の金額", parse: A.yen },
    dependents,
    { name: "column", label: "税区分", parse: taxColumn(true) },
    paymentDate,
  ],
  run: ([t, d, c, day], law) => dailyWithholding({ taxable: t, dependents: d, column: c, paymentDate: day, law }),
});

export const WHT_COMPUTER_DEF = defineFormula({
  id: "WHT_COMPUTER",
  example: [300000, 2, "2026-11-25"],
  params: [taxable, dependents, paymentDate],
  run: ([t, d, day]) => computerMethodWithholding({ taxable: t, dependents: d, paymentDate: day }),
});

export const WHT_BONUS_RATE_DEF = defineFormula({
  id: "WHT_BONUS_RATE",
  example: [300000, 2, "甲", "2026-12-10"],
  params: [prevMonthTaxable, dependents, { name: "column", label: "税区分", parse: taxColumn(false) }, paymentDate],
  // ppm → the fraction as printed (40,840 → 0.04084): the quotient of two integers is the nearest double.
  run: ([prev, d, c, day], law) => bonusWithholdingRate({ prevMonthTaxable: prev, dependents: d, column: c, paymentDate: day, law }) / PPM,
});

export const WHT_BONUS_DEF = defineFormula({
  id: "WHT_BONUS",
  example: [500000, 300000, 2, "甲", "2026-12-10", 6],
  params: [
    { name: "bonusTaxable", label: "社会保険料等控除後の賞与の金額", parse: A.yen },
    prevMonthTaxable,
    dependents,
    { name: "column", label: "税区分", parse: taxColumn(false) },
    paymentDate,
    { name: "periodMonths", label: "賞与の計算期間（月数）", parse: A.wholeNumber(1, 12), optional: true, default: 6 },
  ],
  run: ([bonus, prev, d, c, day, months], law) =>
    bonusWithholding({ bonusTaxable: bonus, prevMonthTaxable: prev, dependents: d, column: c, paymentDate: day, periodMonths: months, law }),
});

export const WHT_COMMUTE_EXEMPT_DEF = defineFormula({
  id: "WHT_COMMUTE_EXEMPT",
  example: [20000, "car", "2026-11-25", 12, null, 3000],
  params: [
    { name: "allowance", label: "通勤手当の額", parse: A.yen },
    { name: "method", label: "通勤の方法", parse: commuteMethod },
    paymentDate,
    { name: "distanceKm", label: "片道の通勤距離（km）", parse: kilometres, optional: true, default: undefined },
    { name: "fare", label: "運賃等の額", parse: A.yen, optional: true, default: undefined },
    { name: "parking", label: "駐車場等の利用料", parse: A.yen, optional: true, default: undefined },
  ],
  run: ([allowance, method, day, distanceKm, fare, parking]) =>
    commuteExemption({ allowance, method, paymentDate: day, distanceKm, fare, parking }),
});

export const WITHHOLDING_FORMULAS: FormulaDef[] = [
  WHT_MONTHLY_DEF, WHT_DAILY_DEF, WHT_COMPUTER_DEF, WHT_BONUS_RATE_DEF, WHT_BONUS_DEF, WHT_COMMUTE_EXEMPT_DEF,
];

// ---- Excel wrappers: the JSDoc below is Excel's formula metadata (functions.json) -------------

/**
 * 月額表（給与所得の源泉徴収税額表）による源泉徴収税額を返します。支払日の年分の表を使います（令和2年分〜令和9年分）。
 * @customfunction WHT_MONTHLY
 * @param taxable その月の社会保険料等控除後の給与等の金額（円）。範囲を指定すると結果がスピルします。
 * @param dependents 扶養親族等の数（0以上の整数。7人を超えると1人につき1,610円を控除）。乙欄では「従たる給与についての扶養控除等申告書」の人数（提出がなければ 0）。
 * @param column 税区分："甲"（扶養控除等申告書の提出あり）または "乙"。
 * @param paymentDate 支払日（この日の年分の税額表を使います）。
 * @returns 源泉徴収税額（円。740,000円以上などの算式は1円未満切捨て）
 */
export function WHT_MONTHLY(taxable: any[][], dependents: any[][], column: any[][], paymentDate: any[][]): any[][] {
  return forExcel(WHT_MONTHLY_DEF, arguments);
}

/**
 * 日額表（給与所得の源泉徴収税額表）による源泉徴収税額を返します。日払・週払・日割の給与に使います（収録は令和8年分）。
 * @customfunction WHT_DAILY
 * @param taxable その日の社会保険料等控除後の給与等の金額（円。週給は7で割った日額を円未満切捨てで。表の行は変わりません）。
 * @param dependents 扶養親族等の数（0以上の整数。7人を超えると1人につき50円を控除。丙欄では使いません）。
 * @param column 税区分："甲"、"乙"、"丙"（日雇い等）。
 * @param paymentDate 支払日（この日の年分の税額表を使います）。
 * @returns 源泉徴収税額（円）
 */
export function WHT_DAILY(taxable: any[][], dependents: any[][], column: any[][], paymentDate: any[][]): any[][] {
  return forExcel(WHT_DAILY_DEF, arguments);
}

/**
 * 電算機計算の特例（月額表の甲欄）による源泉徴収税額を返します（10円未満四捨五入。月額表と数円違うことがあります）。
 * @customfunction WHT_COMPUTER
 * @param taxable その月の社会保険料等控除後の給与等の金額（円）。
 * @param dependents 扶養親族等の数（0以上の整数）。
 * @param paymentDate 支払日（令和2年分〜令和9年分）。
 * @returns 源泉徴収税額（円）
 */
export function WHT_COMPUTER(taxable: any[][], dependents: any[][], paymentDate: any[][]): any[][] {
  return forExcel(WHT_COMPUTER_DEF, arguments);
}

/**
 * 賞与に対する源泉徴収税額の算出率の表から、賞与の金額に乗ずべき率（例 0.04084）を返します。
 * @customfunction WHT_BONUS_RATE
 * @param prevMonthTaxable 前月の社会保険料等控除後の給与等の金額（円）。0以下のときは表を使えないため #N/A（WHT_BONUS を使ってください）。
 * @param dependents 扶養親族等の数（0以上の整数。7人以上は7人以上の欄。乙欄では使いません）。
 * @param column 税区分："甲" または "乙"。
 * @param paymentDate 賞与の支払日（令和2年分〜令和8年分）。
 * @returns 賞与の金額に乗ずべき率
 */
export function WHT_BONUS_RATE(prevMonthTaxable: any[][], dependents: any[][], column: any[][], paymentDate: any[][]): any[][] {
  return forExcel(WHT_BONUS_RATE_DEF, arguments);
}

/**
 * 賞与に対する源泉徴収税額を返します。前月の給与がない・社会保険料等以下・賞与が前月の10倍を超えるときは月額表で計算します。
 * @customfunction WHT_BONUS
 * @param bonusTaxable 社会保険料等控除後の賞与の金額（円）。
 * @param prevMonthTaxable 前月の社会保険料等控除後の給与等の金額（円。前月に給与がない、または社会保険料等以下なら 0）。
 * @param dependents 扶養親族等の数（0以上の整数。乙欄では使いません）。
 * @param column 税区分："甲" または "乙"。
 * @param paymentDate 賞与の支払日。
 * @param [periodMonths] 賞与の計算期間の月数（省略時 6。6か月を超えると月額表による計算で12分の1・12倍）。
 * @returns 源泉徴収税額（円、1円未満切捨て）
 */
export function WHT_BONUS(bonusTaxable: any[][], prevMonthTaxable: any[][], dependents: any[][], column: any[][], paymentDate: any[][], periodMonths?: any[][]): any[][] {
  return forExcel(WHT_BONUS_DEF, arguments);
}

/**
 * 通勤手当のうち非課税となる額（1か月）を返します。支給額を超えることはありません。
 * @customfunction WHT_COMMUTE_EXEMPT
 * @param allowance その月の通勤手当の額（円）。
 * @param method 通勤の方法："transit"（電車・バス・有料道路。月15万円まで）または "car"（自動車・自転車などの交通用具。距離で限度額）。
 * @param paymentDate 通勤手当の支払日（限度額の改正: 2025年4月1日・2026年4月1日）。
 * @param [distanceKm] 片道の通勤距離（km）。"car" のとき必須。
 * @param [fare] 合理的な運賃等の額（円）。"transit" で省略すると通勤手当の額。"car" に指定すると併用（合計15万円まで）。
 * @param [parking] "car" で負担する駐車場等の利用料（円/月。2026年4月1日から5,000円まで加算）。
 * @returns 非課税となる通勤手当の額（円）
 */
export function WHT_COMMUTE_EXEMPT(allowance: any[][], method: any[][], paymentDate: any[][], distanceKm?: any[][], fare?: any[][], parking?: any[][]): any[][] {
  return forExcel(WHT_COMMUTE_EXEMPT_DEF, arguments);
}
