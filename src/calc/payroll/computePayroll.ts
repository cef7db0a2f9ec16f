import { describeMonth, isoOf } from "../dates/calendar";
import type { LawContext } from "../law/lawContext";
import { employmentInsurancePremium } from "../employmentInsurance/employmentInsurancePremium";
import { monthlyWithholding } from "../withholding/monthlyWithholding";
import { Employee, MonthlyVariables } from "./employee";
import { PayrollSettings } from "./types";
import { PayrollDetail, PayrollOutcome, PremiumMonthPart } from "./payrollResult";
import { Dec, nonNegative, wholeYen } from "./exact";
import { readSettings } from "./settings";
import { employedInPeriod } from "./employedInPeriod";
import { employeeFacts, careFor, owesPremium } from "./employeeFacts";
import { hourlyWage } from "./hourlyWage";
import { basePay } from "./basePay";
import { premiumWages } from "./premiumWages";
import { absenceDeduction } from "./absenceDeduction";
import { premiumMonthsDeducted } from "./premiumMonthsDeducted";
import { lastInsuredMonth } from "./lastInsuredMonth";
import { qualificationLossDay } from "./qualificationLossDay";
import { resolveInsurer } from "./resolveInsurer";
import { addPremiums, NO_PREMIUMS, socialInsurancePremiums } from "./socialInsurancePremiums";

const ym = (day: number) => isoOf(day).slice(0, 7);

/**
 * One employee's payroll for one month (給与計算): earnings by item, 総支給, the insured's 社会保険料 for the
 * premium months the settings' timing selects, 雇用保険, 課税対象額, 源泉所得税 (月額表 甲・乙 of the pay date),
 * 住民税 and 差引支給額. Each amount comes from the rule that names it; this function only adds them up.
 * An employee not employed in the pay period gets no line ("skipped", with the reason).
 * @example computePayroll({ employee: 月給300,000・東京都・標準300,000, variables: {}, settings: 2026-05 }).detail.net
 */
export function computePayroll(a: { employee: Employee; variables?: MonthlyVariables; settings: PayrollSettings; law?: LawContext }): PayrollOutcome {
  const e = a.employee;
  const v: MonthlyVariables = a.variables ?? { employeeId: e.id };
  const s = a.settings;
  const { period, payDay } = readSettings(s);
  const f = employeeFacts(e);
  const notes: string[] = [];

  const employment = employedInPeriod({ hire: f.hire, leave: f.leave, period });
  if (employment !== "employed") {
    const why = employment === "notYetHired" ? `入社日 ${e.hireDate} が賃金計算期間の後` : `退職日 ${e.leaveDate} が賃金計算期間の前`;
    return {
      status: "skipped",
      skip: { employeeId: e.id, name: e.name, reason: employment, message: `社員番号 ${e.id}（${e.name}）は${why}のため、${s.period} の給与を計算しません。` },
    };
  }

  // ---- 支給
  const label = (field: string) => `社員番号 ${e.id} の${field}`;
  const hoursPerMonth = new Dec(s.scheduledHoursPerMonth);
  const daysPerMonth = new Dec(s.scheduledDaysPerMonth);
  const workDays = nonNegative(v.workDays, label("出勤日数"));
  const workHours = nonNegative(v.workHours, label("労働時間"));
  const absenceDays = nonNegative(v.absenceDays, label("欠勤日数"));
  if (e.payType === "daily" && workDays.isZero()) notes.push("日給ですが出勤日数が0（空欄）のため、基本給は0円です。");
  if (e.payType === "hourly" && workHours.isZero()) notes.push("時給ですが労働時間が0（空欄）のため、基本給は0円です。");
  if (e.payType !== "monthly" && !absenceDays.isZero()) notes.push("欠勤控除は月給のみです（日給・時給は出勤日数・労働時間で計算）。欠勤日数は使いません。");
  if (e.payType === "monthly" && [f.hire, f.leave].some((d) => d !== undefined && d > period.start && d <= period.end)) {
    notes.push("賃金計算期間の途中の入社・退職です。日割りはしません（必要なら不就労日を欠勤日数に入力してください）。");
  }

  const hourly = hourlyWage({ payType: e.payType, baseSalary: f.baseSalary, fixedAllowance: f.fixedAllowance, hoursPerMonth, daysPerMonth });
  const base = basePay({ payType: e.payType, baseSalary: f.baseSalary, workDays, workHours });
  const premium = premiumWages({
    hourly,
    overtimeHours: nonNegative(v.overtimeHours, label("時間外労働時間")),
    lateNightHours: nonNegative(v.lateNightHours, label("深夜労働時間")),
    holidayHours: nonNegative(v.holidayHours, label("休日労働時間")),
    closingDate: period.end,
  });
  const absence = absenceDeduction({ payType: e.payType, baseSalary: f.baseSalary, daysPerMonth, absenceDays });
  const commuteExempt = Math.min(f.commuteAllowance, f.commuteExempt);
  const extraTaxable = wholeYen(v.extraTaxable, label("臨時の課税手当"));
  const extraNonTaxable = wholeYen(v.extraNonTaxable, label("臨時の非課税手当"));
  const extraDeduction = wholeYen(v.extraDeduction, label("臨時控除"));
  const gross =
    base + f.fixedAllowance + premium.overtime + premium.overtimeOver60 + premium.holiday + premium.lateNight - absence +
    f.commuteAllowance + extraTaxable + extraNonTaxable;

  // ---- 社会保険料 (健康保険法第167条, 厚生年金保険法第84条)
  const healthLoss = qualificationLossDay({ scheme: "health", birth: f.birth, leave: f.leave });
  const pensionLoss = qualificationLossDay({ scheme: "pension", birth: f.birth, leave: f.leave });
  const leavesNow = f.leave !== undefined && f.leave <= period.end;
  const months = premiumMonthsDeducted({
    payDate: payDay,
    timing: s.premiumTiming,
    lastInsuredMonthIfLeaving: leavesNow
      ? Math.max(lastInsuredMonth({ acquired: f.hire, lost: healthLoss }), lastInsuredMonth({ acquired: f.hire, lost: pensionLoss }))
      : undefined,
  });
  const insurer =
    f.healthStandard === undefined ? undefined : resolveInsurer({ insurer: e.healthInsurer, fallback: s.defaultInsurer, label: label("健康保険") });
  const parts: PremiumMonthPart[] = months.map((month) => {
    const healthInsured = insurer !== undefined && owesPremium(f, "health", month);
    const pensionInsured = owesPremium(f, "pension", month);
    const careApplies = healthInsured && careFor(e, f, month);
    const p = socialInsurancePremiums({
      month,
      health: healthInsured && insurer ? { standardAmount: f.healthStandard as number, insurer, care: careApplies } : undefined,
      pensionStandard: pensionInsured ? f.pensionStandard : undefined,
      law: a.law,
      childSupportRounding: s.childSupportRounding,
    });
    return { month: ym(month), careApplies, healthInsured, pensionInsured, ...p };
  });
  const si = parts.reduce(addPremiums, NO_PREMIUMS);
  const owedMonths = parts.filter((p) => p.healthInsured || p.pensionInsured).map((p) => p.month);
  if (months.length > 1 && owedMonths.length > 0) {
    notes.push(`退職により ${months.filter((m) => owedMonths.includes(ym(m))).map(describeMonth).join("と")} の保険料を控除します（健康保険法第167条第1項括弧書）。`);
  }

  // ---- 雇用保険 (労働保険徴収法第31条): wages include 通勤手当; 臨時の非課税手当 (実費弁償・恩恵的給付) do not.
  const employmentWages = gross - extraNonTaxable;
  const businessType = e.employmentInsurance || s.defaultEmploymentInsurance;
  const employmentPremium =
    businessType === "none" ? 0 : employmentInsurancePremium({ wages: employmentWages, businessType, day: period.end, part: "employee", law: a.law });

  const socialInsurance = si.health + si.care + si.childSupport + si.pension + employmentPremium;
  const taxable = Math.max(0, gross - commuteExempt - extraNonTaxable - socialInsurance);
  const incomeTax = monthlyWithholding({ taxable, dependents: f.dependents, column: e.taxColumn, paymentDate: payDay });
  const deductions = socialInsurance + incomeTax + f.residentTax + extraDeduction;
  const net = gross - deductions;
  if (net < 0) notes.push(`控除が総支給を上回り、差引支給額が ${net} 円です。`);

  const detail: PayrollDetail = {
    employeeId: e.id,
    name: e.name,
    period: s.period,
    periodStart: isoOf(period.start),
    periodEnd: isoOf(period.end),
    payDate: isoOf(payDay),
    payType: e.payType,
    taxColumn: e.taxColumn,
    dependents: f.dependents,
    hourlyWage: hourly.monthly.div(hourly.hours).toDecimalPlaces(2).toNumber(),
    basePay: base,
    fixedAllowance: f.fixedAllowance,
    ...premium,
    absenceDeduction: absence,
    commuteAllowance: f.commuteAllowance,
    commuteExempt,
    extraTaxable,
    extraNonTaxable,
    gross,
    premiumMonths: parts,
    ...si,
    employmentWages,
    employment: employmentPremium,
    socialInsurance,
    taxable,
    incomeTax,
    residentTax: f.residentTax,
    extraDeduction,
    deductions,
    net,
    notes,
    line: {
      employeeId: e.id,
      gross,
      health: si.health,
      care: si.care,
      childSupport: si.childSupport,
      pension: si.pension,
      employment: employmentPremium,
      socialInsurance,
      taxable,
      incomeTax,
      residentTax: f.residentTax,
      net,
    },
  };
  return { status: "paid", detail };
}
