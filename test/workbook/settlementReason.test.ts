/**
 * 前月精算の理由 on the payslip, checked in the .xlsx at the XML level. Next month's 勤怠・変動 as `sonae settle
 * --variables … --out` writes it (the clerk's items, the 前月精算 columns and 理由) is imported with its reasons; the
 * 勤怠・変動 sheet keeps them right of 入力元 and each payslip's 備考 prints 「前月精算: 理由」 for the employees with
 * a 前月精算 — cached in the file with formulas and in the values-only file alike. Someone without a settlement gets
 * no such text, and a reason typed without an amount is not printed (nothing moved the net pay).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { defaultPayrollSettings } from "../../src/calc/payroll/settings";
import { importMasterFile, importVariablesFile } from "../../src/import";
import { listZip, readZipEntry } from "../../src/import/zip";
import { collectLawInfo } from "../../src/workbook/lawInfo";
import { planWorkbook } from "../../src/workbook/plan";
import { planToXlsx } from "../../src/workbook/xlsx/writer";
import { FORMULA_CATALOGUE } from "../../src/functions/registry";
import { PAYSLIP_ROW, PAYSLIP_ROWS } from "../../src/workbook/sheets/payslips";

const example = (f: string) => new Uint8Array(fs.readFileSync(path.resolve(__dirname, "../../examples", f)));

// The reasons as `sonae settle` words them (test/cli/provisional.test.ts): 仮払い 376,261 against a true 380,000 is
// 3,739 too little; 263,155 against 250,000 is 13,155 too much.
const SHORT = "仮払い 376,261円、確定した差引支給額 380,000円の差額（不足）です。";
const OVER = "仮払い 263,155円、確定した差引支給額 250,000円の差額（過払い）です。";
const VARIABLES = [
  "社員番号,残業時間,深夜時間,臨時の控除,前月精算（支給）,前月精算（控除）,理由",
  `0001,10,,,3739,,"${SHORT}"`,
  `0002,5.5,,,,13155,"${OVER}"`,
  "0003,12,2,3000,,,",
  "0004,,,,,,金額のない理由",
].join("\r\n");

type Part = (name: string) => Promise<string>;

function parts(bytes: Uint8Array): Part {
  const entries = listZip(bytes);
  return async (name) => new TextDecoder().decode(await readZipEntry(bytes, entries.get(name)!));
}

const unescape = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");

/** The text a cell shows: a formula's cached string, an inline string or a shared string. */
async function cellText(part: Part, sheet: string, ref: string): Promise<string> {
  const cell = new RegExp(`<c r="${ref}"[^>]*?(?:/>|>.*?</c>)`).exec(sheet)?.[0] ?? "";
  if (/t="s"/.test(cell)) {
    const strings = [...(await part("xl/sharedStrings.xml")).matchAll(/<si>(.*?)<\/si>/g)].map((m) => [...m[1].matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((t) => t[1]).join(""));
    return unescape(strings[Number(/<v>(\d+)<\/v>/.exec(cell)![1])]);
  }
  return unescape(/<v>([^<]*)<\/v>/.exec(cell)?.[1] ?? /<t[^>]*>([^<]*)<\/t>/.exec(cell)?.[1] ?? "");
}

/** 備考 of the k-th payslip (0-based, the master's order): column B of its remarks row. */
const remarksRef = (k: number) => `B${k * PAYSLIP_ROWS + PAYSLIP_ROW.remarks + 1}`;

describe.each([["with formulas", false], ["values only", true]])("%s", (_name, valuesOnly) => {
  let part: Part;
  let payslips: string;
  beforeAll(async () => {
    const employees = (await importMasterFile(example("master.csv"), "master.csv")).employees;
    const imported = await importVariablesFile(new TextEncoder().encode(VARIABLES), "settlement.csv", undefined, employees);
    const settings = defaultPayrollSettings("2027-01", { companyName: "ソナエ商事株式会社" });
    const plan = planWorkbook({ employees, variables: imported.variables, settings, lawInfo: collectLawInfo({ settings }) });
    part = parts(await planToXlsx(plan, { valuesOnly, formulas: FORMULA_CATALOGUE }));
    payslips = await part("xl/worksheets/sheet6.xml");
  }, 30_000);

  test("備考 prints the reason of each 前月精算", async () => {
    expect(await cellText(part, payslips, remarksRef(0))).toBe(`前月精算: ${SHORT}　`);
    expect(await cellText(part, payslips, remarksRef(1))).toBe(`前月精算: ${OVER}　`);
  });

  test("no settlement, no reason; a reason without an amount is not printed", async () => {
    expect(await cellText(part, payslips, remarksRef(2))).toBe("");
    expect(await cellText(part, payslips, remarksRef(3))).toBe("");
  });

  test("勤怠・変動 keeps the reasons in 前月精算の理由, right of 入力元", async () => {
    const sheet = await part("xl/worksheets/sheet3.xml");
    const row1 = /<row r="1"[^>]*>(.*?)<\/row>/.exec(sheet)![1];
    const refs = [...row1.matchAll(/<c r="([A-Z]+1)"/g)].map((m) => m[1]);
    const headers = await Promise.all(refs.map((ref) => cellText(part, sheet, ref)));
    expect(headers.slice(-2)).toEqual(["入力元", "前月精算の理由"]);
    const col = refs.at(-1)!.replace("1", "");
    expect([await cellText(part, sheet, `${col}2`), await cellText(part, sheet, `${col}3`), await cellText(part, sheet, `${col}5`)]).toEqual([SHORT, OVER, "金額のない理由"]);
  });
});
