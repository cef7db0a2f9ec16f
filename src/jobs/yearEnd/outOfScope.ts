/**
 * Who is outside 年末調整 before anything is computed: 給与等の収入金額 above the 所得税法第190条 limit of
 * the 年分 — the same test the sheet makes — so the clerk is told before Excel says so.
 */
import { CalcError } from "../../calc/vocabulary/errors";
import { describeTaxYear, forTaxYear, salaryIncomeTable } from "../../calc/law/yearEnd";
import type { StaffRow } from "../../import/nenchoStaff";

/** An employee whose 支給総額 is above the 所得税法第190条 limit of the year: on the sheet as 対象外. */
export interface OutOfScope {
  row: number;
  id: string;
  name: string;
  salary: number;
  message: string;
}

/** The usable rows above the limit, or why the limit cannot be known (a 年分 outside the law data). */
export function outOfYearEnd(a: { rows: readonly StaffRow[]; year: number }): { outOfScope: OutOfScope[] } | { scopeUnknown: string } {
  let limit: number;
  try {
    limit = forTaxYear(salaryIncomeTable, a.year).maxSalary;
  } catch (e) {
    if (e instanceof CalcError) return { scopeUnknown: e.message };
    throw e;
  }
  const outOfScope = a.rows.flatMap((r) => {
    // The limit is on the whole year's 給与等, the 前職分 included (所得税法第190条).
    const salary = r.fields.salary === undefined ? undefined : r.fields.salary + (r.fields.previousSalary ?? 0);
    if (r.errors.length > 0 || salary === undefined || salary <= limit) return [];
    const message = `給与等の収入金額 ${salary.toLocaleString("ja-JP")}円が${limit.toLocaleString("ja-JP")}円を超えるため、${describeTaxYear(a.year)}の年末調整の対象外です（所得税法第190条）。シートでは「対象外」と表示し、確定申告で精算します。`;
    return [{ row: r.row, id: r.id, name: r.name, salary, message }];
  });
  return { outOfScope };
}
