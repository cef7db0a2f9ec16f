/**
 * The items a payslip can show, in the order payroll products print them, and which of them this month's
 * payslips show: an item that is 0 for every employee of the month is left out, as a printed 給与明細書
 * does, so that the slip shows what was paid. Whether an amount is 0 is decided with the core's own
 * computePayroll on the month's inputs; 基本給 and the totals are always shown.
 *
 * The payslip's cells stay formulas, so an input typed later can make a left-out item non-zero: the
 * payslip's 備考 then says that the slip no longer adds up (payslips.ts), rather than hide it.
 */
import { Employee, MonthlyVariables } from "../../calc/payroll/employee";
import { computePayroll } from "../../calc/payroll/computePayroll";
import { PayrollSettings } from "../../calc/payroll/types";
import { CalcError } from "../../calc/law/errors";
import type { LawContext } from "../../calc/law/lawContext";
import { premiumWageRates } from "../../calc/law/labor";
import { VariableKey } from "../layout";
import { PayrollAmount } from "./payroll";

export interface AttendanceItem {
  key: VariableKey;
  label: string;
}

export interface AmountItem {
  /** The 給与計算 column. */
  key: PayrollAmount;
  label: string;
  /** 欠勤控除 reduces 総支給額: the 支給 block shows it negative. */
  negative?: boolean;
  /** A subtotal of the items before it (社会保険料計): shown, never added again. */
  subtotal?: boolean;
}

export const ATTENDANCE_ITEMS: readonly AttendanceItem[] = [
  { key: "workDays", label: "出勤日数" },
  { key: "absenceDays", label: "欠勤日数" },
  { key: "workHours", label: "労働時間" },
  { key: "overtimeHours", label: "残業時間" },
  { key: "lateNightHours", label: "深夜時間" },
  { key: "holidayHours", label: "休日時間" },
];

export const PAY_ITEMS: readonly AmountItem[] = [
  { key: "basePay", label: "基本給" },
  { key: "fixedAllowance", label: "固定手当" },
  { key: "overtime", label: "時間外手当" },
  { key: "overtimeOver60", label: "時間外手当（60時間超）" },
  { key: "holiday", label: "休日手当" },
  { key: "lateNight", label: "深夜手当" },
  { key: "absenceDeduction", label: "欠勤控除", negative: true },
  { key: "commuteAllowance", label: "通勤手当" },
  { key: "extraTaxable", label: "臨時の手当" },
  { key: "extraNonTaxable", label: "臨時の手当（非課税）" },
];

/** Line 1 the premiums and their total, line 2 the taxes and その他 (控除合計 ends line 2). */
export const DEDUCTION_ITEMS: readonly (readonly AmountItem[])[] = [
  [
    { key: "health", label: "健康保険" },
    { key: "care", label: "介護保険" },
    { key: "childSupport", label: "子ども・子育て支援金" },
    { key: "pension", label: "厚生年金" },
    { key: "employment", label: "雇用保険" },
    { key: "socialInsurance", label: "社会保険料計", subtotal: true },
  ],
  [
    { key: "incomeTax", label: "所得税" },
    { key: "residentTax", label: "住民税" },
    { key: "extraDeduction", label: "その他" },
  ],
];

const ALWAYS: ReadonlySet<string> = new Set(["basePay"]);

const nonZero = (amount: number | undefined) => amount !== undefined && amount !== 0;

/** The lowest 月60時間 the law data has ever had: fewer 時間外 hours leave nothing beyond it in any month. */
const OVER_60_THRESHOLD = Math.min(...premiumWageRates.spec.revisions.map((r) => r.value.over60ThresholdHours));

/**
 * 時間外手当（60時間超）pays only the 時間外 hours beyond 60 in the month (労働基準法第37条第1項ただし書), so hours
 * from 0 to 60 cannot make it non-zero. Anything else (more hours, or hours the core would refuse) is computed.
 */
function overtimeBeyond60(hours: number | undefined): boolean {
  return hours !== undefined && hours !== 0 && !(hours >= 0 && hours <= OVER_60_THRESHOLD);
}

type Inputs = (employee: Employee, variables: MonthlyVariables | undefined) => boolean;

/**
 * An amount that can only be non-zero when one input is: an employee without that input need not be
 * computed to know it. (The premiums and the tax have no such input: they are computed.)
 */
const DRIVEN_BY: Partial<Record<PayrollAmount, Inputs>> = {
  fixedAllowance: (employee) => nonZero(employee.fixedAllowance),
  overtime: (_, variables) => nonZero(variables?.overtimeHours),
  overtimeOver60: (_, variables) => overtimeBeyond60(variables?.overtimeHours),
  holiday: (_, variables) => nonZero(variables?.holidayHours),
  lateNight: (_, variables) => nonZero(variables?.lateNightHours),
  absenceDeduction: (_, variables) => nonZero(variables?.absenceDays),
  commuteAllowance: (employee) => nonZero(employee.commuteAllowance),
  extraTaxable: (_, variables) => nonZero(variables?.extraTaxable),
  extraNonTaxable: (_, variables) => nonZero(variables?.extraNonTaxable),
  residentTax: (employee) => nonZero(employee.residentTax),
  extraDeduction: (_, variables) => nonZero(variables?.extraDeduction),
};

interface ItemsInput {
  employees: readonly Employee[];
  /** Employee i's inputs, as 勤怠・変動 holds them. */
  variables: readonly (MonthlyVariables | undefined)[];
  settings: PayrollSettings;
  /** The law with the user's rows, when they added any. */
  law?: LawContext;
}

export interface ShownItems {
  attendance: AttendanceItem[];
  pay: AmountItem[];
  /** Two lines, as DEDUCTION_ITEMS. */
  deductions: AmountItem[][];
}

const ALL_ITEMS: ShownItems = { attendance: [...ATTENDANCE_ITEMS], pay: [...PAY_ITEMS], deductions: DEDUCTION_ITEMS.map((line) => [...line]) };

/**
 * The items shown this month. When the core cannot compute someone (a month outside the law data),
 * every item is shown: never guess a 0.
 * @example shownPayslipItems({ employees, variables, settings }).pay.map((i) => i.label) // ["基本給", "固定手当", "時間外手当", "通勤手当"]
 */
export function shownPayslipItems(input: ItemsInput): ShownItems {
  let paid: Set<PayrollAmount>;
  try {
    paid = amountsPaid(input);
  } catch (e) {
    if (e instanceof CalcError) return ALL_ITEMS;
    throw e;
  }
  const shown = (item: AmountItem) => ALWAYS.has(item.key) || paid.has(item.key);
  const worked = (item: AttendanceItem) => input.variables.some((variables) => Number(variables?.[item.key] ?? 0) !== 0);
  return {
    attendance: ATTENDANCE_ITEMS.filter(worked),
    pay: PAY_ITEMS.filter(shown),
    deductions: DEDUCTION_ITEMS.map((line) => line.filter(shown)),
  };
}

/**
 * The amounts some employee is paid or charged. Employees are computed only while an amount is still
 * unseen that their inputs could make non-zero: a large office is decided by its first few employees
 * and those with a rare input (休日労働, 臨時の手当).
 */
function amountsPaid(input: ItemsInput): Set<PayrollAmount> {
  const unseen = new Set<PayrollAmount>([...PAY_ITEMS, ...DEDUCTION_ITEMS.flat()].map((item) => item.key));
  const paid = new Set<PayrollAmount>();
  input.employees.forEach((employee, i) => {
    const variables = input.variables[i];
    const worth = [...unseen].some((amount) => DRIVEN_BY[amount]?.(employee, variables) ?? true);
    if (!worth) return;
    const result = computePayroll({ employee, variables, settings: input.settings, law: input.law });
    if (result.status !== "paid") return;
    for (const amount of unseen) {
      if (result.detail[amount] !== 0) {
        paid.add(amount);
        unseen.delete(amount);
      }
    }
  });
  return paid;
}
