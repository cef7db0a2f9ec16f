import { MonthlyVariables } from "./employee";
import { Dec, nonNegative, wholeYen } from "../money/exact";
import { hourlyWage } from "./hourlyWage";
import { basePay } from "./basePay";
import { premiumWages, PremiumWages } from "./premiumWages";
import { absenceDeduction } from "./absenceDeduction";
import { employeeField, PayrollMonth } from "./payrollMonth";

/** The month's 支給, and the one-off amounts typed for it. */
export interface MonthEarnings {
  hourly: { monthly: Dec; hours: Dec };
  basePay: number;
  premium: PremiumWages;
  absenceDeduction: number;
  /** 通勤手当のうち非課税 */
  commuteExempt: number;
  extras: ExtraAmounts;
  /** 総支給 = 基本給 + 固定手当 + 割増賃金 − 欠勤控除 + 通勤手当 + 臨時手当 */
  gross: number;
}

/** 臨時の課税手当・臨時の非課税手当・臨時控除 and 前月精算 typed for the month. */
export interface ExtraAmounts {
  taxable: number;
  nonTaxable: number;
  deduction: number;
  /** 前月精算（支給）・（控除）: outside 総支給 (settledNetPay). */
  settlementPay: number;
  settlementDeduction: number;
}

/**
 * 基本給 by 給与形態, 割増賃金 by category, 欠勤控除 and the allowances, added up to 総支給. The typed values are
 * read in the order the payroll sheet lists them, so the first wrong one is the one reported.
 */
export function monthEarnings(month: PayrollMonth, variables: MonthlyVariables): MonthEarnings {
  const { employee, facts, settings, period } = month;
  const hoursPerMonth = new Dec(settings.scheduledHoursPerMonth);
  const daysPerMonth = new Dec(settings.scheduledDaysPerMonth);
  const attendance = readAttendance(month, variables);
  noteUnusedAttendance(month, attendance);

  const hourly = hourlyWage({ payType: employee.payType, baseSalary: facts.baseSalary, fixedAllowance: facts.fixedAllowance, hoursPerMonth, daysPerMonth });
  const base = basePay({ payType: employee.payType, baseSalary: facts.baseSalary, workDays: attendance.workDays, workHours: attendance.workHours });
  const premium = premiumWages({
    hourly,
    overtimeHours: nonNegative(variables.overtimeHours, employeeField(month, "時間外労働時間")),
    lateNightHours: nonNegative(variables.lateNightHours, employeeField(month, "深夜労働時間")),
    holidayHours: nonNegative(variables.holidayHours, employeeField(month, "休日労働時間")),
    closingDate: period.end,
  });
  const absence = absenceDeduction({ payType: employee.payType, baseSalary: facts.baseSalary, daysPerMonth, absenceDays: attendance.absenceDays });
  const commuteExempt = Math.min(facts.commuteAllowance, facts.commuteExempt);
  const extras = readExtraAmounts(month, variables);
  const gross =
    base + facts.fixedAllowance + premium.overtime + premium.overtimeOver60 + premium.holiday + premium.lateNight - absence +
    facts.commuteAllowance + extras.taxable + extras.nonTaxable;
  return { hourly, basePay: base, premium, absenceDeduction: absence, commuteExempt, extras, gross };
}

interface Attendance {
  workDays: Dec;
  workHours: Dec;
  absenceDays: Dec;
}

function readAttendance(month: PayrollMonth, variables: MonthlyVariables): Attendance {
  return {
    workDays: nonNegative(variables.workDays, employeeField(month, "出勤日数")),
    workHours: nonNegative(variables.workHours, employeeField(month, "労働時間")),
    absenceDays: nonNegative(variables.absenceDays, employeeField(month, "欠勤日数")),
  };
}

/** Tell the clerk when a typed value does not count for this 給与形態, or a 0 is assumed. */
function noteUnusedAttendance(month: PayrollMonth, attendance: Attendance): void {
  const { employee, facts, period, notes } = month;
  if (employee.payType === "daily" && attendance.workDays.isZero()) notes.push("日給ですが出勤日数が0（空欄）のため、基本給は0円です。");
  if (employee.payType === "hourly" && attendance.workHours.isZero()) notes.push("時給ですが労働時間が0（空欄）のため、基本給は0円です。");
  if (employee.payType !== "monthly" && !attendance.absenceDays.isZero()) {
    notes.push("欠勤控除は月給のみです（日給・時給は出勤日数・労働時間で計算）。欠勤日数は使いません。");
  }
  const joinsOrLeavesWithin = [facts.hire, facts.leave].some((day) => day !== undefined && day > period.start && day <= period.end);
  if (employee.payType === "monthly" && joinsOrLeavesWithin) {
    notes.push("賃金計算期間の途中の入社・退職です。日割りはしません（必要なら不就労日を欠勤日数に入力してください）。");
  }
}

function readExtraAmounts(month: PayrollMonth, variables: MonthlyVariables): ExtraAmounts {
  return {
    taxable: wholeYen(variables.extraTaxable, employeeField(month, "臨時の課税手当")),
    nonTaxable: wholeYen(variables.extraNonTaxable, employeeField(month, "臨時の非課税手当")),
    deduction: wholeYen(variables.extraDeduction, employeeField(month, "臨時控除")),
    settlementPay: wholeYen(variables.settlementPay, employeeField(month, "前月精算（支給）")),
    settlementDeduction: wholeYen(variables.settlementDeduction, employeeField(month, "前月精算（控除）")),
  };
}
