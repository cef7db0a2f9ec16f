/**
 * Shapes of the withholding tables as they are printed (給与所得の源泉徴収税額表, 賞与の算出率の表,
 * 電算機計算の特例, 通勤手当の非課税限度額). The loader in ../../withholding.ts checks them strictly and
 * turns them into plain number arrays for lookup.
 *
 * Band edges are said once, here: a row starts at its `from` (以上) and ends where the next row starts
 * (未満); the last row has no upper edge.
 */

/**
 * One row of a 税額表 (月額表 or 日額表):
 *   [from, 甲0人, 甲1人, 甲2人, 甲3人, 甲4人, 甲5人, 甲6人, 甲7人, 乙, 甲の率, 乙の率]
 * A rate (percent, as printed: "20.42") makes the row a 算式行: the tax is the row's amount plus the
 * excess over the row's `from` times the rate. 乙 null continues the 乙 base and rate of the last row
 * that printed one (the table states 乙 once per 算式 region); 乙 with a rate is that base.
 */
export type MonthlyRow = readonly [
  from: number,
  kou0: number, kou1: number, kou2: number, kou3: number, kou4: number, kou5: number, kou6: number, kou7: number,
  otsu: number | null,
  kouRate?: string | null,
  otsuRate?: string | null,
];

/** One row of a 日額表: a 月額表 row with the 丙欄 amount and 丙の率 added. */
export type DailyRow = readonly [
  from: number,
  kou0: number, kou1: number, kou2: number, kou3: number, kou4: number, kou5: number, kou6: number, kou7: number,
  otsu: number | null,
  hei: number | null,
  kouRate?: string | null,
  otsuRate?: string | null,
  heiRate?: string | null,
];

export interface TaxTableData<Row> {
  rows: readonly Row[];
  /** 甲欄: 扶養親族等の数が7人を超える場合、7人の税額から1人ごとに控除する額（円）. */
  perDependentOverSeven: number;
  /** 乙欄: 「従たる給与についての扶養控除等申告書」の扶養親族等1人ごとに控除する額（円）. */
  otsuPerDependent: number;
}

/** One band of 賞与の算出率の表: [前月の社会保険料等控除後の給与等の金額の下限 (以上), 率 (percent)]. */
export type BonusBand = readonly [from: number, ratePercent: string];

export interface BonusRateData {
  /** 甲欄 by 扶養親族等の数: index 0–7; the last column is printed「7人以上」. */
  kou: readonly (readonly BonusBand[])[];
  otsu: readonly BonusBand[];
}

/** A band of the 電算機計算の特例 tables, by its upper edge (以下; null = no upper edge). */
export type ComputerBand<T> = readonly [upTo: number | null, value: T];

export interface ComputerMethodData {
  /** 第1表 給与所得控除の額: a fixed amount, or [rate percent, amount added] (率を乗じた額は1円未満切上げ). */
  salaryDeduction: readonly ComputerBand<number | readonly [ratePercent: string, add: number]>[];
  /** 第2表 配偶者（特別）控除・扶養控除の額: per person (扶養親族等1人につき). */
  perDependent: number;
  /** 第3表 基礎控除の額. */
  basicDeduction: readonly ComputerBand<number>[];
  /** 第4表 税額: [rate percent, amount subtracted] by 課税給与所得金額. */
  taxRates: readonly ComputerBand<readonly [ratePercent: string, subtract: number]>[];
}

export interface CommuteExemptionData {
  /** 交通機関等・有料道路の利用者: 1か月当たりの合理的な運賃等の額の上限（併用の合計の上限でもある）. */
  transitMax: number;
  /** 交通用具（自動車・自転車等）: [片道の通勤距離の下限 km (以上), 非課税限度額 円/月]. */
  carBands: readonly (readonly [fromKm: number, amount: number])[];
  /** 交通用具の利用者が負担する駐車場等の利用料の加算の上限（円/月）; 0 = no such addition. */
  parkingMax: number;
}
