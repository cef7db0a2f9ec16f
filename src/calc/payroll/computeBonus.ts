import { isoOf, monthStart } from "../dates/calendar";
import { invalid } from "../law/errors";
import type { LawContext } from "../law/lawContext";
import { employmentInsurancePremium } from "../employmentInsurance/employmentInsurancePremium";
import { standardBonus } from "../socialInsurance/standardBonus";
import { bonusWithholding } from "../withholding/bonusWithholding";
import { Employee } from "./employee";
import { PayrollSettings } from "./types";
import { BonusDetail } from "./payrollResult";
import { wholeYen } from "./exact";
import { parseIsoDay } from "./settings";
import { careFor, employeeFacts, owesPremium } from "./employeeFacts";
import { resolveInsurer } from "./resolveInsurer";
import { socialInsurancePremiums } from "./socialInsurancePremiums";

/**
 * One bonus (賞与) of one employee:
 * - 標準賞与額 (1,000円未満切捨て; 健康保険 年度累計573万円, 厚生年金 1か月150万円: 健康保険法第45条第1項,
 *   厚生年金保険法第24条の4第1項), premiums on it for the month the bonus is paid in (賞与に係る保険料は、その賞与
 *   から控除することができる: 健康保険法第167条第2項, 厚生年金保険法第84条第2項) unless the employee is not insured
 *   that month (資格喪失月の賞与には保険料がかからない);
 * - 雇用保険 on the whole bonus at the rates of its pay date;
 * - 源泉所得税: 賞与に対する源泉徴収税額の算出率の表 on 賞与 − 社会保険料, with the rate chosen by the previous
 *   month's 社会保険料等控除後の給与等の金額 (所得税法第186条); prevMonthTaxable 0 means no salary last month.
 * The pay date is `payDate` or the settings' 支給日; periodMonths (賞与の計算期間の月数, default 6) selects the
 * 6分の1 or 12分の1 of the exception for a bonus without a usable previous salary (所得税法第186条第2項), which
 * bonusWithholding applies.
 * @example computeBonus({ employee: 甲・扶養2, bonus: 500_000 + SI, prevMonthTaxable: 300_000, ... }).incomeTax // 4.084%
 */
export function computeBonus(a: {
  employee: Employee;
  bonus: number;
  prevMonthTaxable: number;
  /** 健康保険の標準賞与額の年度累計 (4月〜), before this bonus */
  fiscalYearToDate: number;
  /** 厚生年金の標準賞与額の同月累計, before this bonus */
  monthToDate?: number;
  settings: PayrollSettings;
  payDate?: string;
  periodMonths?: number;
  /** The built-in law, or with the rows a user added. */
  law?: LawContext;
}): BonusDetail {
  const e = a.employee;
  const s = a.settings;
  const f = employeeFacts(e);
  const label = (field: string) => `社員番号 ${e.id} の${field}`;
  const bonus = wholeYen(a.bonus, label("賞与額"));
  const prevMonthTaxable = wholeYen(a.prevMonthTaxable, label("前月の社会保険料等控除後の給与"));
  const fiscalYearToDate = wholeYen(a.fiscalYearToDate, label("標準賞与額の年度累計"));
  const monthToDate = wholeYen(a.monthToDate ?? 0, label("標準賞与額の同月累計"));
  const periodMonths = a.periodMonths ?? 6;
  if (!Number.isInteger(periodMonths) || periodMonths < 1 || periodMonths > 12) {
    throw invalid(label("賞与の計算期間（月数）"), a.periodMonths, "1〜12の整数で指定してください。");
  }
  const payDay = parseIsoDay(a.payDate ?? s.payDate, a.payDate === undefined ? "設定「支給日」" : label("賞与の支給日"));
  const month = monthStart(payDay);
  const notes: string[] = [];

  const standardBonusHealth = f.healthStandard === undefined ? 0 : standardBonus({ bonus, scheme: "health", month, fiscalYearToDate, monthToDate });
  const standardBonusPension = f.pensionStandard === undefined ? 0 : standardBonus({ bonus, scheme: "pension", month, fiscalYearToDate, monthToDate });
  const healthInsured = owesPremium(f, "health", month);
  const pensionInsured = owesPremium(f, "pension", month);
  const careApplies = healthInsured && careFor(e, f, month);
  if ((f.healthStandard !== undefined && !healthInsured) || (f.pensionStandard !== undefined && !pensionInsured)) {
    notes.push(`${isoOf(month).slice(0, 7)} は被保険者期間に含まれない月のため、その制度の賞与の保険料はかかりません。`);
  }
  const p = socialInsurancePremiums({
    month,
    health: healthInsured
      ? { standardAmount: standardBonusHealth, insurer: resolveInsurer({ insurer: e.healthInsurer, fallback: s.defaultInsurer, label: label("健康保険") }), care: careApplies }
      : undefined,
    pensionStandard: pensionInsured ? standardBonusPension : undefined,
    law: a.law,
    childSupportRounding: s.childSupportRounding,
  });
  const businessType = e.employmentInsurance || s.defaultEmploymentInsurance;
  const employment = businessType === "none" ? 0 : employmentInsurancePremium({ wages: bonus, businessType, day: payDay, part: "employee", law: a.law });
  const socialInsurance = p.health + p.care + p.childSupport + p.pension + employment;
  const taxable = Math.max(0, bonus - socialInsurance);
  const incomeTax = bonusWithholding({
    bonusTaxable: taxable,
    prevMonthTaxable,
    dependents: f.dependents,
    column: e.taxColumn,
    paymentDate: payDay,
    periodMonths,
    law: a.law,
  });
  return {
    employeeId: e.id,
    name: e.name,
    payDate: isoOf(payDay),
    premiumMonth: isoOf(month).slice(0, 7),
    careApplies,
    bonus,
    standardBonusHealth,
    standardBonusPension,
    ...p,
    employment,
    socialInsurance,
    taxable,
    prevMonthTaxable,
    incomeTax,
    net: bonus - socialInsurance - incomeTax,
    notes,
  };
}
