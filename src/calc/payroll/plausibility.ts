/**
 * Plausibility checks: figures that are computed correctly but are probably not what the clerk meant (an
 * extra zero typed in a hurry, a unit price typed as a monthly salary, a 標準報酬月額 left from before a
 * raise). Each is a 注意 on the employee's row, never a silent figure. The thresholds are not law; each
 * says why it was chosen. An amount past what a number holds exactly is an error: the figure would be wrong.
 */
import { Day } from "../dates/calendar";
import { CalcError } from "../vocabulary/errors";
import { standardMonthlyRemuneration } from "../socialInsurance/standardMonthlyRemuneration";
import { Scheme } from "../socialInsurance/types";
import { PayrollDetail } from "./payrollResult";
import { PayrollLine } from "./types";

export interface PlausibilityFinding {
  severity: "error" | "warning";
  /** The column the clerk should look at, by the template's header. */
  column: string;
  value: string;
  message: string;
}

/** 1,000万円 a month is far above any salary a 社労士 office pays monthly; above it, a typo is far likelier. */
const BASE_PAY_CEILING = 10_000_000;

/** Pay rarely triples or falls to a third from one month to the next; when it does, the inputs deserve a look. */
const GROSS_CHANGE_FACTOR = 3;

/** 随時改定 starts at a 2-grade difference (健康保険法第43条); one month at that distance suggests a stale 標準報酬月額. */
const GRADE_GAP = 2;

const yen = (n: number) => `${n.toLocaleString("ja-JP")}円`;

/**
 * This month's 基本給 above BASE_PAY_CEILING (for 日給・時給, the unit price times the days or hours).
 * @example basePayAboveCeiling({ basePay: 30_000_000 }) // { column: "基本給", … }
 */
export function basePayAboveCeiling(a: { basePay: number }): PlausibilityFinding | undefined {
  if (a.basePay <= BASE_PAY_CEILING) return undefined;
  return { severity: "warning", column: "基本給", value: String(a.basePay), message: `今月の基本給 ${yen(a.basePay)}は ${yen(BASE_PAY_CEILING)}を超えています。桁の打ち間違いや、日給・時給を月給として入れていないか確認してください。` };
}

/**
 * 総支給額 more than GROSS_CHANGE_FACTOR times, or less than 1/GROSS_CHANGE_FACTOR of, the previous result's
 * (compared in whole yen: gross > 3 × previous, or 3 × gross < previous). No comparison when the previous was 0.
 * @example grossChangedSharply({ gross: 900_001, previousGross: 300_000 }) // { column: "総支給額", … }
 */
export function grossChangedSharply(a: { gross: number; previousGross?: number }): PlausibilityFinding | undefined {
  const p = a.previousGross;
  if (p === undefined || p <= 0) return undefined;
  const how = a.gross > GROSS_CHANGE_FACTOR * p ? `${GROSS_CHANGE_FACTOR}倍を超えています` : GROSS_CHANGE_FACTOR * a.gross < p ? `${GROSS_CHANGE_FACTOR}分の1未満です` : undefined;
  if (!how) return undefined;
  return { severity: "warning", column: "総支給額", value: String(a.gross), message: `総支給額 ${yen(a.gross)}は前回の ${yen(p)}の${how}。勤怠・変動の入力と基本給を確認してください。` };
}

/**
 * The 標準報酬月額's grade GRADE_GAP or more grades from the grade of this month's 報酬 (the same table, 以上・未満).
 * @example standardGradeGap({ standardAmount: 300_000, remuneration: 350_000, scheme: "health", month }) // 22級 vs 25級 → { … }
 */
export function standardGradeGap(a: { standardAmount: number; remuneration: number; scheme: Scheme; month: Day }): PlausibilityFinding | undefined {
  const standard = standardMonthlyRemuneration({ remuneration: a.standardAmount, scheme: a.scheme, month: a.month });
  const pay = standardMonthlyRemuneration({ remuneration: a.remuneration, scheme: a.scheme, month: a.month });
  const gap = Math.abs(standard.grade - pay.grade);
  if (gap < GRADE_GAP) return undefined;
  const column = a.scheme === "health" ? "健保標準報酬月額" : "厚年標準報酬月額";
  return {
    severity: "warning",
    column,
    value: String(a.standardAmount),
    message: `${column} ${yen(a.standardAmount)}（${standard.grade}級）は今月の報酬 ${yen(a.remuneration)}（${pay.grade}級）と${gap}等級離れています。標準報酬月額が正しいか、昇給・降給による随時改定（月額変更届）の対象かを確認してください（残業などによる今月だけの変動なら問題ありません）。`,
  };
}

const LINE_COLUMNS: readonly [keyof Omit<PayrollLine, "employeeId">, string][] = [
  ["gross", "総支給額"], ["health", "健康保険"], ["care", "介護保険"], ["childSupport", "子ども・子育て支援金"], ["pension", "厚生年金"],
  ["employment", "雇用保険"], ["socialInsurance", "社会保険料計"], ["taxable", "課税対象額"], ["incomeTax", "所得税"], ["residentTax", "住民税"], ["net", "差引支給額"],
];

/**
 * Amounts a number cannot hold to the yen (beyond Number.MAX_SAFE_INTEGER, or not whole): errors, since the
 * figure shown would not be the right one.
 * @example inexactAmounts({ …line, gross: 2 ** 53 + 2 }) // [{ severity: "error", column: "総支給額", … }]
 */
export function inexactAmounts(line: PayrollLine): PlausibilityFinding[] {
  return LINE_COLUMNS.filter(([k]) => !Number.isSafeInteger(line[k])).map(([k, column]) => ({
    severity: "error",
    column,
    value: String(line[k]),
    message: `${column}が大きすぎて1円単位で正確に計算できません（${yen(Number.MAX_SAFE_INTEGER)}まで）。入力の金額を確認してください。`,
  }));
}

/**
 * Every finding for one employee's month. 今月の報酬 for the grade check is 総支給 without the 臨時の手当,
 * since 臨時に受けるもの are not 報酬 (健康保険法第3条第5項, 厚生年金保険法第3条第1項第3号).
 */
export function payrollPlausibility(a: { detail: PayrollDetail; healthStandard?: number; pensionStandard?: number; previousGross?: number; month: Day }): PlausibilityFinding[] {
  const d = a.detail;
  const inexact = inexactAmounts(d.line);
  if (inexact.length > 0) return inexact;
  const remuneration = d.gross - d.extraTaxable - d.extraNonTaxable;
  const grade = (scheme: Scheme, standardAmount?: number) => {
    if (standardAmount === undefined) return undefined;
    try {
      return standardGradeGap({ standardAmount, remuneration, scheme, month: a.month });
    } catch (e) {
      // A month before the grade table's data: the payroll itself stands; only this check cannot be made.
      if (e instanceof CalcError) return undefined;
      throw e;
    }
  };
  const found = [
    basePayAboveCeiling({ basePay: d.basePay }),
    grossChangedSharply({ gross: d.gross, previousGross: a.previousGross }),
    grade("health", a.healthStandard),
    grade("pension", a.pensionStandard),
  ];
  return found.filter((f): f is PlausibilityFinding => f !== undefined);
}
