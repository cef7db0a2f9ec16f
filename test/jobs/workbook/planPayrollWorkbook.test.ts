/**
 * The payroll workbook plan takes the clerk's law whole: the rows they added and the 源泉徴収税額表 they
 * supplied are both listed on 法令データ (the test fixtures of src/calc/law: a 令和9年度 row for 東京都 and a
 * test copy of the 令和9年分 賞与の算出率の表, 173 rows).
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

const LAW = path.resolve(__dirname, "../../calc/law/fixtures");
const law = loadUserLaw([
  readUserLawFile("user-law-2027.csv", fs.readFileSync(path.join(LAW, "user-law-2027.csv"))),
  readUserLawFile("user-bonus-rate-r09-test-copy.csv", fs.readFileSync(path.join(LAW, "user-bonus-rate-r09-test-copy.csv"))),
]);

async function lawSheetValues(withLaw: boolean): Promise<unknown[][]> {
  const master = await importMasterFile(new Uint8Array(fs.readFileSync(path.resolve(__dirname, "../../cli/fixtures/payroll-master.csv"))), "payroll-master.csv");
  const plan = planPayrollWorkbook({ employees: master.employees, variables: [], settings: defaultPayrollSettings("2027-04"), law: withLaw ? law : undefined });
  const sheet = plan.sheets.find((s) => s.name === SHEET.law)!;
  return sheet.blocks.flatMap((b) => (b.kind === "values" ? (b.values as unknown[][]) : []));
}

test("with the clerk's law: their rows and their table are on 法令データ", async () => {
  const values = await lawSheetValues(true);
  expect(values.some((r) => r[0] === USER_TITLE)).toBe(true);
  expect(values.at(-1)!.slice(0, 3)).toEqual(["賞与の算出率の表", "令和9年分", "国税庁の表のとおり（173行）"]);
});

test("without it: the built-in law only", async () => {
  const values = await lawSheetValues(false);
  expect(values.some((r) => r[0] === USER_TITLE)).toBe(false);
  expect(values.some((r) => r[0] === "賞与の算出率の表")).toBe(false);
});
