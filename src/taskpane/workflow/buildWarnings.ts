/**
 * What the clerk should know before the workbook is written, on the build step: law tables without data
 * for the month (their formulas would show #N/A), daily or hourly staff without 勤怠 (their base pay would
 * be 0 円), employees whose net pay is negative or cannot be computed. Each warning names the people or
 * the tables, so that nothing surprises the clerk after the file is made.
 */
import type { Employee, MonthlyVariables } from "../../calc/payroll/employee";
import type { LawTableUse } from "../../workbook/lawInfo";
import type { NetPay } from "./payrollNet";

const yen = (n: number) => `${n < 0 ? "−" : ""}${Math.abs(n).toLocaleString("ja-JP")}円`;
const who = (e: { id: string; name: string }) => `${e.id} ${e.name}`;

export interface BuildWarningInput {
  lawInfo: readonly LawTableUse[];
  employees: readonly Employee[];
  /** The 勤怠・変動 file's rows, or undefined when none was chosen. */
  variables?: readonly MonthlyVariables[];
  net: NetPay;
}

export function buildWarnings(a: BuildWarningInput): string[] {
  const out: string[] = [];
  for (const t of a.lawInfo.filter((u) => u.effective === null)) {
    out.push(`法令データがありません: ${t.title}（${t.usedFor}）。収録は ${t.knownUntil ?? "—"} までです。この表を使う数式は #N/A になります。`);
  }
  const withInput = new Set((a.variables ?? []).map((v) => v.employeeId));
  const noInput = a.employees.filter((e) => e.payType !== "monthly" && !withInput.has(e.id));
  if (noInput.length > 0) {
    out.push(`日給・時給の従業員 ${noInput.length}人に勤怠（出勤日数・労働時間）がありません: ${noInput.map(who).join("、")}。このままでは基本給が 0円になります。`);
  }
  const negative = a.net.items.filter((i) => i.net < 0);
  if (negative.length > 0) {
    out.push(`差引支給額がマイナスの従業員 ${negative.length}人: ${negative.map((i) => `${who(i.employee)}（${yen(i.net)}）`).join("、")}。`);
  }
  for (const f of a.net.failures) out.push(`給与を計算できません: ${who({ id: f.employeeId, name: f.name })} — ${f.message}`);
  return out;
}
