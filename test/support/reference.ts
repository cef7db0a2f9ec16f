/**
 * Reads the official figures checked in under test/fixtures/official (tests only; the product never does).
 * index.yaml there names each file's source, effective date and confidence.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "yaml";

export const REFERENCE_DIR = path.resolve(__dirname, "../fixtures/official");

export function referenceText(relative: string): string {
  return fs.readFileSync(path.join(REFERENCE_DIR, relative), "utf8").replace(/\r/g, "");
}

export function referenceYaml<T = any>(relative: string): T {
  return parse(referenceText(relative)) as T;
}

/** A CSV with a header row → objects keyed by header. Fails on an empty table. */
export function referenceCsv(relative: string): Record<string, string>[] {
  const [header, ...lines] = referenceText(relative).trim().split("\n").map((l) => l.split(","));
  const rows = lines.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ""])));
  if (rows.length === 0) throw new Error(`${relative}: no rows`);
  return rows;
}

/** Guard for case tables: a table that loads zero rows is a failure, not a pass. */
export function nonEmpty<T>(rows: T[], name: string): T[] {
  if (!Array.isArray(rows) || rows.length === 0) throw new Error(`case table ${name} is empty`);
  return rows;
}
