/**
 * The clerk's flow at the widths people really have: 350 px (Excel's task pane) and 500 px, in the task
 * pane (with the in-memory Excel stand-in) and in the plain page without Excel (dist/app.html). At every
 * step: nothing wider than the window, no line of text squeezed under 120 px. The plain page must also
 * hand over real files: the payroll workbook (.xlsx, formula cells carrying their values — or values only),
 * whose 差引支給額 total is the `payroll` command's for the same valid rows, the 全銀 file with the same
 * total, and the 年末調整検算 workbook. Only the stable test contract is used (data-testid: master-file,
 * problem, import-valid, period, pay-date, next, build).
 *
 *   npm run build && npx jest -c jest.e2e.config.js test/e2e/narrow-and-plain-page.test.ts
 *
 * Screenshots go to /tmp/sonae-screens/ (narrow-*.png).
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { describeInBrowser, OFFICE_JS_HOST, ROOT, openBrowser } from "./harness";
import { officeWithFakeExcel } from "./support/excelStub";
import { fillSender, heading, paneFixture, SCREENS, screenshotter } from "./support/paneSession";
import { masterCsvBytes, VALID_IDS } from "../taskpane/fixtures";
import { runPayrollFromFiles } from "../../src/cli/payrollRun";
import { SHEET } from "../../src/workbook/layout";
import { YEAR_END_SHEET } from "../../src/workbook/yearEndPlan";
import { parseZenginFile } from "../../src/zengin/parse";

const PERIOD = "2026-04";
const PAY_DATE = "2026-04-24"; // a Friday, a bank business day
const shot = screenshotter("narrow-");

/** Sideways overflow of the page, and every text block narrower than 120 px (with its text). */
async function layoutProblems(page: Page): Promise<{ overflow: number; narrow: string[] }> {
  return page.evaluate(() => {
    const doc = document.documentElement;
    const texts = document.querySelectorAll('[data-testid="problem"] > span, [data-testid="transfer"] > span, [data-testid="transfer"] > ul, ul[aria-label="列の対応付け"] > li > span, td, main p, main section > span');
    const narrow = [...texts]
      .filter((e) => (e.textContent ?? "").trim().length > 0 && e.getBoundingClientRect().width > 0 && e.getBoundingClientRect().width < 120)
      .map((e) => `${Math.round(e.getBoundingClientRect().width)}px: ${(e.textContent ?? "").slice(0, 40)}`);
    return { overflow: doc.scrollWidth - doc.clientWidth, narrow };
  });
}

async function expectFits(page: Page, where: string): Promise<void> {
  const l = await layoutProblems(page);
  expect({ where, ...l }).toEqual({ where, overflow: 0, narrow: [] });
}

/** A cell as read back: a formula cell's stored result, or the value itself. */
function stored(v: unknown): { value: unknown; formula: boolean } {
  return typeof v === "object" && v !== null && "result" in v ? { value: (v as { result: unknown }).result, formula: true } : { value: v, formula: false };
}

/** The total of a column over the employee rows of a sheet, reading each formula cell's stored value. */
async function columnTotal(bytes: Buffer, sheet: string, header: string, ids: readonly string[]): Promise<{ total: number; formulas: number; rows: number }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  const headers = (ws.getRow(1).values as unknown[]).map((v) => String(stored(v).value ?? ""));
  const netCol = headers.indexOf(header);
  const idCol = headers.indexOf("社員番号");
  expect([netCol > 0, idCol > 0]).toEqual([true, true]);
  let total = 0;
  let formulas = 0;
  let rows = 0;
  ws.eachRow((row, n) => {
    if (n === 1 || !ids.includes(String(stored(row.getCell(idCol).value).value))) return;
    rows++;
    const net = stored(row.getCell(netCol).value);
    if (net.formula) formulas++;
    if (typeof net.value !== "number") throw new Error(`${sheet} row ${n}: ${header} is ${JSON.stringify(row.getCell(netCol).value)}`);
    total += net.value;
  });
  return { total, formulas, rows };
}

describeInBrowser("narrow pane and plain page (350 px and 500 px)", () => {
  const f = paneFixture();
  let csvPath: string;
  let expectedNet: number;

  beforeAll(async () => {
    csvPath = path.join(f.dir, "従業員マスタ.csv");
    fs.writeFileSync(csvPath, masterCsvBytes());
    // The `payroll` command's figures for the same file (its valid rows).
    const run = await runPayrollFromFiles({ masterPath: csvPath, period: PERIOD, payDate: PAY_DATE });
    expect(run.lines.map((l) => l.employeeId)).toEqual(VALID_IDS);
    expectedNet = run.lines.reduce((n, l) => n + l.net, 0);
    expect(expectedNet).toBeGreaterThan(0);
  });

  afterEach(async () => {
    await f.session?.close();
    f.session = undefined;
  });

  const cases = [
    { where: "page", width: 350, valuesOnly: false },
    { where: "page", width: 500, valuesOnly: true },
    { where: "pane", width: 350, valuesOnly: false },
    { where: "pane", width: 500, valuesOnly: false },
  ] as const;

  test.each(cases)("$where at $width px: every step fits; the files hold the payroll command's figures", async ({ where, width, valuesOnly }) => {
    const page_ = where === "page";
    const session = (f.session = await openBrowser({ officeJs: page_ ? "abort" : officeWithFakeExcel() }));
    const { page, requests, errors } = session;
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`${f.server.origin}/${page_ ? "app.html" : "taskpane.html"}`, { waitUntil: "load" });
    const name = `${where}-${width}`;

    await heading(page, "1. ファイルを選択");
    await expectFits(page, "file");
    await page.getByTestId("master-file").setInputFiles(csvPath);

    await heading(page, "2. 列の対応付け");
    await expectFits(page, "mapping");
    await shot(page, `${name}-2-mapping`);
    await page.getByTestId("next").click();

    await heading(page, "3. 確認");
    // Focus moved to the new step's heading.
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("3. 確認");
    const problems = await page.getByTestId("problem").allInnerTexts();
    expect(problems.length).toBeGreaterThanOrEqual(3);
    expect(problems.find((p) => p.includes("1990/13/01"))).toMatch(/エラー\s*4行目\s*生年月日\s*値: 1990\/13\/01\s*日付として読めません/);
    await expectFits(page, "review");
    await shot(page, `${name}-3-review`);
    await page.getByTestId("import-valid").click();

    await heading(page, "4. 設定");
    await page.getByTestId("period").fill(PERIOD);
    await page.getByTestId("pay-date").fill(PAY_DATE);
    await expectFits(page, "settings");
    await shot(page, `${name}-4-settings`);
    await page.getByTestId("next").click();

    await heading(page, "5. ブック作成");
    await expectFits(page, "build");
    if (page_) {
      if (valuesOnly) await page.getByRole("radio", { name: /値のみ/ }).check();
      const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.getByTestId("build").click()]);
      expect(download.suggestedFilename()).toBe(`給与計算_${PERIOD}.xlsx`);
      const book = await columnTotal(fs.readFileSync(await download.path()), SHEET.payroll, "差引支給額", VALID_IDS);
      expect(book.rows).toBe(VALID_IDS.length);
      expect(book.total).toBe(expectedNet);
      // Formulas carry their computed values; values only has none.
      expect(book.formulas).toBe(valuesOnly ? 0 : VALID_IDS.length);
    } else {
      await page.getByTestId("build").click();
    }
    await page.getByText("ブックを作成しました").waitFor({ state: "visible", timeout: 60_000 });
    await expectFits(page, "build done");
    await shot(page, `${name}-5-build`);
    if (page_ && width === 350) {
      // Payslips print from the page: A4, two a page, nothing else on paper.
      const pdf = path.join(f.dir, "payslips.pdf");
      await page.emulateMedia({ media: "print" });
      await expect(page.locator(".sonae-payslips section").count()).resolves.toBe(VALID_IDS.length);
      await page.pdf({ path: pdf, format: "A4", preferCSSPageSize: true });
      await page.emulateMedia({ media: "screen" });
      const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
      expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(Math.ceil(VALID_IDS.length / 2));
      expect(info).toMatch(/Page size:.*\(A4\)/);
      execFileSync("pdftoppm", ["-png", "-r", "40", "-f", "1", "-l", "1", pdf, path.join(SCREENS, "narrow-payslips")]);
      const text = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" });
      expect(text).toContain("差引支給額");
      expect(text).not.toContain("ブック作成");
    }
    await page.getByTestId("next").click();

    await heading(page, "6. 振込データ作成");
    if (!page_) await page.getByRole("radio", { name: "取り込んだデータから計算した差引支給額" }).check();
    await fillSender(page, PAY_DATE);
    const transfers = await page.getByTestId("transfer").allInnerTexts();
    expect(transfers).toHaveLength(VALID_IDS.length);
    for (const t of transfers) expect(t).toMatch(/OK[\s\S]*\d{1,3}(,\d{3})*円/);
    await expectFits(page, "transfer");
    await shot(page, `${name}-6-transfer`);
    const download = async () => {
      const [zengin] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /振込データ（.*）をダウンロード/ }).click()]);
      const file = parseZenginFile(new Uint8Array(fs.readFileSync(await zengin.path())));
      expect(file.problems).toEqual([]);
      return file.records.find((r) => r.kind === "trailer")!.fields;
    };
    expect(Number((await download()).total)).toBe(expectedNet);
    if (width === 500) {
      // The clerk leaves 佐藤 花子 out (paid in cash): the file is made for the two others, the reason stays listed.
      const sato = page.getByTestId("transfer").filter({ hasText: "佐藤 花子" });
      await sato.getByRole("checkbox", { name: "このファイルから外す" }).check();
      await sato.getByRole("textbox").fill("現金で支給");
      await expect(sato.innerText()).resolves.toMatch(/振込しない[\s\S]*ファイルから外しました: 現金で支給/);
      const fields = await download();
      expect(Number(fields.count)).toBe(VALID_IDS.length - 1);
      const satoNet = (await runPayrollFromFiles({ masterPath: csvPath, period: PERIOD, payDate: PAY_DATE })).lines.find((l) => l.employeeId === "0002")!.net;
      expect(Number(fields.total)).toBe(expectedNet - satoNet);
      await shot(page, `${name}-6b-left-out`);
    }

    // The page asks nothing of any other host (not even office.js); the pane only office.js, answered locally.
    const allowed = page_ ? ["127.0.0.1"] : ["127.0.0.1", OFFICE_JS_HOST];
    for (const r of requests) expect([r.url, allowed.includes(new URL(r.url).hostname)]).toEqual([r.url, true]);
    expect(errors).toEqual([]);
  }, 240_000);

  test("the plain page at 350 px: the 年末調整 check downloads the 年末調整検算 workbook", async () => {
    const session = (f.session = await openBrowser({ officeJs: "abort" }));
    const { page, requests, errors } = session;
    await page.setViewportSize({ width: 350, height: 800 });
    await page.goto(`${f.server.origin}/app.html`, { waitUntil: "load" });
    await page.getByRole("button", { name: "年末調整の検算シートを作る" }).click();
    await page.locator('input[type="file"][aria-label="年末調整の従業員一覧のファイル"]').setInputFiles(path.join(ROOT, "examples/nencho-staff.csv"));
    await page.getByLabel("年分").fill("2026");
    await expect(page.getByLabel("従業員一覧の読み込み結果").innerText()).resolves.toMatch(/シートに載せる行\s*6行/);
    await expectFits(page, "year-end");
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.getByTestId("build").click()]);
    expect(download.suggestedFilename()).toBe("年末調整検算_2026.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(await download.path()) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(YEAR_END_SHEET)!;
    expect(ws.getCell("B1").value).toBe(2026);
    // 国税庁「令和8年分 年末調整のしかた」の計算例 (E001): 年調年税額 41,400円 is somewhere on E001's row.
    let e001: unknown[] = [];
    ws.eachRow((row) => {
      const values = (row.values as unknown[]).map((v) => (typeof v === "object" && v !== null && "result" in v ? (v as { result: unknown }).result : v));
      if (values.includes("E001")) e001 = values;
    });
    expect(e001).toContain(41_400);
    await page.getByText("年末調整検算シートを作成しました").waitFor({ state: "visible" });
    await shot(page, "page-350-year-end");
    for (const r of requests) expect([r.url, new URL(r.url).hostname === "127.0.0.1"]).toEqual([r.url, true]);
    expect(errors).toEqual([]);
  }, 120_000);
});
