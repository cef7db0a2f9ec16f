/**
 * The .xlsx round trip: written with exceljs, read back with exceljs. Sheets, text format and leading
 * zeros, formulas with their cached values (the payroll core's figures), custom functions stored as
 * Excel stores them (_xldudf_SONAE_…, in array formulas over their spill area), filled columns as shared
 * formulas, payslip print setup and page breaks, the 検算 highlight, and a values-only file without any
 * formula.
 */
import * as path from "node:path";
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { runPayrollFromFiles } from "../../src/cli/payrollRun";
import { importVariablesFile } from "../../src/import";
import { collectLawInfo } from "../../src/workbook/lawInfo";
import { planWorkbook } from "../../src/workbook/plan";
import { planToXlsx, toStoredFormula } from "../../src/workbook/xlsx";
import { listZip, readZipEntry } from "../../src/import/zip";

/** The XML of a part of the .xlsx (exceljs does not read back everything it writes: page breaks, a cached 0). */
async function part(bytes: Uint8Array, name: string): Promise<string> {
  const entry = listZip(bytes).get(name);
  if (!entry) throw new Error(`no part ${name}`);
  return new TextDecoder().decode(await readZipEntry(bytes, entry));
}

const ROOT = path.resolve(__dirname, "../..");

async function example() {
  const run = await runPayrollFromFiles({ masterPath: path.join(ROOT, "examples/master.csv"), period: "2026-11", variablesPath: path.join(ROOT, "examples/variables.csv") });
  const vars = await importVariablesFile(new Uint8Array(readFileSync(path.join(ROOT, "examples/variables.csv"))), "variables.csv", undefined, run.employees);
  const plan = planWorkbook({
    employees: run.employees,
    variables: vars.variables,
    settings: run.settings,
    lawInfo: collectLawInfo({ settings: run.settings }),
    previousResults: [{ employeeId: "0001", gross: 478_594, net: 376_000, variables: { employeeId: "0001" } }],
  });
  return { run, plan };
}

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

const col = (ws: ExcelJS.Worksheet, header: string) => {
  const row = ws.getRow(1).values as unknown[];
  const i = row.indexOf(header);
  if (i < 1) throw new Error(`no column ${header}`);
  return i;
};

test("a custom function call is stored with the _xldudf_ prefix and its namespace dot as an underscore", () => {
  expect(toStoredFormula("=SONAE.SI_HEALTH(A2:A11,'設定'!$B$10,FALSE)+SONAE.WHT_MONTHLY(1,2,\"甲\",3)")).toBe(
    "_xldudf_SONAE_SI_HEALTH(A2:A11,'設定'!$B$10,FALSE)+_xldudf_SONAE_WHT_MONTHLY(1,2,\"甲\",3)",
  );
  expect(toStoredFormula("=N(A1)")).toBe("N(A1)");
});

describe("with formulas", () => {
  let wb: ExcelJS.Workbook;
  let bytes: Uint8Array;
  let run: Awaited<ReturnType<typeof example>>["run"];
  beforeAll(async () => {
    const e = await example();
    run = e.run;
    bytes = await planToXlsx(e.plan);
    wb = await read(bytes);
  }, 30_000);

  test("the sheets", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(["設定", "従業員", "勤怠・変動", "給与計算", "賞与計算", "給与明細", "振込一覧", "集計", "検算", "法令データ"]);
  });

  test("従業員: codes are text with their zeros, in text-formatted cells; a frozen header", () => {
    const ws = wb.getWorksheet("従業員")!;
    expect(ws.getCell("A2").value).toBe("0001");
    expect(ws.getCell("A2").numFmt).toBe("@");
    expect(ws.getCell(3 + 1, col(ws, "口座番号")).value).toBe("0012345");
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 1 });
  });

  test("給与計算: every employee's figures are cached as the payroll core computed them", async () => {
    const ws = wb.getWorksheet("給与計算")!;
    const xml = await part(bytes, "xl/worksheets/sheet4.xml");
    const keys = [["gross", "総支給額"], ["socialInsurance", "社会保険料計"], ["incomeTax", "所得税"], ["net", "差引支給額"]] as const;
    run.lines.forEach((line, i) => {
      for (const [k, h] of keys) {
        const address = ws.getCell(i + 2, col(ws, h)).address;
        const cached = new RegExp(`<c r="${address}"[^>]*>(?:<f[^>]*/>|<f[^>]*>[^<]*</f>)<v>([^<]*)</v>`).exec(xml)?.[1];
        expect({ id: line.employeeId, [k]: Number(cached) }).toEqual({ id: line.employeeId, [k]: line[k] });
      }
    });
  });

  test("a filled column is a shared formula: the first cell's formula, the others moved", () => {
    const ws = wb.getWorksheet("給与計算")!;
    const c = col(ws, "差引支給額");
    const first = ws.getCell(2, c);
    const third = ws.getCell(4, c);
    expect(first.formula).toBe("P2-AA2");
    expect(third.formula).toBe("P4-AA4");
  });

  test("a custom function is an array formula over its spill area, stored as _xldudf_SONAE_…, values cached in every cell", () => {
    const ws = wb.getWorksheet("給与計算")!;
    const c = col(ws, "健康保険（控除月）");
    const anchor = ws.getCell(2, c).value as ExcelJS.CellFormulaValue & { shareType?: string; ref?: string };
    expect(anchor.formula).toMatch(/^_xldudf_SONAE_SI_HEALTH\(/);
    expect(anchor.shareType).toBe("array");
    expect(anchor.ref).toBe(`${ws.getColumn(c).letter}2:${ws.getColumn(c).letter}${run.employees.length + 1}`);
    expect(anchor.result).toBe(run.lines[0].health);
    expect(ws.getCell(3, c).value).toBe(run.lines[1].health);
  });

  test("給与明細: A4 portrait, centred, page breaks after every second payslip", async () => {
    const ws = wb.getWorksheet("給与明細")!;
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "portrait", horizontalCentered: true, printArea: "A1:H204" });
    const breaks = [...(await part(bytes, "xl/worksheets/sheet6.xml")).matchAll(/<brk id="(\d+)"[^>]*man="1"/g)].map((m) => Number(m[1]));
    expect(breaks).toEqual([34, 68, 102, 136, 170]); // a break after rows 34, 68, …: rows 35, 69, … start a page
    // The second payslip (17 rows each) starts on row 18; its 差引支給額 is on row 18 + 14.
    expect(ws.getCell("E18").value).toBe("給与明細書");
    expect((ws.getCell("H32").value as ExcelJS.CellFormulaValue).result).toBe(run.lines[1].net);
    expect(ws.getCell("E18").font.name).toBe("游ゴシック");
    expect(ws.getColumn(9).hidden).toBe(true);
  });

  test("検算: a rule highlights a non-zero difference", () => {
    const ws = wb.getWorksheet("検算")!;
    const cf = (ws as unknown as { conditionalFormattings: { ref: string; rules: { type: string; formulae: string[] }[] }[] }).conditionalFormattings;
    expect(cf.length).toBeGreaterThan(0);
    expect(cf[0].rules[0]).toMatchObject({ type: "expression", formulae: ["AND(ISNUMBER(E2),E2<>0)"] });
    const net = col(ws, "差引支給額 差額");
    expect((ws.getCell(2, net).value as ExcelJS.CellFormulaValue).result).toBe(run.lines[0].net - 376_000);
  });
});

test("values only: no formula anywhere, the same figures", async () => {
  const { run, plan } = await example();
  const wb = await read(await planToXlsx(plan, { valuesOnly: true }));
  for (const ws of wb.worksheets) {
    ws.eachRow((row) => row.eachCell((cell) => expect({ sheet: ws.name, at: cell.address, formula: cell.formula }).toEqual({ sheet: ws.name, at: cell.address, formula: undefined })));
  }
  const ws = wb.getWorksheet("給与計算")!;
  run.lines.forEach((line, i) => expect(ws.getCell(i + 2, col(ws, "差引支給額")).value).toBe(line.net));
}, 30_000);
