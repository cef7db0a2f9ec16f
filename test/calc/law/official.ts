/** Reads the official figures the tests carry in test/fixtures/official (copies of the gathered reference data). */
import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "yaml";

const OFFICIAL_DIR = path.resolve(__dirname, "../../fixtures/official");

export function officialYaml<T = any>(relative: string): T {
  return parse(fs.readFileSync(path.join(OFFICIAL_DIR, relative), "utf8")) as T;
}

/** Guard for case tables: a table that loads zero rows is a failure, not a pass. */
export function nonEmpty<T>(rows: T[], name: string): T[] {
  if (!Array.isArray(rows) || rows.length === 0) throw new Error(`case table ${name} is empty`);
  return rows;
}
