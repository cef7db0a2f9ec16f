/**
 * 設定: the month, the dates and the office's choices that every formula reads. Dates are Excel dates; the
 * 賃金締切日, the 賃金計算期間 and the premium months are formulas, so changing 対象年月 or 支給日 moves them.
 * The 割増賃金率 are the law's minimums looked up for the 賃金締切日 (法令データ); an office whose rules pay
 * more types its own rate over them.
 */
import { CalcError } from "../../calc/law/errors";
import { premiumWageRates } from "../../calc/law/labor";
import { PayrollSettings } from "../../calc/payroll/types";
import { readSettings } from "../../calc/payroll/settings";
import { PPM } from "../../calc/money/rate";
import { isoOf } from "../../calc/dates/calendar";
import { isoToSerial } from "../address";
import { setting, SETTING_KEYS, SettingKey, SHEET, SUPPORT_ROUNDING_WORDS, TIMING_WORDS } from "../layout";
import { Block, FormatArea, PlanValue, SheetPlan, ValueBlock } from "../types";
import { HEADER_FILL, INPUT_FILL } from "../table";

export const DATE_FORMAT = "yyyy/m/d";
const MONTH_FORMAT = 'yyyy"年"m"月分"';

const EMPLOYMENT_WORDS = { general: "一般", agriculture: "農林水産・清酒製造", construction: "建設" } as const;

/** =YEAR(x)*12+MONTH(x): a month as one number, to compare months with < and =. */
function monthNo(key: SettingKey): string {
  return `=YEAR(${setting(key)})*12+MONTH(${setting(key)})`;
}

interface Row {
  label: string;
  value?: PlanValue;
  formula?: string;
  format?: string;
  note: string;
  /** The user may change it. */
  input?: boolean;
}

export interface SettingsInput {
  settings: PayrollSettings;
  bonusPayDate?: string;
  bonusPeriodMonths?: number;
}

/**
 * What a PC without the add-in shows, said where the clerk looks first. Excel keeps the values a formula
 * workbook was saved with and recalculates only what changes; a SONAE function it does not know is #NAME?
 * (excel-facts: "Custom functions inside an .xlsx").
 */
const WITHOUT_ADD_IN = [
  "数式のあるブックは、保存したときの計算結果をそのまま表示します。",
  "セルの値を変えると、そのセルと、それを使う計算（保険料・所得税・差引支給額など SONAE 関数のセルと、それを参照するセル）が #NAME? になります。アドインがないと SONAE 関数を計算できないためです。",
  "アドインのない PC では、値だけのブック（コマンド rebuild --values-only で作成）を使ってください。値だけのブックには数式がないため、入力を変えても計算結果は変わりません。変えるときは、アドインのある PC で作り直してください。",
] as const;

/** 説明's width in characters, and what a line of wrapped text takes: Excel keeps a row's height as saved. */
const NOTE_WIDTH = 70;
const LINE_HEIGHT = 15;

/**
 * Lines a note wraps to: a full-width character takes two of the column's characters; a third is left
 * for fonts wider than the workbook's (LibreOffice's substitutes).
 */
function noteLines(note: string): number {
  const width = [...note].reduce((w, ch) => w + (ch.charCodeAt(0) > 0xff ? 2 : 1), 0);
  return Math.ceil(width / ((NOTE_WIDTH * 2) / 3));
}

/** Below the settings, in the table's own columns: the heading in 項目, the text in 説明. */
function withoutAddIn(row: number): { block: ValueBlock; formats: FormatArea[] } {
  const values = WITHOUT_ADD_IN.map((line, i) => [i === 0 ? "アドイン「備え」がない PC で開くと" : null, null, line]);
  return {
    block: { kind: "values", row, col: 0, values },
    formats: [
      { row, col: 0, rows: values.length, cols: 3, border: true },
      { row, col: 0, rows: 1, cols: 1, bold: true, wrap: true },
      { row, col: 2, rows: values.length, cols: 1, wrap: true },
    ],
  };
}

type PremiumRates = { overtime: number; over60: number; hours: number; holiday: number; lateNight: number };

/** The legal minimum 割増賃金 rates (in %) on the 賃金締切日, or undefined outside the law data. */
function premiumRatesOn(periodEnd: Parameters<typeof premiumWageRates.at>[0]): PremiumRates | undefined {
  try {
    const rates = premiumWageRates.at(periodEnd);
    const percent = (ppm: number) => (ppm * 100) / PPM;
    return { overtime: percent(rates.overtime), over60: percent(rates.overtimeOver60), hours: rates.over60ThresholdHours, holiday: percent(rates.holiday), lateNight: percent(rates.lateNight) };
  } catch (e) {
    if (!(e instanceof CalcError)) throw e;
    return undefined;
  }
}

/** Every setting's row: label, value or formula, format, note, and whether the user types it. */
function settingRows(input: SettingsInput, rates: PremiumRates | undefined): Record<SettingKey, Row> {
  const settings = input.settings;
  // Outside the law data a rate is #N/A, so that every 割増賃金 using it shows #N/A: never a silent 0%.
  const rate = (value: number | undefined): Pick<Row, "value" | "formula"> => (value === undefined ? { formula: "=NA()" } : { value });
  return {
    companyName: { label: "会社名", value: settings.companyName || null, format: "@", note: "給与明細に表示します。", input: true },
    period: { label: "対象年月", value: isoToSerial(`${settings.period}-01`), format: 'yyyy"年"m"月"', note: "給与の対象月（その月の1日の日付）。", input: true },
    payDate: { label: "支給日", value: isoToSerial(settings.payDate), format: DATE_FORMAT, note: "源泉徴収税額表は支給日で選びます。保険料の控除月も支給日の月で決まります。", input: true },
    closingDay: { label: "締め日", value: settings.closingDay, format: "0", note: "毎月の締め日（31 = 末日）。", input: true },
    periodEnd: { label: "賃金締切日", formula: `=DATE(YEAR(${setting("period")}),MONTH(${setting("period")}),MIN(${setting("closingDay")},DAY(EOMONTH(${setting("period")},0))))`, format: DATE_FORMAT, note: "雇用保険料率・割増賃金率はこの日で選びます。" },
    periodStart: { label: "賃金計算期間の初日", formula: `=DATE(YEAR(${setting("period")}),MONTH(${setting("period")})-1,MIN(${setting("closingDay")},DAY(EOMONTH(${setting("period")},-1))))+1`, format: DATE_FORMAT, note: "前月の締め日の翌日。入社日・退職日と比べて、この期間に在籍しない人は「対象外」になります。" },
    timing: { label: "保険料の徴収時期", value: TIMING_WORDS[settings.premiumTiming], format: "@", note: "「翌月徴収」（健康保険法第167条・厚生年金保険法第84条: 前月分を控除）または「当月徴収」。", input: true },
    payMonth: { label: "支給月", formula: `=DATE(YEAR(${setting("payDate")}),MONTH(${setting("payDate")}),1)`, format: MONTH_FORMAT, note: "支給日の属する月。" },
    premiumMonth: { label: "控除する保険料（○月分）", formula: `=IF(${setting("timing")}="${TIMING_WORDS.sameMonth}",${setting("payMonth")},EDATE(${setting("payMonth")},-1))`, format: MONTH_FORMAT, note: "翌月徴収なら支給月の前月分、当月徴収なら支給月分。" },
    leaverMonth: { label: "退職者の当月分", formula: `=${setting("payMonth")}`, format: MONTH_FORMAT, note: "翌月徴収で、この支給月が最後の被保険者月になる退職者は、この月の分も控除します（健康保険法第167条第1項括弧書）。" },
    premiumMonthNo: { label: "（計算用）控除する月の番号", formula: monthNo("premiumMonth"), format: "0", note: "年×12＋月。資格取得月・喪失月との比較に使います。" },
    leaverMonthNo: { label: "（計算用）退職者の当月分の番号", formula: monthNo("leaverMonth"), format: "0", note: "年×12＋月。" },
    hoursPerMonth: { label: "月平均所定労働時間", value: settings.scheduledHoursPerMonth, format: "0.00", note: "割増賃金の1時間当たり賃金（労働基準法施行規則第19条）。", input: true },
    daysPerMonth: { label: "月所定労働日数", value: settings.scheduledDaysPerMonth, format: "0.0", note: "欠勤控除と日給の換算に使います。", input: true },
    defaultInsurer: { label: "健康保険（既定）", value: settings.defaultInsurer, format: "@", note: "従業員の「健康保険」が空欄のときに使う保険者。", input: true },
    defaultEmployment: { label: "雇用保険の事業区分（既定）", value: EMPLOYMENT_WORDS[settings.defaultEmploymentInsurance], format: "@", note: "従業員の「雇用保険」が空欄のときの区分（一般・農林水産・清酒製造・建設）。", input: true },
    overtimeRate: { label: "時間外の割増率（%）", ...rate(rates?.overtime), format: "0.0", note: "法定の最低率（労働基準法第37条、法令データ参照）。", input: true },
    over60Rate: { label: "月60時間超の時間外の割増率（%）", ...rate(rates?.over60), format: "0.0", note: "法定の最低率（労働基準法第37条第1項ただし書）。", input: true },
    over60Hours: { label: "割増率が上がる時間外の時間数", ...rate(rates?.hours), format: "0", note: "月60時間（法定休日の労働は含めません）。", input: true },
    holidayRate: { label: "休日の割増率（%）", ...rate(rates?.holiday), format: "0.0", note: "法定休日労働の最低率（割増賃金令）。", input: true },
    lateNightRate: { label: "深夜の割増率（%）", ...rate(rates?.lateNight), format: "0.0", note: "深夜業の最低率（労働基準法第37条第4項）。", input: true },
    bonusPayDate: { label: "賞与の支給日", value: isoToSerial(input.bonusPayDate ?? settings.payDate), format: DATE_FORMAT, note: "賞与計算の保険料の月・税率表・雇用保険料率はこの日で選びます。", input: true },
    bonusMonth: { label: "賞与の保険料（○月分）", formula: `=DATE(YEAR(${setting("bonusPayDate")}),MONTH(${setting("bonusPayDate")}),1)`, format: MONTH_FORMAT, note: "賞与を支給した月の分（健康保険法第167条第2項）。" },
    bonusMonthNo: { label: "（計算用）賞与の月の番号", formula: monthNo("bonusMonth"), format: "0", note: "年×12＋月。" },
    bonusPeriodMonths: { label: "賞与の計算期間（月数）", value: input.bonusPeriodMonths ?? 6, format: "0", note: "前月の給与がないときの税額の計算に使います（所得税法第186条第2項）。", input: true },
    supportRounding: {
      label: "支援金の端数処理", value: SUPPORT_ROUNDING_WORDS[settings.childSupportRounding ?? "withHealth"], format: "@", input: true,
      note: `「${SUPPORT_ROUNDING_WORDS.withHealth}」: 一般保険料率と支援金率を合算した率で折半し、本人負担を1回だけ端数処理します（厚生労働省「子ども・子育て支援金に関するQ&A」令和8年2月12日）。前の給与システムが別々に端数処理していたなら「${SUPPORT_ROUNDING_WORDS.separate}」。`,
    },
  };
}

/** Column B: one block per run of values or of formulas. */
function valueColumnBlocks(ordered: readonly Row[]): Block[] {
  const blocks: Block[] = [];
  for (let start = 0; start < ordered.length; ) {
    const isFormula = ordered[start].formula !== undefined;
    let end = start + 1;
    while (end < ordered.length && (ordered[end].formula !== undefined) === isFormula) end++;
    const run = ordered.slice(start, end);
    blocks.push(
      isFormula
        ? { kind: "formulas", row: start + 1, col: 1, formulas: run.map((row) => [row.formula!]) }
        : { kind: "values", row: start + 1, col: 1, values: run.map((row) => [row.value ?? null]) },
    );
    start = end;
  }
  return blocks;
}

/** 設定, and notes for what could not be looked up (a month outside the law data). */
export function settingsSheet(input: SettingsInput): { sheet: SheetPlan; notes: string[] } {
  const { period } = readSettings(input.settings);
  const notes: string[] = [];
  const rates = premiumRatesOn(period.end);
  const rows = settingRows(input, rates);
  const ordered = SETTING_KEYS.map((key) => rows[key]);
  const count = ordered.length;
  const about = withoutAddIn(count + 2);
  const sheet: SheetPlan = {
    name: SHEET.settings,
    rows: about.block.row + WITHOUT_ADD_IN.length,
    cols: 3,
    blocks: [
      { kind: "values", row: 0, col: 0, values: [["項目", "値", "説明"]] },
      { kind: "values", row: 1, col: 0, values: ordered.map((row) => [row.label]) },
      { kind: "values", row: 1, col: 2, values: ordered.map((row) => [row.note]) },
      about.block,
    ],
    formats: [
      { row: 0, col: 0, rows: 1, cols: 3, bold: true, fill: HEADER_FILL, border: true, align: "Center" },
      { row: 1, col: 0, rows: count, cols: 3, border: true },
      { row: 1, col: 2, rows: count, cols: 1, wrap: true },
      ...ordered.map((row, i) => ({ row: i + 1, col: 1, rows: 1, cols: 1, numberFormat: row.format ?? "General", ...(row.input ? { fill: INPUT_FILL } : {}) })),
      ...about.formats,
    ],
    columnWidths: [30, 16, NOTE_WIDTH],
    rowHeights: [...ordered.map((row) => row.note), ...WITHOUT_ADD_IN].flatMap((note, i) => {
      const row = i < count ? i + 1 : about.block.row + i - count;
      const lines = noteLines(note);
      return lines > 1 ? [{ row, rows: 1, height: lines * LINE_HEIGHT }] : [];
    }),
    freeze: { rows: 1, cols: 0 },
  };
  sheet.blocks.push(...valueColumnBlocks(ordered));
  if (!rates) notes.push(`賃金締切日 ${isoOf(period.end)} の割増賃金率が法令データにないため、設定の割増率は #N/A です（割増賃金の数式も #N/A になります）。`);
  return { sheet, notes };
}
