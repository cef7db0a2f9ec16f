/**
 * The public formula API: every =SONAE.* id with its parameters' names, order and optionality, as
 * workbooks in the field call them. A workbook saved with =SONAE.SI_HEALTH(A2,"東京都",B1) keeps working
 * only if that id and the meaning of each position stay. Excel's metadata (functions.json) is generated
 * from the same names (test/build/formula-reference.test.ts ties the two).
 */
import * as fs from "node:fs";
import * as path from "node:path";

/** A parameter as recorded: its name, with "?" at the end when it may be omitted ("part?"). */
export type RecordedParam = string;
export interface PublicApiRecord {
  namespace: string;
  functions: Record<string, RecordedParam[]>;
}
export interface FormulaShape {
  id: string;
  params: readonly { name: string; optional?: boolean }[];
}

export const RECORD_PATH = path.resolve(__dirname, "public-api.json");
export const RECORD_COMMAND = "npx tsx test/functions/recordPublicApi.ts";

export function recordOf(namespace: string, formulas: readonly FormulaShape[]): PublicApiRecord {
  return {
    namespace,
    functions: Object.fromEntries(formulas.map((f) => [f.id, f.params.map((p) => `${p.name}${p.optional ? "?" : ""}`)])),
  };
}

export function readRecord(): PublicApiRecord {
  return JSON.parse(fs.readFileSync(RECORD_PATH, "utf8")) as PublicApiRecord;
}

/** One line per function, so a change to the record reads as a one-line diff. */
export function writeRecord(record: PublicApiRecord): void {
  const lines = Object.entries(record.functions).map(([id, params]) => `    ${JSON.stringify(id)}: ${JSON.stringify(params)}`);
  fs.writeFileSync(RECORD_PATH, `{\n  "namespace": ${JSON.stringify(record.namespace)},\n  "functions": {\n${lines.join(",\n")}\n  }\n}\n`);
}

/** The namespace Excel puts before every id (=SONAE.…), as the add-in manifest declares it. */
export function manifestNamespace(): string {
  const manifest = fs.readFileSync(path.resolve(__dirname, "../../manifest.xml"), "utf8");
  const m = /<bt:String id="Functions\.Namespace" DefaultValue="([^"]*)"/.exec(manifest);
  if (!m) throw new Error("manifest.xml declares no Functions.Namespace");
  return m[1];
}

const nameOf = (p: RecordedParam) => p.replace(/\?$/, "");
const isOptional = (p: RecordedParam) => p.endsWith("?");

/** What changed between the record and today's formulas: breaks fail; additions are allowed but should be recorded. */
export interface ApiChanges {
  breaks: string[];
  additions: string[];
}

function compareParams(id: string, was: RecordedParam[], now: RecordedParam[], out: ApiChanges): void {
  const call = `SONAE.${id}`;
  was.forEach((p, i) => {
    const n = now[i];
    if (n === undefined) out.breaks.push(`${call}: parameter ${i + 1} "${nameOf(p)}" was removed`);
    else if (nameOf(n) !== nameOf(p)) out.breaks.push(`${call}: parameter ${i + 1} was "${nameOf(p)}", now "${nameOf(n)}" (renamed or reordered)`);
    else if (isOptional(p) && !isOptional(n)) out.breaks.push(`${call}: optional parameter ${i + 1} "${nameOf(p)}" became required`);
    else if (!isOptional(p) && isOptional(n)) out.additions.push(`${call}: parameter ${i + 1} "${nameOf(p)}" became optional`);
  });
  now.slice(was.length).forEach((n, k) => {
    const at = was.length + k + 1;
    if (isOptional(n)) out.additions.push(`${call}: new optional parameter ${at} "${nameOf(n)}"`);
    else out.breaks.push(`${call}: new required parameter ${at} "${nameOf(n)}" (existing calls would lack it; make it optional)`);
  });
}

export function compareApi(recorded: PublicApiRecord, current: PublicApiRecord): ApiChanges {
  const out: ApiChanges = { breaks: [], additions: [] };
  if (current.namespace !== recorded.namespace) out.breaks.push(`namespace was ${recorded.namespace}, now ${current.namespace}`);
  for (const [id, was] of Object.entries(recorded.functions)) {
    const now = current.functions[id];
    if (now === undefined) out.breaks.push(`SONAE.${id} disappeared (workbooks calling it would show #NAME?)`);
    else compareParams(id, was, now, out);
  }
  for (const id of Object.keys(current.functions)) {
    if (!(id in recorded.functions)) out.additions.push(`new function SONAE.${id}(${current.functions[id].join(", ")})`);
  }
  return out;
}
