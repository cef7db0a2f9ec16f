/**
 * Records today's =SONAE.* formulas in test/functions/public-api.json after an allowed change (a new
 * function, a new optional parameter at the end, a required parameter made optional). Refuses while
 * anything would break a recorded call: the record is a promise to workbooks in the field, not a snapshot.
 *
 *   npx tsx test/functions/recordPublicApi.ts
 */
import * as fs from "node:fs";
import { FORMULAS } from "../../src/functions/registry";
import { compareApi, manifestNamespace, readRecord, recordOf, RECORD_PATH, writeRecord } from "./publicApi";

const current = recordOf(manifestNamespace(), FORMULAS);
const changes = fs.existsSync(RECORD_PATH) ? compareApi(readRecord(), current) : { breaks: [], additions: ["(new record)"] };
if (changes.breaks.length > 0) {
  console.error(`Not recorded: these changes break the public formula API:\n  ${changes.breaks.join("\n  ")}`);
  process.exitCode = 1;
} else {
  writeRecord(current);
  console.log(changes.additions.length > 0 ? `Recorded:\n  ${changes.additions.join("\n  ")}` : "The record was already up to date.");
}
