import { isoMonthOf, isoOf, monthStart } from "../dates/calendar";
import { invalid } from "../vocabulary/errors";
import type { LawContext } from "../law/lawContext";
import { employmentInsurancePremium } from "../employmentInsurance/employmentInsurancePremium";
import { standardBonus } from "../socialInsurance/standardBonus";
import { bonusWithholding } from "../withholding/bonusWithholding";
import { Employee } from "./employee";
import { PayrollSettings } from "./types";
import { BonusDetail } from "./payrollResult";
import { wholeYen } from "../money/exact";
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
export function computeBonus(input: {
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
  const { employee, settings, law } = input;
  const facts = employeeFacts(employee);
  const label = (field: string) => `社員番号 ${employee.id} の${field}`;
  const bonus = wholeYen(input.bonus, label("賞与額"));
  const prevMonthTaxable = wholeYen(input.prevMonthTaxable, label("前月の社会保険料等控除後の給与"));
  const fiscalYearToDate = wholeYen(input.fiscalYearToDate, label("標準賞与額の年度累計"));
  const monthToDate = wholeYen(input.monthToDate ?? 0, label("標準賞与額の同月累計"));
  const periodMonths = input.periodMonths ?? 6;
  if (!Number.isInteger(periodMonths) || periodMonths < 1 || periodMonths > 12) {
    throw invalid(label("賞与の計算期間（月数）"), input.periodMonths, "1〜12の整数で指定してください。");
  }
  const payDay = parseIsoDay(input.payDate ?? settings.payDate, input.payDate === undefined ? "設定「支給日」" : label("賞与の支給日"));
  const month = monthStart(payDay);
  const notes: string[] = [];

  const standardBonusHealth = facts.healthStandard === undefined ? 0 : standardBonus({ bonus, scheme: "health", month, fiscalYearToDate, monthToDate });
  const standardBonusPension = facts.pensionStandard === undefined ? 0 : standardBonus({ bonus, scheme: "pension", month, fiscalYearToDate, monthToDate });
  const healthInsured = owesPremium(facts, "health", month);
  const pensionInsured = owesPremium(facts, "pension", month);
  const careApplies = healthInsured && careFor(employee, facts, month);
  if ((facts.healthStandard !== undefined && !healthInsured) || (facts.pensionStandard !== undefined && !pensionInsured)) {
    notes.push(`${isoMonthOf(month)} は被保険者期間に含まれない月のため、その制度の賞与の保険料はかかりません。`);
  }
  const premiums = socialInsurancePremiums({
    month,
    health: healthInsured
      ? { standardAmount: standardBonusHealth, insurer: resolveInsurer({ insurer: employee.healthInsurer, fallback: settings.defaultInsurer, label: label("健康保険") }), care: careApplies }
      : undefined,
    pensionStandard: pensionInsured ? standardBonusPension : undefined,
    law,
    childSupportRounding: settings.childSupportRounding,
  });
  const businessType = employee.employmentInsurance || settings.defaultEmploymentInsurance;
  const employment = businessType === "none" ? 0 : employmentInsurancePremium({ wages: bonus, businessType, day: payDay, part: "employee", law });
  const socialInsurance = premiums.health + premiums.care + premiums.childSupport + premiums.pension + employment;
  const taxable = Math.max(0, bonus - socialInsurance);
  const incomeTax = bonusWithholding({
    bonusTaxable: taxable,
    prevMonthTaxable,
    dependents: facts.dependents,
    column: employee.taxColumn,
    paymentDate: payDay,
    periodMonths,
    law,
  });
  return {
    employeeId: employee.id,
    name: employee.name,
    payDate: isoOf(payDay),
    premiumMonth: isoMonthOf(month),
    careApplies,
    bonus,
    standardBonusHealth,
    standardBonusPension,
    ...premiums,
    employment,
    socialInsurance,
    taxable,
    prevMonthTaxable,
    incomeTax,
    net: bonus - socialInsurance - incomeTax,
    notes,
  };
}
