/**
 * The payroll workbook plan takes the clerk's law whole: the rows they added and the 源泉徴収税額表 they
 * supplied are both listed on 法令データ (next year's rows of test/support/nextYearLaw.ts and a test copy of
 * the 賞与の算出率の表, 173 rows, for the year after the built-in data).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { defaultPayrollSettings } from "../../../src/calc/payroll/settings";
import { loadUserLaw } from "../../../src/calc/law/userLaw";
import { importMasterFile } from "../../../src/import";
import { readUserLawFile } from "../../../src/import/userLaw";
import { planPayrollWorkbook } from "../../../src/jobs/workbook/planPayrollWorkbook";
import { SHEET } from "../../../src/workbook/layout";
import { USER_TITLE } from "../../../src/workbook/sheets/lawData";
import { bonusRateTables } from "../../../src/calc/law/withholding";
import { pastHorizon } from "../../support/lawHorizon";
import { nextYearLawCsv } from "../../support/nextYearLaw";

// The bonus table's copy is relabelled for the year after the built-in data, as the law-data sheet's test does.
const BONUS = pastHorizon(bonusRateTables);
const copy = readUserLawFile("user-bonus-rate-r09-test-copy.csv", fs.readFileSync(path.resolve(__dirname, "../../calc/law/fixtures/user-bonus-rate-r09-test-copy.csv")));
const law = loadUserLaw([
  readUserLawFile("user-law-next.csv", new TextEncoder().encode(nextYearLawCsv())),
  { ...copy, cells: copy.cells.map((row, i) => (i === 1 ? [row[0], BONUS.reiwaYear] : row)) },
]);

async function lawSheetValues(withLaw: boolean): Promise<unknown[][]> {
  const master = await importMasterFile(new Uint8Array(fs.readFileSync(path.resolve(__dirname, "../../cli/fixtures/payroll-master.csv"))), "payroll-master.csv");
  const plan = planPayrollWorkbook({ employees: master.employees, variables: [], settings: defaultPayrollSettings(BONUS.month), law: withLaw ? law : undefined });
  const sheet = plan.sheets.find((s) => s.name === SHEET.law)!;
  return sheet.blocks.flatMap((b) => (b.kind === "values" ? (b.values as unknown[][]) : []));
}

test("with the clerk's law: their rows and their table are on 法令データ", async () => {
  const values = await lawSheetValues(true);
  expect(values.some((r) => r[0] === USER_TITLE)).toBe(true);
  expect(values.at(-1)!.slice(0, 3)).toEqual(["賞与の算出率の表", BONUS.reiwaYear, "国税庁の表のとおり（173行）"]);
});

test("without it: the built-in law only", async () => {
  const values = await lawSheetValues(false);
  expect(values.some((r) => r[0] === USER_TITLE)).toBe(false);
  expect(values.some((r) => r[0] === "賞与の算出率の表")).toBe(false);
});
