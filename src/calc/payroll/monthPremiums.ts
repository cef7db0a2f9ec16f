import { describeMonth, isoOf } from "../dates/calendar";
import { PremiumMonthPart } from "./payrollResult";
import { careFor, owesPremium } from "./employeeFacts";
import { premiumMonthsDeducted } from "./premiumMonthsDeducted";
import { lastInsuredMonth } from "./lastInsuredMonth";
import { qualificationLossDay } from "./qualificationLossDay";
import { resolveInsurer } from "./resolveInsurer";
import { addPremiums, NO_PREMIUMS, Premiums, socialInsurancePremiums } from "./socialInsurancePremiums";
import { employeeField, PayrollMonth } from "./payrollMonth";

/** The 社会保険料 a salary deducts: each premium month's part, and their sum. */
export interface MonthPremiums {
  parts: PremiumMonthPart[];
  total: Premiums;
}

/**
 * 社会保険料 (健康保険法第167条, 厚生年金保険法第84条): the premium months the settings' timing selects — two when
 * the employee leaves and the last insured month would otherwise go uncollected — each for the schemes owed
 * that month.
 */
export function monthPremiums(month: PayrollMonth): MonthPremiums {
  const { employee, facts, settings, payDay } = month;
  const months = premiumMonthsDeducted({ payDate: payDay, timing: settings.premiumTiming, lastInsuredMonthIfLeaving: lastInsuredMonthIfLeaving(month) });
  const insurer =
    facts.healthStandard === undefined
      ? undefined
      : resolveInsurer({ insurer: employee.healthInsurer, fallback: settings.defaultInsurer, label: employeeField(month, "健康保険") });
  const parts = months.map((premiumMonth): PremiumMonthPart => {
    const healthInsured = insurer !== undefined && owesPremium(facts, "health", premiumMonth);
    const pensionInsured = owesPremium(facts, "pension", premiumMonth);
    const careApplies = healthInsured && careFor(employee, facts, premiumMonth);
    const premiums = socialInsurancePremiums({
      month: premiumMonth,
      health: healthInsured && insurer ? { standardAmount: facts.healthStandard as number, insurer, care: careApplies } : undefined,
      pensionStandard: pensionInsured ? facts.pensionStandard : undefined,
      law: month.law,
      childSupportRounding: settings.childSupportRounding,
    });
    return { month: isoOf(premiumMonth).slice(0, 7), careApplies, healthInsured, pensionInsured, ...premiums };
  });
  noteLeaversMonths(month, months, parts);
  return { parts, total: parts.reduce(addPremiums, NO_PREMIUMS) };
}

/** When leaving makes a pay deduct two months, name the months a premium is owed for. */
function noteLeaversMonths(month: PayrollMonth, months: number[], parts: PremiumMonthPart[]): void {
  const owedMonths = parts.filter((part) => part.healthInsured || part.pensionInsured).map((part) => part.month);
  if (months.length > 1 && owedMonths.length > 0) {
    const named = months.filter((premiumMonth) => owedMonths.includes(isoOf(premiumMonth).slice(0, 7))).map(describeMonth);
    month.notes.push(`退職により ${named.join("と")} の保険料を控除します（健康保険法第167条第1項括弧書）。`);
  }
}

/** For an employee leaving within the pay period: the later of the two schemes' last insured months. */
function lastInsuredMonthIfLeaving({ facts, period }: PayrollMonth): number | undefined {
  if (facts.leave === undefined || facts.leave > period.end) return undefined;
  const healthLoss = qualificationLossDay({ scheme: "health", birth: facts.birth, leave: facts.leave });
  const pensionLoss = qualificationLossDay({ scheme: "pension", birth: facts.birth, leave: facts.leave });
  return Math.max(lastInsuredMonth({ acquired: facts.hire, lost: healthLoss }), lastInsuredMonth({ acquired: facts.hire, lost: pensionLoss }));
}
