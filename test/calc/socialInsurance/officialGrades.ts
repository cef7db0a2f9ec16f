/** The health 標準報酬月額 of a 報酬月額, looked up in the official 等級表 (以上・未満) checked in under test/fixtures/official. */
import { referenceCsv } from "../../support/reference";

const grades = referenceCsv("social-insurance/standard-monthly-remuneration-grades.csv");

export function officialHealthStandard(remuneration: number): number {
  const row = grades.find((g) => remuneration >= Number(g.remuneration_from_inclusive) && (g.remuneration_to_exclusive === "" || remuneration < Number(g.remuneration_to_exclusive)));
  return Number(row!.standard_monthly_remuneration);
}
