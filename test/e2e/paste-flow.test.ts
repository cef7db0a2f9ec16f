/**
 * The other way in ("or a sheet the user pasted into"), end to end in real headless Chromium on
 * the built add-in: the clerk has pasted master rows into the active sheet of the in-memory Excel
 * (test/support/fakeExcel.ts, bundled for the page in place of office.js) — a 社員番号 12 shown as 0012 by a
 * "0000" format, birth dates as Excel date serials shown through "yyyy/m/d", and a birth date Excel could
 * not read as a date (1990/13/01, left as text). She presses 「貼り付けたシートから読み込む」, sees the
 * problem named by the sheet's row and column, imports the valid rows, and builds the workbook. The test
 * reads the workbook back, calculates it the way Excel would, and checks each employee's figures on 給与計算
 * against computePayroll for the same employees read from a CSV of the text the clerk sees on the sheet
 * (the tested file path), so the sheet path must read codes, dates and amounts exactly as the file path.
 *
 *   npx webpack --mode production && npx jest -c jest.e2e.config.js test/e2e/paste-flow.test.ts
 *
 * Screenshots of every step go to /tmp/sonae-screens/paste-*.png.
 */
import { describeInBrowser, OFFICE_JS_HOST, openBrowser } from "./harness";
import { officeWithFakeExcel } from "./support/excelStub";
import { heading, paneFixture, screenshotter } from "./support/paneSession";
import { evaluateReadBack, headerColumn, readWorkbook, spillSizes } from "./support/readBack";
import { importMasterFile, MASTER_TEMPLATE_HEADERS } from "../../src/import";
import { computePayroll } from "../../src/calc/payroll/computePayroll";
import { defaultPayrollSettings } from "../../src/calc/payroll/settings";
import { planWorkbook } from "../../src/workbook/plan";
import { collectLawInfo } from "../../src/workbook/lawInfo";
import { SHEET } from "../../src/workbook/layout";
import type { PayrollDetail } from "../../src/calc/payroll/payrollResult";

const PERIOD = "2026-04";
const PAY_DATE = "2026-04-24";

/** An Excel date serial (1900 date system, from 1900-03-01): days since 1899-12-30. */
const serial = (y: number, m: number, d: number) => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;

const HEADERS = ["社員番号", "氏名", "氏名カナ", "生年月日", "入社日", "給与形態", "基本給", "固定手当", "通勤手当", "通勤手当の非課税額", "健康保険", "健保標準報酬月額", "厚年標準報酬月額", "雇用保険", "税区分", "扶養親族等の数", "住民税", "銀行コード", "支店コード", "預金種目", "口座番号", "口座名義カナ"];
const DATE = "yyyy/m/d";
/** Number formats of the pasted columns (the source workbook's): codes padded with zeros, dates as dates. */
const FORMATS: Record<string, string> = { 社員番号: "0000", 生年月日: DATE, 入社日: DATE, 基本給: "#,##0", 銀行コード: "0000", 支店コード: "000" };

/** What the paste left in the cells (values) — row 1 the headers, rows 2–4 the employees (sheet rows). */
const PASTED: (string | number)[][] = [
  HEADERS,
  [12, "山田 太郎", "ヤマダ タロウ", serial(1985, 4, 1), serial(2015, 4, 1), "月給", 300000, 20000, 10000, 10000, "東京都", 320000, 320000, "一般", "甲", 2, 15000, 5, 1, "普通", 1234567, "ヤマダ タロウ"],
  // Excel reads 1990/13/01 as no date, so the cell keeps the text: an error naming row 3, 生年月日.
  [13, "鈴木 一郎", "スズキ イチロウ", "1990/13/01", serial(2020, 4, 1), "月給", 280000, 0, 0, 0, "東京都", 280000, 280000, "一般", "甲", 1, 12000, 1, 100, "普通", 1111111, "スズキ イチロウ"],
  [14, "伊藤 美咲", "イトウ ミサキ", serial(1960, 3, 3), serial(2010, 4, 1), "月給", 220000, 5000, 12000, 12000, "大阪府", 240000, 240000, "一般", "甲", 1, 8000, 9, 123, "普通", 3333333, "イトウ ミサキ"],
];

/** The same rows as the clerk sees them on the sheet (Range.text: 0012, 1985/4/1, 300,000). */
const SHOWN: string[][] = [
  HEADERS,
  ["0012", "山田 太郎", "ヤマダ タロウ", "1985/4/1", "2015/4/1", "月給", "300,000", "20000", "10000", "10000", "東京都", "320000", "320000", "一般", "甲", "2", "15000", "0005", "001", "普通", "1234567", "ヤマダ タロウ"],
  ["0013", "鈴木 一郎", "スズキ イチロウ", "1990/13/01", "2020/4/1", "月給", "280,000", "0", "0", "0", "東京都", "280000", "280000", "一般", "甲", "1", "12000", "0001", "100", "普通", "1111111", "スズキ イチロウ"],
  ["0014", "伊藤 美咲", "イトウ ミサキ", "1960/3/3", "2010/4/1", "月給", "220,000", "5000", "12000", "12000", "大阪府", "240000", "240000", "一般", "甲", "1", "8000", "0009", "123", "普通", "3333333", "イトウ ミサキ"],
];

/** SHOWN as a UTF-8 CSV (a field with a comma quoted) for the file import of the expectation. */
const SHOWN_CSV = SHOWN.map((l) => l.map((f) => (f.includes(",") ? `"${f}"` : f)).join(",")).join("\r\n");

const shot = screenshotter("paste-");

describeInBrowser("paste flow through the task pane (pasted sheet → problems → workbook)", () => {
  const f = paneFixture();

  test("the headers are the template's (a paste from the template maps itself)", () => {
    expect(HEADERS.every((h) => MASTER_TEMPLATE_HEADERS.includes(h))).toBe(true);
    expect(PASTED.length).toBeGreaterThan(1);
  });

  test("read the pasted sheet, see row 3's bad date, import the valid rows, build; 給与計算 equals computePayroll; nothing leaves 127.0.0.1", async () => {
    // The expectation: the file import of what the clerk sees, then computePayroll for each valid employee.
    const shown = await importMasterFile(new TextEncoder().encode(SHOWN_CSV), "shown.csv");
    expect(shown.employees.map((e) => e.id)).toEqual(["0012", "0014"]);
    const settings = defaultPayrollSettings(PERIOD, { payDate: PAY_DATE });
    const expected = new Map<string, PayrollDetail>();
    for (const employee of shown.employees) {
      const r = computePayroll({ employee, settings });
      if (r.status !== "paid") throw new Error(`${employee.id} not paid`);
      expected.set(employee.id, r.detail);
    }
    expect(expected.size).toBe(2);
    // The dates matter: 山田 (born 1985-04-01) is 41 and pays 介護保険; 伊藤 (born 1960-03-03) is 66 and does not.
    expect([expected.get("0012")!.care > 0, expected.get("0014")!.care]).toEqual([true, 0]);

    const session = (f.session = await openBrowser({ officeJs: officeWithFakeExcel() }));
    const { page, requests, errors } = session;
    await page.setViewportSize({ width: 480, height: 900 });
    await page.goto(`${f.server.origin}/taskpane.html`, { waitUntil: "load" });
    await heading(page, "1. ファイルを選択");

    // The paste: values and number formats into the active sheet, through the page's Excel.run.
    const formats = PASTED.map((line, r) => line.map((_, c) => (r === 0 ? "General" : (FORMATS[HEADERS[c]] ?? "General"))));
    const shownOnSheet = await page.evaluate(
      async ({ values, numberFormat }) => {
        const Excel = (window as unknown as { Excel: { run: <T>(b: (ctx: any) => Promise<T>) => Promise<T> } }).Excel;
        return Excel.run(async (ctx) => {
          const range = ctx.workbook.worksheets.getActiveWorksheet().getRangeByIndexes(0, 0, values.length, values[0].length);
          range.numberFormat = numberFormat;
          range.values = values;
          range.load("text");
          await ctx.sync();
          return range.text as string[][];
        });
      },
      { values: PASTED, numberFormat: formats },
    );
    // The sheet shows what the CSV of the expectation holds.
    expect(shownOnSheet).toEqual(SHOWN);

    await page.getByRole("button", { name: "貼り付けたシートから読み込む" }).click();

    // 2. 列の対応付け: the template's headers map themselves; the source is the sheet.
    await heading(page, "2. 列の対応付け");
    await expect(page.getByText("シートから貼り付け").first().isVisible()).resolves.toBe(true);
    await shot(page, "2-mapping");
    await page.getByRole("button", { name: "次へ（確認）" }).click();

    // 3. 確認: the bad date named by the sheet's row and the column, with the value.
    await heading(page, "3. 確認");
    const counts = page.getByLabel("取り込みの結果");
    await expect(counts.innerText()).resolves.toMatch(/取り込める行\s*2行/);
    await expect(counts.innerText()).resolves.toMatch(/エラーのある行\s*1行/);
    const problems = await page.getByRole("list", { name: "取り込みの問題の一覧" }).getByTestId("problem").allInnerTexts();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/エラー\s*3行目\s*生年月日\s*値: 1990\/13\/01\s*日付として読めません/);
    // The source is a sheet, and the review says so: fix the sheet, not a file.
    await expect(page.getByRole("button", { name: "シートを修正する" }).isVisible()).resolves.toBe(true);
    await expect(page.getByText(/元のシートを直して読み込み直すか/).isVisible()).resolves.toBe(true);
    await expect(page.getByRole("button", { name: "ファイルを修正する" }).count()).resolves.toBe(0);
    await shot(page, "3-review");
    await page.getByRole("button", { name: "正しい行だけ取り込む" }).click();

    // 4. 設定, 5. ブック作成
    await heading(page, "4. 設定");
    await page.getByLabel("対象年月").fill(PERIOD);
    await page.getByLabel("支給日").fill(PAY_DATE);
    await page.getByRole("button", { name: "次へ（ブック作成）" }).click();
    await heading(page, "5. ブック作成");
    await page.getByRole("button", { name: "給与計算ブックを作成" }).click();
    await page.getByText("ブックを作成しました").waitFor({ state: "visible", timeout: 60_000 });
    await shot(page, "5-build");

    // The workbook as written, calculated as Excel would, holds computePayroll's figures for each employee.
    const plan = planWorkbook({ employees: shown.employees, variables: [], settings, lawInfo: collectLawInfo({ settings }) });
    const book = await readWorkbook(page);
    expect(book.map((s) => s.name)).toEqual(expect.arrayContaining(plan.sheets.map((s) => s.name)));
    const calc = evaluateReadBack(book, spillSizes(plan));
    const P = SHEET.payroll;
    const items = ["社員番号", "総支給額", "健康保険", "介護保険", "厚生年金", "雇用保険", "所得税", "住民税", "差引支給額"] as const;
    const cols = Object.fromEntries(items.map((h) => [h, headerColumn(calc, P, h)]));
    for (const [i, id] of [...expected.keys()].entries()) {
      const d = expected.get(id)!;
      const got = Object.fromEntries(items.map((h) => [h, calc.value(P, i + 1, cols[h])]));
      expect({ id, ...got }).toEqual({
        id,
        社員番号: id,
        総支給額: d.gross,
        健康保険: d.health,
        介護保険: d.care,
        厚生年金: d.pension,
        雇用保険: d.employment,
        所得税: d.incomeTax,
        住民税: d.residentTax,
        差引支給額: d.net,
      });
    }
    // 従業員 keeps the codes as the sheet showed them.
    const employeesSheet = book.find((s) => s.name === SHEET.employees)!;
    const employeesRow1 = employeesSheet.cells.filter((c) => c.row === 1);
    expect(employeesRow1.find((c) => c.col === 0)?.value).toBe("0012");
    expect(employeesRow1.map((c) => c.value)).toEqual(expect.arrayContaining(["0005", "001"]));

    // The confirmed mapping is remembered in the workbook (Office.context.document.settings).
    const remembered = await page.evaluate(() => [...(window as unknown as { __sonaeSettings: Map<string, unknown> }).__sonaeSettings.keys()]);
    expect(remembered).toEqual(expect.arrayContaining(["sonae.masterMapping"]));

    expect(requests.filter((r) => r.handled === "blocked")).toEqual([]);
    for (const r of requests) expect([r.url, ["127.0.0.1", OFFICE_JS_HOST].includes(new URL(r.url).hostname)]).toEqual([r.url, true]);
    expect(errors).toEqual([]);
  }, 180_000);
});
