/**
 * 源泉徴収税額表 and related values as dated law data, keyed on the payment date (支払日): the table of
 * 令和N年分 applies to salaries and bonuses paid in that calendar year. Figures live in ./data/withholding
 * with their sources; this file checks them strictly and turns them into plain number arrays so that a
 * lookup is a binary search with no allocation.
 */
import { defineTimeline, Timeline } from "./timeline";
import { defineAnnouncedTimeline } from "./announced";
import { Source } from "./types";
import { Day, describeDay, ymdOf } from "../dates/calendar";
import { Ppm, ppmFromPercent } from "../money/rate";
import {
  BonusBand, BonusRateData, CommuteExemptionData, ComputerBand, ComputerMethodData, DailyRow, MonthlyRow, TaxTableData,
} from "./data/withholding/types";
import { MONTHLY_R02_R07 } from "./data/withholding/monthlyR02R07.data";
import { MONTHLY_R08 } from "./data/withholding/monthlyR08.data";
import { MONTHLY_R09 } from "./data/withholding/monthlyR09.data";
import { DAILY_R08 } from "./data/withholding/dailyR08.data";
import { BONUS_RATES_R02_R07 } from "./data/withholding/bonusRatesR02R07.data";
import { BONUS_RATES_R08 } from "./data/withholding/bonusRatesR08.data";
import { COMPUTER_METHOD_R02_R07, COMPUTER_METHOD_R08, COMPUTER_METHOD_R09, SINGLE_SOURCE_EDGES_R09 } from "./data/withholding/computerMethod.data";
import { COMMUTE_2016_01, COMMUTE_2025_04, COMMUTE_2026_04 } from "./data/withholding/commuteExemption.data";

// ---- compiled shapes ---------------------------------------------------------------------------

/**
 * A column whose amount is `base + (amount − anchor) × rate` in each row (rate 0: the printed amount).
 * Rows that continue a formula of an earlier row (乙・丙 above the first 算式行) repeat its base and anchor.
 */
export interface FormulaColumn {
  readonly base: readonly number[];
  readonly anchor: readonly number[];
  readonly rate: readonly Ppm[];
}

/** A 税額表 (月額表・日額表) ready for lookup. */
export interface TaxTable {
  /** e.g. "月額表 令和8年分" — used in messages. */
  readonly name: string;
  /** Row lower bounds (以上), strictly increasing from 0; a row ends where the next begins (未満). */
  readonly from: readonly number[];
  /** 甲欄 amounts, row × 8 + 扶養親族等の数 (0–7). */
  readonly kou: readonly number[];
  /** 甲欄 rate per row (ppm; 0 = the printed amount); the excess is measured from the row's own `from`. */
  readonly kouRate: readonly Ppm[];
  readonly otsu: FormulaColumn;
  /** 丙欄 (日額表 only). */
  readonly hei: FormulaColumn | null;
  readonly perDependentOverSeven: number;
  readonly otsuPerDependent: number;
}

/** One 賞与の算出率の表 column: band lower bounds (以上) and rates. */
export interface RateColumn {
  readonly from: readonly number[];
  readonly rate: readonly Ppm[];
}

export interface BonusRateTable {
  readonly name: string;
  /** 甲欄 by 扶養親族等の数 0–7 (the last is「7人以上」). */
  readonly kou: readonly RateColumn[];
  readonly otsu: RateColumn;
}

/** A band of the 電算機計算の特例 by its upper edge (以下); Infinity for the last. */
export interface ComputerMethodTable {
  readonly salaryUpTo: readonly number[];
  /** 0 = a fixed amount (salaryAdd); otherwise A × rate (1円未満切上げ) + salaryAdd. */
  readonly salaryRate: readonly Ppm[];
  readonly salaryAdd: readonly number[];
  readonly perDependent: number;
  readonly basicUpTo: readonly number[];
  readonly basic: readonly number[];
  readonly taxUpTo: readonly number[];
  readonly taxRate: readonly Ppm[];
  readonly taxSubtract: readonly number[];
}

export interface CommuteExemptionLimits {
  readonly transitMax: number;
  readonly carFromKm: readonly number[];
  readonly carAmount: readonly number[];
  readonly parkingMax: number;
}

// ---- strict loaders --------------------------------------------------------------------------

function fail(where: string, what: string): never {
  throw new Error(`law data ${where}: ${what}`);
}

function rate(where: string, percent: string | null | undefined): Ppm {
  if (percent === null || percent === undefined) return 0;
  try {
    const ppm = ppmFromPercent(percent);
    if (ppm <= 0 || ppm >= 1_000_000) fail(where, `rate ${percent}% is not between 0 and 100`);
    return ppm;
  } catch (e) {
    return fail(where, e instanceof Error ? e.message : String(e));
  }
}

function wholeYen(where: string, v: unknown): number {
  if (typeof v !== "number" || !Number.isSafeInteger(v) || v < 0) fail(where, `${String(v)} is not a whole number of yen ≥ 0`);
  return v as number;
}

function formulaColumn(name: string, label: string, rows: readonly { from: number; amount: number | null; rate?: string | null }[]): FormulaColumn {
  const base: number[] = [];
  const anchor: number[] = [];
  const rates: Ppm[] = [];
  rows.forEach((r, i) => {
    const where = `${name} row ${i} (${r.from}円〜) ${label}`;
    if (r.amount === null) {
      if (i === 0 || rates[i - 1] === 0) fail(where, "is blank but no 算式 above it continues; print the amount or its base and rate");
      if (r.rate) fail(where, "has a rate but no base amount");
      base.push(base[i - 1]);
      anchor.push(anchor[i - 1]);
      rates.push(rates[i - 1]);
    } else {
      base.push(wholeYen(where, r.amount));
      anchor.push(r.from);
      rates.push(rate(where, r.rate));
    }
  });
  return { base, anchor, rate: rates };
}

/** Check a 税額表 strictly and compile it; a data error fails at load naming the row and how to fix it. */
export function loadTaxTable(name: string, data: TaxTableData<MonthlyRow | DailyRow>, daily: boolean): TaxTable {
  const rows = data.rows;
  if (rows.length === 0) fail(name, "no rows");
  const width = daily ? 11 : 10;
  const from: number[] = [];
  const kou: number[] = [];
  const kouRate: Ppm[] = [];
  rows.forEach((row, i) => {
    const where = `${name} row ${i}`;
    if (row.length < width || row.length > width + (daily ? 3 : 2)) fail(where, `has ${row.length} cells; expected ${width} amounts and up to ${daily ? 3 : 2} rates`);
    const f = wholeYen(where, row[0]);
    if (i === 0 ? f !== 0 : f <= from[i - 1]) fail(where, `from ${f} must be 0 in the first row and increase strictly`);
    from.push(f);
    for (let d = 1; d <= 8; d++) kou.push(wholeYen(`${where} 甲${d - 1}人`, row[d]));
    kouRate.push(rate(`${where} 甲の率`, row[width] as string | null | undefined));
  });
  const col = (amountAt: number, rateAt: number) =>
    rows.map((row) => ({ from: row[0], amount: row[amountAt] as number | null, rate: row[rateAt] as string | null | undefined }));
  return {
    name,
    from,
    kou,
    kouRate,
    otsu: formulaColumn(name, "乙", col(9, width + 1)),
    hei: daily ? formulaColumn(name, "丙", col(10, width + 2)) : null,
    perDependentOverSeven: wholeYen(`${name} 7人超の控除額`, data.perDependentOverSeven),
    otsuPerDependent: wholeYen(`${name} 乙欄の扶養親族等1人当たりの控除額`, data.otsuPerDependent),
  };
}

function rateColumn(where: string, bands: readonly BonusBand[]): RateColumn {
  if (bands.length === 0) fail(where, "no bands");
  const from: number[] = [];
  const rates: Ppm[] = [];
  bands.forEach(([f, pct], i) => {
    wholeYen(`${where} band ${i}`, f);
    if (i === 0 ? f !== 0 : f <= from[i - 1]) fail(`${where} band ${i}`, `from ${f} must be 0 first and increase strictly`);
    from.push(f);
    rates.push(pct === "0" ? 0 : rate(`${where} band ${i}`, pct));
  });
  return { from, rate: rates };
}

export function bonusRateTable(name: string, data: BonusRateData): BonusRateTable {
  if (data.kou.length !== 8) fail(name, `has ${data.kou.length} 甲 columns; expected 0人〜7人以上 (8)`);
  return { name, kou: data.kou.map((c, d) => rateColumn(`${name} 甲${d}人`, c)), otsu: rateColumn(`${name} 乙`, data.otsu) };
}

function upTo<T>(where: string, bands: readonly ComputerBand<T>[]): number[] {
  return bands.map(([u], i) => {
    const last = i === bands.length - 1;
    if (last !== (u === null)) fail(where, "only the last band has no upper edge (null)");
    if (u !== null && (!Number.isSafeInteger(u) || (i > 0 && u <= (bands[i - 1][0] as number)))) fail(where, `upper edge ${u} must increase`);
    return u === null ? Number.POSITIVE_INFINITY : u;
  });
}

function computerMethodTable(name: string, d: ComputerMethodData): ComputerMethodTable {
  return {
    salaryUpTo: upTo(`${name} 第1表`, d.salaryDeduction),
    salaryRate: d.salaryDeduction.map(([, v]) => (typeof v === "number" ? 0 : rate(`${name} 第1表`, v[0]))),
    salaryAdd: d.salaryDeduction.map(([, v]) => (typeof v === "number" ? v : v[1])),
    perDependent: wholeYen(`${name} 第2表`, d.perDependent),
    basicUpTo: upTo(`${name} 第3表`, d.basicDeduction),
    basic: d.basicDeduction.map(([, v]) => wholeYen(`${name} 第3表`, v)),
    taxUpTo: upTo(`${name} 第4表`, d.taxRates),
    taxRate: d.taxRates.map(([, [pct]]) => rate(`${name} 第4表`, pct)),
    taxSubtract: d.taxRates.map(([, [, sub]]) => wholeYen(`${name} 第4表`, sub)),
  };
}

function commuteLimits(name: string, d: CommuteExemptionData): CommuteExemptionLimits {
  d.carBands.forEach(([km, amount], i) => {
    if (i === 0 ? km !== 0 : !(km > d.carBands[i - 1][0])) fail(`${name} band ${i}`, "distances must start at 0 km and increase");
    wholeYen(`${name} band ${i}`, amount);
  });
  return {
    transitMax: wholeYen(name, d.transitMax),
    carFromKm: d.carBands.map(([km]) => km),
    carAmount: d.carBands.map(([, a]) => a),
    parkingMax: wholeYen(name, d.parkingMax),
  };
}

// ---- sources ---------------------------------------------------------------------------------

const NTA_TABLES = "https://www.nta.go.jp/publication/pamph/gensen/";
const ITA: Source = { title: "所得税法", url: "https://laws.e-gov.go.jp/law/340AC0000000033" };
const NOTICE_115: Source = {
  title: "平成24年財務省告示第115号（所得税及び復興特別所得税の源泉徴収税額表）",
  at: "令和2年分以後は平成30年度改正後の表; 令和8年分は令和7年4月30日改正後",
};
/** The public transcription our rows were copied from and are tested against (the gathered reference data). */
const REFERENCE = (file: string, via: string): Source => ({ title: `転記の照合元: ${via}`, at: `reference withholding/${file}（全行をテストで照合）` });

// ---- timelines -------------------------------------------------------------------------------

/** 給与所得の源泉徴収税額表（月額表）. */
export const monthlyTaxTables = defineAnnouncedTimeline<TaxTable>({
  id: "withholding.monthlyTable",
  title: "給与所得の源泉徴収税額表（月額表）",
  unit: "円",
  keyedOn: "paymentDate",
  // 令和10年分（2028年支払分）の表は未収録.
  announced: [
    {
      effective: "2020-01-01",
      until: "2025-12-31",
      value: loadTaxTable("月額表 令和2年分〜令和7年分", MONTHLY_R02_R07, false),
      sources: [{ title: "国税庁 令和2年分〜令和7年分 給与所得の源泉徴収税額表（月額表）", url: NTA_TABLES, at: "月額表 全行・備考" }, { ...ITA, at: "別表第二" }, NOTICE_115, REFERENCE("monthly-table-r02-r07-2020-2025.csv", "renjaku/opendata monthly-tables/2020-01-01.yaml, 独立の転記と全253行一致")],
      confidence: "high",
      note: "令和2年分から令和7年分まで同一の表（二つの独立の転記が一致。電算機特例との整合も確認済み）",
    },
    {
      effective: "2026-01-01",
      until: "2026-12-31",
      value: loadTaxTable("月額表 令和8年分", MONTHLY_R08, false),
      sources: [{ title: "国税庁 令和8年分 給与所得の源泉徴収税額表（月額表）", url: `${NTA_TABLES}zeigakuhyo2026/data/01-07.pdf`, at: "月額表 全行・備考" }, { ...ITA, at: "別表第二" }, NOTICE_115, REFERENCE("monthly-table-r08-2026.csv", "renjaku/opendata monthly-tables/2026-01-01.yaml, 独立の転記と照合")],
      confidence: "high",
    },
    {
      effective: "2027-01-01",
      until: "2027-12-31",
      value: loadTaxTable("月額表 令和9年分", MONTHLY_R09, false),
      sources: [{ title: "国税庁 令和9年分 給与所得の源泉徴収税額表（月額表）— 所得税・防衛特別所得税・復興特別所得税", url: `${NTA_TABLES}zeigakuhyo2027/data/01-07.pdf`, at: "月額表 全行" }, { title: "令和8年4月30日財務省告示第127号（源泉徴収税額表）", at: "月額表" }, REFERENCE("monthly-table-r09-2027.csv", "ryota0320/groovy-shift-system 2027.csv, 公式xlsxの機械変換")],
      confidence: "high",
    },
  ],
});

/** 給与所得の源泉徴収税額表（日額表）. Only 令和8年分 has been gathered. */
export const dailyTaxTables = defineAnnouncedTimeline<TaxTable>({
  id: "withholding.dailyTable",
  title: "給与所得の源泉徴収税額表（日額表）",
  unit: "円",
  keyedOn: "paymentDate",
  // 令和2年分〜令和7年分・令和9年分の日額表は未収録（転記が見つからない）.
  announced: [
    {
      effective: "2026-01-01",
      until: "2026-12-31",
      value: loadTaxTable("日額表 令和8年分", DAILY_R08, true),
      sources: [{ title: "国税庁 令和8年分 給与所得の源泉徴収税額表（日額表）", url: `${NTA_TABLES}zeigakuhyo2026/data/08-14.xls`, at: "日額表 全行・備考" }, { ...ITA, at: "別表第三" }, NOTICE_115, REFERENCE("daily-table-r08-2026.csv", "kishida-devil/jp-payroll-mcp withholding-daily-r8.json")],
      confidence: "medium",
      note: "丙欄と算式行の乙・丙の基点は一つの転記元のみ",
    },
  ],
});

/** 賞与に対する源泉徴収税額の算出率の表. */
export const bonusRateTables = defineAnnouncedTimeline<BonusRateTable>({
  id: "withholding.bonusRateTable",
  title: "賞与に対する源泉徴収税額の算出率の表",
  unit: "ppm（賞与の金額に乗ずべき率）",
  keyedOn: "paymentDate",
  // 令和9年分は公表済みだが転記が見つからない.
  announced: [
    {
      effective: "2020-01-01",
      until: "2025-12-31",
      value: bonusRateTable("賞与の算出率の表 令和2年分〜令和7年分", BONUS_RATES_R02_R07),
      sources: [{ title: "国税庁 令和2年分〜令和7年分 賞与に対する源泉徴収税額の算出率の表", url: `${NTA_TABLES}zeigakuhyo2023/data/15-16.pdf`, at: "令和6年分の表（各年同一）" }, { ...ITA, at: "別表第四" }, NOTICE_115, REFERENCE("bonus-rate-table-r02-r07-2020-2025.csv", "renjaku/opendata bonus-tables/2020-01-01.yaml, 独立の転記と全173欄一致")],
      confidence: "high",
    },
    {
      effective: "2026-01-01",
      until: "2026-12-31",
      value: bonusRateTable("賞与の算出率の表 令和8年分", BONUS_RATES_R08),
      sources: [{ title: "国税庁 令和8年分 賞与に対する源泉徴収税額の算出率の表", url: `${NTA_TABLES}zeigakuhyo2026/data/15-16.pdf` }, { ...ITA, at: "別表第四" }, NOTICE_115, REFERENCE("bonus-rate-table-r08-2026.csv", "三つの転記が一致")],
      confidence: "high",
    },
  ],
});

/** 月額表の甲欄を適用する給与等に対する源泉徴収税額の電算機計算の特例. */
export const computerMethodTables = defineAnnouncedTimeline<ComputerMethodTable>({
  id: "withholding.computerMethod",
  title: "源泉徴収税額の電算機計算の特例（月額表の甲欄）",
  unit: "円・ppm",
  keyedOn: "paymentDate",
  // 令和10年分（2028年支払分）は未収録.
  announced: [
    {
      effective: "2020-01-01",
      until: "2025-12-31",
      value: computerMethodTable("電算機特例 令和2年分〜令和7年分", COMPUTER_METHOD_R02_R07),
      sources: [{ title: "財務省告示 平成24年第116号（月額表の甲欄を適用する給与等に対する源泉徴収税額の電算機計算の特例）令和2年分以後", at: "別表第一〜第四" }, { title: "転記の照合元: lucasalary-jp JP::IncomeTax::Kouran2020（effective 2020-01-01）", url: "https://rubydoc.info/gems/lucasalary-jp/JP/IncomeTax/Kouran2020", at: "reference withholding/withholding-tables.yaml computer_method.r02_r07" }],
      confidence: "medium",
    },
    {
      effective: "2026-01-01",
      until: "2026-12-31",
      value: computerMethodTable("電算機特例 令和8年分", COMPUTER_METHOD_R08),
      sources: [{ title: "国税庁 令和8年分 月額表の甲欄を適用する給与等に対する源泉徴収税額の電算機計算の特例について", url: `${NTA_TABLES}zeigakuhyo2026/data/denshi_01.pdf` }, { title: "財務省告示 平成24年第116号（令和7年4月30日 財務省告示第123号による改正）", at: "別表第一〜第四" }],
      confidence: "high",
    },
    {
      effective: "2027-01-01",
      until: "2027-12-31",
      value: computerMethodTable("電算機特例 令和9年分", COMPUTER_METHOD_R09),
      sources: [{ title: "国税庁 令和9年分 月額表の甲欄を適用する給与等に対する源泉徴収税額の電算機計算の特例について", url: `${NTA_TABLES}zeigakuhyo2027/data/denshi_01.pdf` }, { title: "財務省告示 平成24年第116号（令和8年4月30日 財務省告示第128号による改正）", at: "別表第一〜第四" }, REFERENCE("computer-method-r09.yaml", "第2表・第4表は二つの転記、第1表・第3表は一つ")],
      confidence: "medium",
      note: SINGLE_SOURCE_EDGES_R09.map((e) => `${e.table}の境目 ${e.edge.toLocaleString("ja-JP")}円は${e.note}`).join("。"),
    },
  ],
});

const COMMUTE_ORDER: Source = { title: "所得税法施行令", url: "https://laws.e-gov.go.jp/law/340CO0000000096", at: "第20条の2（非課税とされる通勤手当）" };

/** 非課税とされる通勤手当の限度額 (所得税法第9条第1項第5号). */
export const commuteExemptionLimits = defineTimeline<CommuteExemptionLimits>({
  id: "withholding.commuteExemption",
  title: "通勤手当の非課税限度額",
  unit: "円/月",
  keyedOn: "paymentDate",
  knownUntil: null,
  revisions: [
    {
      effective: "2016-01-01",
      value: commuteLimits("通勤手当 2016-01", COMMUTE_2016_01),
      sources: [{ ...ITA, at: "第9条第1項第5号" }, { ...COMMUTE_ORDER, at: "第20条の2（平成28年度改正: 交通機関 15万円、平成28年1月1日以後に支払われるべき通勤手当; 交通用具は平成26年改正の額）" }, { title: "国税庁 タックスアンサー No.2582 電車・バスなどで通勤する人の通勤手当", url: "https://www.nta.go.jp/taxes/shiraberu/taxanswer/gensen/2582.htm" }],
      confidence: "high",
    },
    {
      effective: "2025-04-01",
      value: commuteLimits("通勤手当 2025-04", COMMUTE_2025_04),
      sources: [{ ...COMMUTE_ORDER, at: "第20条の2第2号（令和7年11月19日公布・11月20日施行の改正政令; 令和7年4月1日以後に支払われるべき通勤手当に適用）" }, { title: "国税庁 通勤手当の非課税限度額の改正について", url: "https://www.nta.go.jp/users/gensen/2025tsukin/index.htm" }],
      confidence: "high",
      note: "施行（2025-11-20）前に旧額で源泉徴収した分は令和7年分の年末調整で精算する",
    },
    {
      effective: "2026-04-01",
      value: commuteLimits("通勤手当 2026-04", COMMUTE_2026_04),
      sources: [{ ...COMMUTE_ORDER, at: "第20条の2第2号（令和8年度税制改正、令和8年4月1日施行: 65km以上の区分、駐車場等の利用料 月5,000円まで加算）" }, { title: "国税庁 タックスアンサー No.2585 マイカー・自転車通勤者の通勤手当（令和8年4月1日現在法令等）", url: "https://www.nta.go.jp/taxes/shiraberu/taxanswer/gensen/2585.htm" }],
      confidence: "medium",
      note: "公式の条文・タックスアンサーの本文は未見。公開の転記（No.2585）と令和8年度税制改正大綱を報じた記事で額が一致",
    },
  ],
});

// ---- lookup by payment date ------------------------------------------------------------------

/** 「令和9年分」: the name of the tables for payments in the day's calendar year. */
function taxYearName(day: Day): string {
  const { year } = ymdOf(day);
  // 2019年分 was issued as 平成31年分 (the era changed on 2019-05-01).
  return year >= 2020 ? `令和${year - 2018}年分` : `平成${year - 1988}年分`;
}

/** "令和9年分（2027年1月25日支払）" — what a #N/A message says is missing. */
function describePayment(day: Day): string {
  return `${taxYearName(day)}（${describeDay(day)}支払）`;
}

/** The value in force on a payment date, or a #N/A CalcError naming the table and the year. */
export function onPaymentDate<T>(timeline: Timeline<T>, day: Day): T {
  const v = timeline.find(day);
  return v !== undefined ? v : timeline.at(day, () => describePayment(day));
}
