import { isoOf } from "../dates/calendar";
import type { LawContext } from "../law/lawContext";
import { employmentInsurancePremium } from "../employmentInsurance/employmentInsurancePremium";
import { monthlyWithholding } from "../withholding/monthlyWithholding";
import { Employee, MonthlyVariables } from "./employee";
import { PayrollSettings } from "./types";
import { PayrollDetail, PayrollOutcome, PayrollSkip } from "./payrollResult";
import { readSettings } from "./settings";
import { employedInPeriod, Employment } from "./employedInPeriod";
import { employeeFacts } from "./employeeFacts";
import { PayrollMonth } from "./payrollMonth";
import { monthEarnings, MonthEarnings } from "./monthEarnings";
import { monthPremiums, MonthPremiums } from "./monthPremiums";
import { settledNetPay } from "./settledNetPay";

/**
 * One employee's payroll for one month (給与計算): earnings by item, 総支給, the insured's 社会保険料 for the
 * premium months the settings' timing selects, 雇用保険, 課税対象額, 源泉所得税 (月額表 甲・乙 of the pay date),
 * 住民税 and 差引支給額. Each amount comes from the rule that names it; this function only adds them up.
 * An employee not employed in the pay period gets no line ("skipped", with the reason).
 * @example computePayroll({ employee: 月給300,000・東京都・標準300,000, variables: {}, settings: 2026-05 }).detail.net
 */
export function computePayroll(input: { employee: Employee; variables?: MonthlyVariables; settings: PayrollSettings; law?: LawContext }): PayrollOutcome {
  const { employee, settings } = input;
  const { period, payDay } = readSettings(settings);
  const facts = employeeFacts(employee);
  const employment = employedInPeriod({ hire: facts.hire, leave: facts.leave, period });
  if (employment !== "employed") return { status: "skipped", skip: notEmployed(employee, settings, employment) };

  const month: PayrollMonth = { employee, facts, settings, period, payDay, law: input.law, notes: [] };
  const earnings = monthEarnings(month, input.variables ?? { employeeId: employee.id });
  const premiums = monthPremiums(month);
  const employmentInsurance = monthEmploymentInsurance(month, earnings);
  return { status: "paid", detail: payrollDetail(month, earnings, premiums, employmentInsurance) };
}

function notEmployed(employee: Employee, settings: PayrollSettings, employment: Exclude<Employment, "employed">): PayrollSkip {
  const why = employment === "notYetHired" ? `入社日 ${employee.hireDate} が賃金計算期間の後` : `退職日 ${employee.leaveDate} が賃金計算期間の前`;
  return { employeeId: employee.id, name: employee.name, reason: employment, message: `社員番号 ${employee.id}（${employee.name}）は${why}のため、${settings.period} の給与を計算しません。` };
}

interface EmploymentInsurance {
  wages: number;
  premium: number;
}

/** 雇用保険 (労働保険徴収法第31条): wages include 通勤手当; 臨時の非課税手当 (実費弁償・恩恵的給付) do not. */
function monthEmploymentInsurance(month: PayrollMonth, earnings: MonthEarnings): EmploymentInsurance {
  const wages = earnings.gross - earnings.extras.nonTaxable;
  const businessType = month.employee.employmentInsurance || month.settings.defaultEmploymentInsurance;
  const premium =
    businessType === "none" ? 0 : employmentInsurancePremium({ wages, businessType, day: month.period.end, part: "employee", law: month.law });
  return { wages, premium };
}

/** 課税対象額, 源泉所得税, 控除計 and 差引支給額 (after the 前月精算), and the whole line as the 給与計算 sheet shows it. */
function payrollDetail(month: PayrollMonth, earnings: MonthEarnings, premiums: MonthPremiums, employmentInsurance: EmploymentInsurance): PayrollDetail {
  const { employee, facts, settings, period, payDay, notes } = month;
  const { gross, extras } = earnings;
  const si = premiums.total;
  const socialInsurance = si.health + si.care + si.childSupport + si.pension + employmentInsurance.premium;
  const taxable = Math.max(0, gross - earnings.commuteExempt - extras.nonTaxable - socialInsurance);
  const incomeTax = monthlyWithholding({ taxable, dependents: facts.dependents, column: employee.taxColumn, paymentDate: payDay });
  const deductions = socialInsurance + incomeTax + facts.residentTax + extras.deduction;
  const net = settledNetPay({ netBeforeSettlement: gross - deductions, settlementPay: extras.settlementPay, settlementDeduction: extras.settlementDeduction });
  if (net < 0) notes.push(`控除が総支給を上回り、差引支給額が ${net} 円です。`);
  return {
    employeeId: employee.id,
    name: employee.name,
    period: settings.period,
    periodStart: isoOf(period.start),
    periodEnd: isoOf(period.end),
    payDate: isoOf(payDay),
    payType: employee.payType,
    taxColumn: employee.taxColumn,
    dependents: facts.dependents,
    hourlyWage: earnings.hourly.monthly.div(earnings.hourly.hours).toDecimalPlaces(2).toNumber(),
    basePay: earnings.basePay,
    fixedAllowance: facts.fixedAllowance,
    ...earnings.premium,
    absenceDeduction: earnings.absenceDeduction,
    commuteAllowance: facts.commuteAllowance,
    commuteExempt: earnings.commuteExempt,
    extraTaxable: extras.taxable,
    extraNonTaxable: extras.nonTaxable,
    gross,
    premiumMonths: premiums.parts,
    ...si,
    employmentWages: employmentInsurance.wages,
    employment: employmentInsurance.premium,
    socialInsurance,
    taxable,
    incomeTax,
    residentTax: facts.residentTax,
    extraDeduction: extras.deduction,
    deductions,
    settlementPay: extras.settlementPay,
    settlementDeduction: extras.settlementDeduction,
    net,
    notes,
    line: {
      employeeId: employee.id,
      gross,
      health: si.health,
      care: si.care,
      childSupport: si.childSupport,
      pension: si.pension,
      employment: employmentInsurance.premium,
      socialInsurance,
      taxable,
      incomeTax,
      residentTax: facts.residentTax,
      net,
    },
  };
}
