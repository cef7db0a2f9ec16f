/**
 * The .xlsx as Excel reads it, checked at the XML level (the parts unzipped): sheets, text codes with
 * their zeros, cached values equal to the payroll core's figures, filled columns as shared formulas,
 * SONAE spills as dynamic arrays (cell metadata + xl/metadata.xml) stored as _xldudf_SONAE_…, no forced
 * recalculation on open, absolute print areas and page breaks, the 検算 highlight, hidden columns and
 * fonts, and a values-only file without any formula.
 */
import * as path from "node:path";
import { readFileSync } from "node:fs";
import { runPayrollFromFiles } from "../../src/cli/payrollRun";
import { importVariablesFile } from "../../src/import";
import { listZip, readZipEntry } from "../../src/import/zip";
import { collectLawInfo } from "../../src/workbook/lawInfo";
import { planWorkbook } from "../../src/workbook/plan";
import { WorkbookPlan } from "../../src/workbook/types";
import { planToXlsx, toStoredFormula } from "../../src/workbook/xlsx/writer";
import { FORMULA_CATALOGUE } from "../../src/functions/registry";

const ROOT = path.resolve(__dirname, "../..");

type Parts = (name: string) => Promise<string>;

function parts(bytes: Uint8Array): Parts {
  const entries = listZip(bytes);
  return async (name) => {
    const entry = entries.get(name);
    if (!entry) throw new Error(`no part ${name}`);
    return new TextDecoder().decode(await readZipEntry(bytes, entry));
  };
}

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

/** The `<c>` element of a cell. */
function cellXml(sheet: string, ref: string): string {
  const m = new RegExp(`<c r="${ref}"[^>]*?(?:/>|>.*?</c>)`).exec(sheet);
  if (!m) throw new Error(`no cell ${ref}`);
  return m[0];
}

/** Column letter of a header on row 1 of a sheet (headers are shared strings). */
async function headerColumn(part: Parts, sheet: string, header: string): Promise<string> {
  const strings = [...(await part("xl/sharedStrings.xml")).matchAll(/<si><t[^>]*>([^<]*)<\/t><\/si>/g)].map((m) => m[1]);
  const row1 = /<row r="1"[^>]*>(.*?)<\/row>/.exec(sheet)![1];
  for (const m of row1.matchAll(/<c r="([A-Z]+)1"[^>]*t="s"[^>]*><v>(\d+)<\/v>/g)) if (strings[Number(m[2])] === header) return m[1];
  throw new Error(`no header ${header}`);
}

const cachedNumber = (cell: string) => Number(/<v>([^<]*)<\/v>/.exec(cell)?.[1]);

test("a custom function call is stored with the _xldudf_ prefix and its namespace dot as an underscore", () => {
  expect(toStoredFormula("=SONAE.SI_HEALTH(A2:A11,'設定'!$B$10,FALSE)+SONAE.WHT_MONTHLY(1,2,\"甲\",3)")).toBe(
    "_xldudf_SONAE_SI_HEALTH(A2:A11,'設定'!$B$10,FALSE)+_xldudf_SONAE_WHT_MONTHLY(1,2,\"甲\",3)",
  );
  expect(toStoredFormula("=N(A1)")).toBe("N(A1)");
});

describe("with formulas", () => {
  let part: Parts;
  let run: Awaited<ReturnType<typeof example>>["run"];
  let payroll: string;
  let plan: WorkbookPlan;
  beforeAll(async () => {
    const e = await example();
    run = e.run;
    plan = e.plan;
    part = parts(await planToXlsx(e.plan, { formulas: FORMULA_CATALOGUE }));
    payroll = await part("xl/worksheets/sheet4.xml");
  }, 30_000);

  test("the sheets, and no forced recalculation on open: Excel shows the saved values", async () => {
    const wb = await part("xl/workbook.xml");
    expect([...wb.matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1])).toEqual(["設定", "従業員", "勤怠・変動", "給与計算", "賞与計算", "給与明細", "振込一覧", "集計", "検算", "法令データ"]);
    expect(wb).not.toMatch(/fullCalcOnLoad/);
    expect(wb).toMatch(/<calcPr calcId="191029"\/>/);
  });

  test("従業員: codes are text with their zeros, in text-formatted cells; a frozen header", async () => {
    const sheet = await part("xl/worksheets/sheet2.xml");
    const strings = [...(await part("xl/sharedStrings.xml")).matchAll(/<si><t[^>]*>([^<]*)<\/t><\/si>/g)].map((m) => m[1]);
    const a2 = cellXml(sheet, "A2");
    expect(strings[Number(/<v>(\d+)<\/v>/.exec(a2)![1])]).toBe("0001");
    const style = Number(/ s="(\d+)"/.exec(a2)![1]);
    const xf = [...(await part("xl/styles.xml")).matchAll(/<xf numFmtId="(\d+)"[^>]*xfId="0"/g)][style];
    expect(xf[1]).toBe("49"); // the built-in text format "@"
    expect(sheet).toMatch(/<pane xSplit="2" ySplit="1" topLeftCell="C2" activePane="bottomRight" state="frozen"\/>/);
  });

  test("給与計算: every employee's figures are cached as the payroll core computed them", async () => {
    const keys = [["gross", "総支給額"], ["socialInsurance", "社会保険料計"], ["incomeTax", "所得税"], ["net", "差引支給額"]] as const;
    for (const [k, h] of keys) {
      const col = await headerColumn(part, payroll, h);
      run.lines.forEach((line, i) => expect({ id: line.employeeId, [k]: cachedNumber(cellXml(payroll, `${col}${i + 2}`)) }).toEqual({ id: line.employeeId, [k]: line[k] }));
    }
  });

  test("a filled column is one shared formula: written on its first cell, referred to below", async () => {
    const col = await headerColumn(part, payroll, "差引支給額");
    const n = run.employees.length;
    expect(cellXml(payroll, `${col}2`)).toMatch(new RegExp(`<f t="shared" ref="${col}2:${col}${n + 1}" si="(\\d+)">P2-AA2\\+AB2-AC2</f>`));
    expect(cellXml(payroll, `${col}4`)).toMatch(/<f t="shared" si="\d+"\/><v>/);
  });

  test("a custom function is a dynamic array as Excel 365 saves it: cm=1, t=array over the spill, values in every cell", async () => {
    const col = await headerColumn(part, payroll, "健康保険（控除月）");
    const n = run.employees.length;
    const anchor = cellXml(payroll, `${col}2`);
    expect(anchor).toMatch(new RegExp(`^<c r="${col}2"[^>]* cm="1"><f t="array" ref="${col}2:${col}${n + 1}">_xldudf_SONAE_SI_HEALTH\\(`));
    expect(cachedNumber(anchor)).toBe(run.lines[0].health);
    expect(cellXml(payroll, `${col}3`)).not.toMatch(/<f/);
    expect(cachedNumber(cellXml(payroll, `${col}3`))).toBe(run.lines[1].health);
  });

  test("the dynamic-array metadata part, its content type and its workbook relationship", async () => {
    const meta = await part("xl/metadata.xml");
    expect(meta).toMatch(/<metadataType name="XLDAPR"/);
    expect(meta).toMatch(/<ext uri="\{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3\}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"\/>/);
    expect(meta).toMatch(/<cellMetadata count="1"><bk><rc t="1" v="0"\/><\/bk><\/cellMetadata>/);
    expect(await part("[Content_Types].xml")).toMatch(/<Override PartName="\/xl\/metadata.xml" ContentType="application\/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata\+xml"\/>/);
    expect(await part("xl/_rels/workbook.xml.rels")).toMatch(/Type="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships\/sheetMetadata" Target="metadata.xml"/);
  });

  test("給与明細: the plan's A4 setup, an absolute print area, the manual page breaks, every net pay cached as the core's", async () => {
    const sheet = await part("xl/worksheets/sheet6.xml");
    const print = plan.sheets[5].print!;
    expect(sheet).toMatch(new RegExp(`<pageSetup paperSize="9"${print.scale ? ` scale="${print.scale}"` : ""} orientation="${print.orientation.toLowerCase()}"/>`));
    if (print.centerHorizontally) expect(sheet).toMatch(/<printOptions horizontalCentered="1"\/>/);
    // A page starting at plan row R (zero-based) is a break after Excel row R.
    expect([...sheet.matchAll(/<brk id="(\d+)"[^>]*man="1"/g)].map((m) => Number(m[1]))).toEqual(print.pageBreaks);
    const a = print.printArea!;
    const lastRow = a.row + a.rows;
    expect(await part("xl/workbook.xml")).toMatch(new RegExp(`<definedName name="_xlnm.Print_Area" localSheetId="5">'給与明細'!\\$A\\$${a.row + 1}:\\$[A-Z]+\\$${lastRow}</definedName>`));
    // Every employee's 差引支給額 is cached on the payslips (a number, or the text of a TEXT formula).
    const cached = (n: number) => sheet.includes(`<v>${n}</v>`) || sheet.includes(`<v>${n.toLocaleString("en-US")}</v>`);
    for (const line of run.lines) expect({ id: line.employeeId, net: cached(line.net) }).toEqual({ id: line.employeeId, net: true });
  });

  test("検算: a rule highlights a non-zero difference, its cached difference the core's", async () => {
    const sheet = await part("xl/worksheets/sheet9.xml");
    expect(sheet).toMatch(/<conditionalFormatting sqref="E2:E\d+"><cfRule type="expression" dxfId="\d+" priority="1"><formula>AND\(ISNUMBER\(E2\),E2&lt;&gt;0\)<\/formula>/);
    const col = await headerColumn(part, sheet, "差引支給額 差額");
    expect(cachedNumber(cellXml(sheet, `${col}2`))).toBe(run.lines[0].net - 376_000);
  });
});

test("values only: no formula, no dynamic-array metadata anywhere, the same figures", async () => {
  const { run, plan } = await example();
  const bytes = await planToXlsx(plan, { valuesOnly: true, formulas: FORMULA_CATALOGUE });
  const part = parts(bytes);
  const names = [...listZip(bytes).keys()];
  expect(names).not.toContain("xl/metadata.xml");
  for (const name of names.filter((n) => n.startsWith("xl/worksheets/"))) expect({ name, formula: /<f[ >]/.test(await part(name)) }).toEqual({ name, formula: false });
  const payroll = await part("xl/worksheets/sheet4.xml");
  const col = await headerColumn(part, payroll, "差引支給額");
  run.lines.forEach((line, i) => expect(cachedNumber(cellXml(payroll, `${col}${i + 2}`))).toBe(line.net));
}, 30_000);

test("hidden columns, fonts, widths and row heights of the plan are written", async () => {
  const plan: WorkbookPlan = {
    sheets: [{
      name: "表", rows: 2, cols: 4, columnWidths: [10, 12], rowHeights: [{ row: 1, rows: 1, height: 30 }],
      hiddenColumns: [{ col: 2, cols: 2 }],
      formats: [{ row: 0, col: 0, rows: 1, cols: 2, bold: true, fontName: "游ゴシック", fontSize: 14 }],
      blocks: [{ kind: "values", row: 0, col: 0, values: [["見出し", 1, 2, 3], ["a", 4, 5, 6]] }],
    }],
  };
  const part = parts(await planToXlsx(plan));
  const sheet = await part("xl/worksheets/sheet1.xml");
  expect(sheet).toMatch(/<cols><col min="1" max="1" width="10" customWidth="1"\/><col min="2" max="2" width="12" customWidth="1"\/><col min="3" max="3" width="9.140625" hidden="1"\/><col min="4" max="4" width="9.140625" hidden="1"\/><\/cols>/);
  expect(sheet).toMatch(/<row r="2" ht="30" customHeight="1">/);
  expect(await part("xl/styles.xml")).toMatch(/<font><b\/><sz val="14"\/><name val="游ゴシック"\/><\/font>/);
  expect(await part("docProps/app.xml")).toMatch(/<Application>Microsoft Excel<\/Application>/);
});

test("row heights apply in order, a later area over an earlier one, as the Excel writer sets them (payslip titles)", async () => {
  const plan: WorkbookPlan = {
    sheets: [{
      name: "明細", rows: 4, cols: 1, columnWidths: [10],
      rowHeights: [{ row: 0, rows: 4, height: 22 }, { row: 0, rows: 1, height: 30 }, { row: 2, rows: 1, height: 30 }],
      formats: [],
      blocks: [{ kind: "values", row: 0, col: 0, values: [["給与明細書"], ["a"], ["給与明細書"], ["b"]] }],
    }],
  };
  const sheet = await parts(await planToXlsx(plan))("xl/worksheets/sheet1.xml");
  const heights = [...sheet.matchAll(/<row r="(\d+)" ht="(\d+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
  expect(heights).toEqual([[1, 30], [2, 22], [3, 30], [4, 22]]);
});

test("a sheet larger than Excel's 1,048,576 rows is refused up front, in Japanese, naming the sheet", async () => {
  const plan: WorkbookPlan = { sheets: [{ name: "給与計算", rows: 1_048_577, cols: 3, columnWidths: [], formats: [], blocks: [] }] };
  await expect(planToXlsx(plan)).rejects.toThrow(/シート「給与計算」は 1,048,577 行.*上限（1,048,576 行/);
});
