/**
 * The payroll core's public API: one employee's month (computePayroll), one bonus (computeBonus), the
 * default settings, and the rules the workbook's formulas must agree with.
 */
export { computePayroll } from "./computePayroll";
export { computeBonus } from "./computeBonus";
export { defaultPayrollSettings, readSettings, parsePeriod, parseIsoDay } from "./settings";
export type { PayrollDetail, PayrollOutcome, PayrollSkip, PremiumMonthPart, BonusDetail } from "./payrollResult";
export { wagePeriod } from "./wagePeriod";
export type { WagePeriod } from "./wagePeriod";
export { employedInPeriod } from "./employedInPeriod";
export { premiumMonthsDeducted } from "./premiumMonthsDeducted";
export { insuredInPremiumMonth } from "./insuredInPremiumMonth";
export { qualificationLossDay } from "./qualificationLossDay";
export { hourlyWage } from "./hourlyWage";
export { basePay } from "./basePay";
export { premiumWages } from "./premiumWages";
export type { PremiumWages } from "./premiumWages";
export { absenceDeduction } from "./absenceDeduction";
export { socialInsurancePremiums } from "./socialInsurancePremiums";
export type { Premiums } from "./socialInsurancePremiums";
export { premiumWageRounding, paymentRounding, absenceDeductionRounding } from "./wageRounding";
export type { Employee, MonthlyVariables, PayType, TaxColumn } from "./employee";
export type { PayrollLine, PayrollSettings, PremiumTiming } from "./types";
