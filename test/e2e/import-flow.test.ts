/**
 * The main job end to end, in real headless Chromium on the built add-in (dist/): a Shift_JIS master
 * with problems is imported through the task pane, the problems are shown (row, column, value, what is
 * wrong) with the dropped マイナンバー column, the clerk imports the valid rows only, builds the workbook
 * into an in-memory Excel (test/support/fakeExcel.ts, bundled for the page in place of office.js), and
 * makes the 全銀 file. Then the test reads the workbook back, calculates it the way Excel would and
 * checks each employee's 健康保険・厚生年金・所得税・差引支給額 against computePayroll for the same input;
 * checks that the file's total is the sum of the net pay; and that no request left 127.0.0.1.
 *
 *   npm run build && npx jest test/e2e/import-flow.test.ts
 *
 * Screenshots of every step go to /tmp/sonae-screens/.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { describeInBrowser, OFFICE_JS_HOST, openBrowser } from "./harness";
import { officeWithFakeExcel } from "./support/excelStub";
import { fillSender, heading, paneFixture, screenshotter } from "./support/paneSession";
import { evaluateReadBack, headerColumn, readWorkbook, spillSizes } from "./support/readBack";
import { masterCsvBytes, VALID_IDS } from "../taskpane/fixtures";
import { importMasterFile } from "../../src/import";
import { computePayroll } from "../../src/calc/payroll/computePayroll";
import { defaultPayrollSettings } from "../../src/calc/payroll/settings";
import { planWorkbook } from "../../src/workbook/plan";
import { collectLawInfo } from "../../src/workbook/lawInfo";
import { SHEET } from "../../src/workbook/layout";
import { parseZenginFile } from "../../src/zengin/parse";
import type { PayrollDetail } from "../../src/calc/payroll/payrollResult";


const PERIOD = "2026-04";
const PAY_DATE = "2026-04-24"; // a Friday, a bank business day

const shot = screenshotter("");

describeInBrowser("import flow through the task pane (Shift_JIS master → workbook → 全銀)", () => {
  const f = paneFixture();

  test("import with problems, valid rows only, build, read back the figures, 全銀 file; nothing leaves 127.0.0.1", async () => {
    // A Shift_JIS master with a マイナンバー column and two bad rows (test/taskpane/fixtures.ts).
    const csvBytes = masterCsvBytes();
    const csvPath = path.join(f.dir, "従業員マスタ.csv");
    fs.writeFileSync(csvPath, csvBytes);

    // What the core computes for the same input (the expectation of every figure below).
    const imported = await importMasterFile(csvBytes, "従業員マスタ.csv");
    expect(imported.encoding).toBe("shift_jis");
    expect(imported.employees.map((e) => e.id)).toEqual(VALID_IDS);
    const settings = defaultPayrollSettings(PERIOD, { payDate: PAY_DATE });
    const expected = new Map<string, PayrollDetail>();
    for (const employee of imported.employees) {
      const r = computePayroll({ employee, settings });
      if (r.status !== "paid") throw new Error(`${employee.id} not paid`);
      expected.set(employee.id, r.detail);
    }
    expect(expected.size).toBeGreaterThan(0);

    const session = (f.session = await openBrowser({ officeJs: officeWithFakeExcel() }));
    const { page, requests, errors } = session;
    // About the width of Excel's task pane opened a little wider than its default.
    await page.setViewportSize({ width: 480, height: 900 });
    await page.goto(`${f.server.origin}/taskpane.html`, { waitUntil: "load" });

    // 1. ファイルを選択
    await heading(page, "1. ファイルを選択");
    await shot(page, "1-file");
    // The template comes from the page itself (a Blob), UTF-8 with BOM so that Excel opens it right.
    const [template] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "従業員マスタのテンプレート（CSV）をダウンロード" }).click()]);
    const templateText = fs.readFileSync(await template.path(), "utf8");
    expect(templateText.startsWith("\uFEFF社員番号,氏名,氏名カナ,生年月日,")).toBe(true);
    await page.locator('input[type="file"][aria-label="従業員マスタのファイル"]').setInputFiles(csvPath);

    // 2. 列の対応付け: the template maps itself; the encoding is shown; マイナンバー is not offered.
    await heading(page, "2. 列の対応付け");
    await expect(page.getByText("Shift_JIS（CP932）").first().isVisible()).resolves.toBe(true);
    await expect(page.getByText("取り込みません（マイナンバー等）").isVisible()).resolves.toBe(true);
    await shot(page, "2-mapping");
    await page.getByRole("button", { name: "次へ（確認）" }).click();

    // 3. 確認: counts, every problem with its row, column and value, the dropped column told.
    await heading(page, "3. 確認");
    const counts = page.getByLabel("取り込みの結果");
    await expect(counts.innerText()).resolves.toMatch(/取り込める行\s*3行/);
    await expect(counts.innerText()).resolves.toMatch(/エラーのある行\s*2行/);
    const rows = await page.getByRole("list", { name: "取り込みの問題の一覧" }).getByTestId("problem").allInnerTexts();
    const line = (needle: string) => rows.find((r) => r.includes(needle)) ?? "";
    expect(line("1990/13/01")).toMatch(/エラー\s*4行目\s*生年月日\s*値: 1990\/13\/01\s*日付として読めません/);
    expect(line("abc")).toMatch(/エラー\s*5行目\s*基本給\s*値: abc\s*金額として読めません/);
    expect(line("丙")).toMatch(/エラー\s*5行目\s*税区分\s*値: 丙\s*丙欄/);
    await expect(page.getByText(/列 「マイナンバー」 はマイナンバー・基礎年金番号など給与計算に使わない番号のため、取り込みませんでした/).isVisible()).resolves.toBe(true);
    // The dropped column's values are nowhere on the page.
    await expect(page.content()).resolves.not.toContain("123456789012");
    await shot(page, "3-review");
    await page.getByRole("button", { name: "正しい行だけ取り込む" }).click();

    // 4. 設定
    await heading(page, "4. 設定");
    await page.getByLabel("対象年月").fill(PERIOD);
    await page.getByLabel("支給日").fill(PAY_DATE);
    await shot(page, "4-settings");
    await page.getByRole("button", { name: "次へ（ブック作成）" }).click();

    // 5. ブック作成
    await heading(page, "5. ブック作成");
    await page.getByRole("button", { name: "給与計算ブックを作成" }).click();
    await page.getByText("ブックを作成しました").waitFor({ state: "visible", timeout: 60_000 });
    await shot(page, "5-build");

    // The workbook as written, calculated as Excel would, holds the core's figures for every employee.
    const plan = planWorkbook({ employees: imported.employees, variables: [], settings, lawInfo: collectLawInfo({ settings }) });
    const book = await readWorkbook(page);
    expect(book.map((s) => s.name)).toEqual(expect.arrayContaining(plan.sheets.map((s) => s.name)));
    const calc = evaluateReadBack(book, spillSizes(plan));
    const P = SHEET.payroll;
    const col = (h: string) => headerColumn(calc, P, h);
    const [idCol, healthCol, pensionCol, taxCol, netCol] = ["社員番号", "健康保険", "厚生年金", "所得税", "差引支給額"].map(col);
    for (const [i, id] of imported.employees.map((e) => e.id).entries()) {
      const row = i + 1;
      const d = expected.get(id)!;
      const got = { id: calc.value(P, row, idCol), health: calc.value(P, row, healthCol), pension: calc.value(P, row, pensionCol), incomeTax: calc.value(P, row, taxCol), net: calc.value(P, row, netCol) };
      expect(got).toEqual({ id, health: d.health, pension: d.pension, incomeTax: d.incomeTax, net: d.net });
    }
    // Codes keep their leading zeros: 従業員 holds 社員番号 and 銀行コード as text.
    const employeesSheet = book.find((s) => s.name === SHEET.employees)!;
    expect(employeesSheet.cells.find((c) => c.row === 1 && c.col === 0)?.value).toBe("0001");

    // Building again asks first, offers a backup, and says Excel cannot undo it.
    await page.getByRole("button", { name: "もう一度作成する" }).click();
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor({ state: "visible" });
    await expect(dialog.innerText()).resolves.toMatch(/元に戻す/);
    await shot(page, "5b-overwrite");
    await dialog.getByRole("button", { name: "バックアップしてから上書き" }).click();
    await page.getByText(/にバックアップしました/).waitFor({ state: "visible", timeout: 60_000 });
    const names = (await readWorkbook(page)).map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining([`${SHEET.payroll}_バックアップ`, SHEET.payroll]));

    // 6. 振込データ作成 from the pane's own calculation (the stand-in does not calculate the sheet).
    await page.getByRole("button", { name: "次へ（振込データ作成）" }).click();
    await heading(page, "6. 振込データ作成");
    await page.getByRole("radio", { name: "取り込んだデータから計算した差引支給額" }).check();
    await fillSender(page, PAY_DATE);
    // The name change さとう はなこ → ｻﾄｳ ﾊﾅｺ is listed for the clerk.
    const changes = await page.getByRole("list", { name: "変換した名前の一覧" }).getByRole("listitem").allInnerTexts();
    expect(changes.some((r) => r.includes("さとう はなこ") && r.includes("ｻﾄｳ ﾊﾅｺ"))).toBe(true);
    // Bank and branch names from the zengin-code table: a lazily loaded chunk of our own, from 127.0.0.1.
    await page.getByRole("button", { name: "全銀コード表で銀行名・支店名を確認" }).click();
    await page.getByText(/全銀コード表（zengin-code .*）で確認しました/).waitFor({ state: "visible", timeout: 60_000 });
    await shot(page, "6-transfer");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /振込データ（.*）をダウンロード/ }).click()]);
    expect(download.suggestedFilename()).toBe("ZENGIN_11_給与振込_20260424.txt");
    const file = parseZenginFile(new Uint8Array(fs.readFileSync(await download.path())));
    expect(file.problems).toEqual([]);
    const data = file.records.filter((r) => r.kind === "data");
    const trailer = file.records.find((r) => r.kind === "trailer")!;
    const nets = [...expected.values()].map((d) => d.net);
    expect(data.map((r) => Number(r.fields.amount))).toEqual(nets);
    expect(Number(trailer.fields.total)).toBe(nets.reduce((a, b) => a + b, 0));
    expect(Number(trailer.fields.count)).toBe(nets.length);

    // The mapping, the settings and the 依頼人 are remembered in the workbook (Office.context.document.settings).
    const remembered = await page.evaluate(() => [...(window as unknown as { __sonaeSettings: Map<string, unknown> }).__sonaeSettings.keys()]);
    expect(remembered).toEqual(expect.arrayContaining(["sonae.masterMapping", "sonae.payrollSettings", "sonae.zengin"]));

    // Nothing left the machine: office.js was answered locally, every other request went to 127.0.0.1.
    expect(requests.filter((r) => r.handled === "blocked")).toEqual([]);
    for (const r of requests) expect([r.url, ["127.0.0.1", OFFICE_JS_HOST].includes(new URL(r.url).hostname)]).toEqual([r.url, true]);
    expect(errors).toEqual([]);
  }, 180_000);
});
