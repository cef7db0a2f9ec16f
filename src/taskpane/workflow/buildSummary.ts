/** What the build step says about the workbook before it is built, in the clerk's words. */
import type { PayrollSettings } from "../../calc/payroll/types";
import { SHEET } from "../../workbook/layout";
import { employeesOf, type WizardState } from "./wizard";

/** The lines above 「ブックを作成」: who, which month, which files, which sheets, what to look at first. */
export function buildSummaryLines(state: WizardState, settings: PayrollSettings | undefined, plausibility: readonly string[]): string[] {
  const rejected = state.master?.rejected.length ?? 0;
  const withCheckSheet = state.previous.status === "loaded" || plausibility.length > 0;
  return [
    `従業員 ${employeesOf(state).length}人${rejected > 0 ? `（エラーのある ${rejected}行は除外）` : ""}`,
    settings ? `対象年月 ${settings.period}・支給日 ${settings.payDate}・${settings.premiumTiming === "nextMonth" ? "翌月徴収" : "当月徴収"}` : "設定にエラーがあります",
    state.variables.status === "loaded" ? `勤怠・変動: ${state.variables.fileName}` : "勤怠・変動: ブックの「勤怠・変動」シートに入力します",
    state.previous.status === "loaded" ? `前回の計算結果: ${state.previous.fileName}（検算シートを作成し、勤怠は前月同額で補います）` : "前回の計算結果: なし",
    `作成するシート: ${Object.values(SHEET).filter((name) => name !== SHEET.check || withCheckSheet).join("・")}`,
    ...(plausibility.length > 0 ? [`確認したほうがよい点 ${plausibility.length}件（検算シートの備考にも載せます）:`, ...plausibility] : []),
  ];
}

/** 「2026年4月分 給与明細（支給日 2026-04-24）」 */
export function payslipTitle(settings: PayrollSettings | undefined): string {
  return settings ? `${Number(settings.period.slice(0, 4))}年${Number(settings.period.slice(5, 7))}月分 給与明細（支給日 ${settings.payDate}）` : "給与明細";
}
