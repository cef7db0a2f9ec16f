import { invalid } from "../vocabulary/errors";
import { Day, isoOf } from "../dates/calendar";
import { careInsuranceApplies } from "../socialInsurance/careInsuranceApplies";
import { Scheme } from "../socialInsurance/types";
import { Employee } from "./employee";
import { wholeYen } from "../money/exact";
import { parseIsoDay } from "./settings";
import { qualificationLossDay } from "./qualificationLossDay";
import { insuredInPremiumMonth } from "./insuredInPremiumMonth";

/** The dates and amounts of an employee's master row, checked, with messages naming 社員番号 and the field. */
export interface EmployeeFacts {
  birth: Day;
  hire?: Day;
  leave?: Day;
  baseSalary: number;
  fixedAllowance: number;
  commuteAllowance: number;
  commuteExempt: number;
  residentTax: number;
  dependents: number;
  healthStandard?: number;
  pensionStandard?: number;
}

export function employeeFacts(e: Employee): EmployeeFacts {
  const label = (field: string) => `社員番号 ${e.id} の${field}`;
  const optionalDay = (v: string | undefined, field: string) => (v === undefined || v === "" ? undefined : parseIsoDay(v, label(field)));
  const optionalYen = (v: number | undefined | null, field: string) => (v === undefined || v === null ? undefined : wholeYen(v, label(field)));
  if (!Number.isInteger(e.dependents) || e.dependents < 0 || e.dependents > 99) {
    throw invalid(label("扶養親族等の数"), e.dependents, "0以上の整数で指定してください。");
  }
  if (e.taxColumn !== "甲" && e.taxColumn !== "乙") throw invalid(label("税区分"), e.taxColumn, "甲 または 乙 で指定してください。");
  if (!["monthly", "daily", "hourly"].includes(e.payType)) throw invalid(label("給与形態"), e.payType, "月給・日給・時給のいずれかです。");
  const hire = optionalDay(e.hireDate, "入社日");
  const leave = optionalDay(e.leaveDate, "退職日");
  if (hire !== undefined && leave !== undefined && leave < hire) {
    throw invalid(label("退職日"), e.leaveDate, `入社日 ${isoOf(hire)} 以後の日付で指定してください。`);
  }
  return {
    birth: parseIsoDay(e.birthDate, label("生年月日")),
    hire,
    leave,
    baseSalary: wholeYen(e.baseSalary, label("基本給")),
    fixedAllowance: wholeYen(e.fixedAllowance, label("固定手当")),
    commuteAllowance: wholeYen(e.commuteAllowance, label("通勤手当")),
    commuteExempt: wholeYen(e.commuteExempt, label("通勤手当の非課税額")),
    residentTax: wholeYen(e.residentTax, label("住民税")),
    dependents: e.dependents,
    healthStandard: optionalYen(e.healthStandard, "健保標準報酬月額"),
    pensionStandard: optionalYen(e.pensionStandard, "厚年標準報酬月額"),
  };
}

/** Whether a premium month's premium is owed in a scheme: insured (a standard amount), employed, and within the age limit. */
export function owesPremium(f: EmployeeFacts, scheme: Scheme, month: Day): boolean {
  const standard = scheme === "health" ? f.healthStandard : f.pensionStandard;
  if (standard === undefined) return false;
  return insuredInPremiumMonth({ month, acquired: f.hire, lost: qualificationLossDay({ scheme, birth: f.birth, leave: f.leave }) });
}

/** 介護保険第2号被保険者 in a month: the master's override, else from the birth date. */
export function careFor(e: Employee, f: EmployeeFacts, month: Day): boolean {
  return e.care ?? careInsuranceApplies({ birth: f.birth, month });
}
