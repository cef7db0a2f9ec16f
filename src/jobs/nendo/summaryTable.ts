/**
 * 確定保険料・一般拠出金算定基礎賃金集計表: per month (4月…3月, by 賃金締切日) and per bonus month (by 支給日),
 * the number of workers and their wages in each column.
 */
import { ymdOf } from "../../calc/dates/calendar";
import { countsForEmploymentInsurance, workerCategory } from "../../calc/laborInsurance/workerCategory";
import { PlacedWage } from "./wageRows";

export interface Headcount {
  count: number;
  wages: number;
}

export interface SummaryRow {
  /** "4月" … "3月", or "賞与（7月）". */
  label: string;
  kind: "salary" | "bonus";
  month: number;
  /** 労災保険・一般拠出金の対象: 常用労働者, 役員で労働者扱いの人, 臨時労働者, and their total. */
  regular: Headcount;
  workingOfficer: Headcount;
  temporary: Headcount;
  rosai: Headcount;
  /** 雇用保険の被保険者 (常用 and 役員で労働者扱いの被保険者), and of them the 役員で労働者扱いの人. */
  koyo: Headcount;
  koyoWorkingOfficer: Headcount;
}

const FISCAL_MONTHS = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3];
const zero = (): Headcount => ({ count: 0, wages: 0 });

function emptyRow(kind: "salary" | "bonus", month: number): SummaryRow {
  const label = kind === "salary" ? `${month}月` : `賞与（${month}月）`;
  return { label, kind, month, regular: zero(), workingOfficer: zero(), temporary: zero(), rosai: zero(), koyo: zero(), koyoWorkingOfficer: zero() };
}

function add(cell: Headcount, wages: number, counted: boolean): void {
  cell.wages += wages;
  if (!counted) cell.count += 1;
}

/**
 * Twelve monthly rows (empty months shown with 0, as the form prints them) followed by one row per month in
 * which a bonus was paid. A worker paid twice in a row's month is counted once.
 */
export function summaryTable(wages: readonly PlacedWage[]): SummaryRow[] {
  const rows = new Map<string, SummaryRow>(FISCAL_MONTHS.map((m) => [`salary-${m}`, emptyRow("salary", m)]));
  const seen = new Set<string>();
  for (const w of wages) {
    const month = ymdOf(w.day).month;
    const key = `${w.kind}-${month}`;
    if (!rows.has(key)) rows.set(key, emptyRow(w.kind, month));
    const row = rows.get(key)!;
    const counted = seen.has(`${key}/${w.employee.id}`);
    seen.add(`${key}/${w.employee.id}`);
    const category = workerCategory(w.employee);
    if (category === "outside") continue;
    add(row[category], w.gross, counted);
    add(row.rosai, w.gross, counted);
    if (!countsForEmploymentInsurance(w.employee)) continue;
    add(row.koyo, w.gross, counted);
    if (category === "workingOfficer") add(row.koyoWorkingOfficer, w.gross, counted);
  }
  const order = (r: SummaryRow) => (r.kind === "bonus" ? 12 : 0) + FISCAL_MONTHS.indexOf(r.month);
  return [...rows.values()].sort((a, b) => order(a) - order(b));
}
