import type { Day } from "../../calc/dates/calendar";
import { standardMonthlyRemuneration } from "../../calc/socialInsurance/standardMonthlyRemuneration";

/** The grade (等級) of a 標準報酬月額 in the table in force in `month`; undefined when there is none. */
export function gradeOfAmount(amount: number | undefined, scheme: "health" | "pension", month: Day): number | undefined {
  return amount === undefined ? undefined : standardMonthlyRemuneration({ remuneration: amount, scheme, month }).grade;
}
