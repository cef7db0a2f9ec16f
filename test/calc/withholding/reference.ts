/**
 * The official tables as transcribed in test/fixtures/official/withholding (tests only), read the way the
 * tables' notes say, written independently of the product's loader: a row holds from (以上) to (未満); a
 * rate makes the row a 算式 (base + excess × rate, 1円未満切捨て); a blank 乙/丙 continues the last printed
 * base and rate above it.
 */
import { nonEmpty, referenceCsv } from "../../support/reference";

export interface RefRow {
  id: number;
  from: number;
  /** undefined: the last row, no upper edge. */
  to: number | undefined;
  cells: Record<string, string>;
}

export function referenceTable(file: string): RefRow[] {
  const rows = nonEmpty(referenceCsv(`withholding/${file}`), file);
  return rows.map((cells, id) => ({ id, from: Number(cells.from_inclusive), to: cells.to_exclusive === "" ? undefined : Number(cells.to_exclusive), cells }));
}

/** "0.2042" → [2042n, 10000n]. */
function fraction(decimal: string): [bigint, bigint] {
  const [i, f = ""] = decimal.split(".");
  return [BigInt(i + f), 10n ** BigInt(f.length)];
}

/** floor(amount × rate) for a decimal rate string, exactly. */
export function timesRate(amount: number, rate: string): number {
  const [n, d] = fraction(rate);
  return Number((BigInt(amount) * n) / d);
}

/** The tax the reference table prints (or its 算式 gives) for an amount, column and number of dependants. */
export function referenceTax(rows: RefRow[], amount: number, column: "甲" | "乙" | "丙", dependents: number, perPersonOverSeven: number): number {
  const i = rows.findIndex((r) => r.from <= amount && (r.to === undefined || amount < r.to));
  if (i < 0) throw new Error(`no reference row for ${amount}`);
  const row = rows[i];
  if (column === "甲") {
    const d = Math.min(dependents, 7);
    const rate = row.cells.kou_over_from_rate;
    const tax = Number(row.cells[`kou_${d}`]) + (rate ? timesRate(amount - row.from, rate) : 0);
    return Math.max(0, tax - Math.max(0, dependents - 7) * perPersonOverSeven);
  }
  const key = column === "乙" ? "otsu" : "hei";
  let a = i;
  while (row.cells[key] === "" && rows[a].cells[key] === "") a--;
  const anchor = rows[a];
  const rate = anchor.cells[`${key}_over_from_rate`];
  if (a !== i && !rate) throw new Error(`reference ${key} blank at ${row.from} without a 算式 above`);
  return Number(anchor.cells[key]) + (rate ? timesRate(amount - anchor.from, rate) : 0);
}

/** Amounts that test a row on both sides of its edges: its first yen and its last yen (or beyond its anchor). */
export function edgeAmounts(row: RefRow): number[] {
  return row.to === undefined ? [row.from, row.from + 1, row.from + 1_234_567] : [row.from, row.to - 1];
}
