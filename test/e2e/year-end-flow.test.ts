/**
 * 年末調整の検算シートを作る, end to end in headless Chromium on the built add-in (dist/): from step 1 the clerk
 * opens the year-end flow (an on-demand chunk), downloads the staff-list template, loads a list with a bad
 * row (the problem by row, column and value), then examples/nencho-staff.csv for 令和8年分: E005
 * (21,000,000円, over the 2,000万円 of 所得税法第190条) is reported 対象外 before anything is written. The
 * sheet is written into the in-memory Excel (test/support/fakeExcel.ts), read back and calculated as Excel
 * would: E001 — the 国税庁 worked example of 「令和8年分 年末調整のしかた」 — has 年調年税額 41,400 and
 * 過不足 115,270 (還付), E005 is 対象外. Writing again asks first; back to the payroll flow; nothing leaves
 * 127.0.0.1.
 *
 *   npx webpack --mode production && npx jest -c jest.e2e.config.js test/e2e/year-end-flow.test.ts
 *
 * Screenshots go to /tmp/sonae-screens/year-end-*.png.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { describeInBrowser, OFFICE_JS_HOST, ROOT, openBrowser } from "./harness";
import { officeWithFakeExcel } from "./support/excelStub";
import { heading, paneFixture, screenshotter } from "./support/paneSession";
import { evaluateReadBack, readWorkbook, spillSizes } from "./support/readBack";
import { readStaffList } from "../../src/import/nenchoStaff";
import { planYearEndWorkbook, YEAR_END_SHEET } from "../../src/workbook/yearEndPlan";

const EXAMPLE = path.join(ROOT, "examples/nencho-staff.csv");

const shot = screenshotter("year-end-");

describeInBrowser("year-end check through the task pane (staff list → 年末調整検算 sheet)", () => {
  const f = paneFixture();

  test("open from step 1, a bad row shown, the example list for 令和8年分: E005 対象外, write; E001 = 41,400 / 115,270; back; nothing leaves 127.0.0.1", async () => {
    const list = readStaffList(fs.readFileSync(EXAMPLE));
    expect(list.rows.length).toBeGreaterThan(0);
    const badPath = path.join(f.dir, "年調-エラーあり.csv");
    fs.writeFileSync(badPath, "社員番号,氏名,支給総額,社会保険料,源泉徴収済額\r\nE1,良い,3000000,450000,30000\r\nE2,悪い,abc,0,0\r\n");

    const session = (f.session = await openBrowser({ officeJs: officeWithFakeExcel() }));
    const { page, requests, errors } = session;
    await page.setViewportSize({ width: 480, height: 900 });
    await page.goto(`${f.server.origin}/taskpane.html`, { waitUntil: "load" });
    await heading(page, "1. ファイルを選択");
    const before = requests.length;
    await page.getByRole("button", { name: "年末調整の検算シートを作る" }).click();
    await heading(page, "年末調整の検算シートを作る");
    // The flow came as a chunk of its own, from 127.0.0.1, only now.
    expect(requests.slice(before).some((r) => r.handled === "local" && /\/\d+\.js$/.test(new URL(r.url).pathname))).toBe(true);
    // The 年分 defaults to this year's 年末調整 (the calendar year of the page's clock).
    const thisYear = await page.evaluate(() => new Date().getFullYear());
    await expect(page.getByLabel("年分").inputValue()).resolves.toBe(String(thisYear));
    await shot(page, "1-open");

    // The template comes from the page itself (a Blob): templates/nencho-template.csv.
    const [template] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "年末調整の従業員一覧のテンプレート（CSV）をダウンロード" }).click(),
    ]);
    expect(fs.readFileSync(await template.path()).equals(fs.readFileSync(path.join(ROOT, "templates/nencho-template.csv")))).toBe(true);

    const input = page.locator('input[type="file"][aria-label="年末調整の従業員一覧のファイル"]');
    // A list with a bad row: the row, the column, the value as typed and the reason.
    await input.setInputFiles(badPath);
    const rows = await page.getByRole("list", { name: "従業員一覧の問題の一覧" }).getByTestId("problem").allInnerTexts();
    const bad = rows.filter((r) => r.includes("エラー") && r.includes("abc"));
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatch(/エラー\s*3行目\s*支給総額\s*値: abc\s*.*abc/);
    const counts = page.getByLabel("従業員一覧の読み込み結果");
    await expect(counts.innerText()).resolves.toMatch(/シートに載せる行\s*1行/);
    await expect(counts.innerText()).resolves.toMatch(/エラーのある行\s*1行（1件）/);
    await shot(page, "2-problems");

    // The example list, 令和8年分 (the year of the 国税庁 worked example), typed as the clerk would.
    await input.setInputFiles(EXAMPLE);
    await page.getByLabel("年分").fill("令和8年");
    await expect(counts.innerText()).resolves.toMatch(/データの行\s*6行/);
    await expect(counts.innerText()).resolves.toMatch(/シートに載せる行\s*6行/);
    await expect(counts.innerText()).resolves.toMatch(/年末調整の対象外\s*1人/);
    const outside = await page.getByRole("list", { name: "年末調整の対象外の従業員" }).innerText();
    expect(outside).toMatch(/E005 役員 一郎: 給与等の収入金額 21,000,000円が20,000,000円を超えるため、2026年分（令和8年分）の年末調整の対象外です（所得税法第190条）/);
    await expect(page.getByRole("list", { name: "従業員一覧の問題の一覧" }).count()).resolves.toBe(0);
    await shot(page, "3-loaded");

    await page.getByRole("button", { name: "年末調整検算シートを作成" }).click();
    await page
      .getByText("年末調整検算シートを作成しました")
      .waitFor({ state: "visible", timeout: 60_000 })
      .catch(async (e) => {
        await shot(page, "4-failed");
        throw new Error(`${e}\n--- the pane said:\n${await page.locator("main").innerText()}`);
      });
    await shot(page, "4-written");

    // The sheet as written, calculated as Excel would.
    const plan = planYearEndWorkbook({ rows: list.rows, year: 2026 });
    const book = await readWorkbook(page);
    expect(book.map((s) => s.name)).toEqual(expect.arrayContaining([YEAR_END_SHEET]));
    const calc = evaluateReadBack(book, spillSizes(plan));
    expect(calc.value(YEAR_END_SHEET, 0, 1)).toBe(2026);
    const at = (id: string, key: string) => calc.value(YEAR_END_SHEET, plan.firstRow + plan.employees.findIndex((e) => e.id === id), plan.column(key));
    expect(calc.value(YEAR_END_SHEET, plan.firstRow, 0)).toBe("E001");
    // 国税庁「令和8年分 年末調整のしかた」の計算例: 年調年税額 41,400円, 過不足 115,270円 の還付.
    expect([at("E001", "annualTax"), at("E001", "balance"), at("E001", "settlement"), at("E001", "judgement")]).toEqual([41_400, 115_270, "還付", "一致"]);
    expect(at("E005", "judgement")).toBe("対象外");
    expect(at("E005", "annualTax")).toBe("");

    // Writing again asks first and offers a backup.
    await page.getByRole("button", { name: "もう一度作成する" }).click();
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor({ state: "visible" });
    await expect(dialog.innerText()).resolves.toMatch(/元に戻す/);
    await shot(page, "5-overwrite");
    await dialog.getByRole("button", { name: "バックアップしてから上書き" }).click();
    await page.getByText(/にバックアップしました/).waitFor({ state: "visible", timeout: 60_000 });
    const names = (await readWorkbook(page)).map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining([`${YEAR_END_SHEET}_バックアップ`, YEAR_END_SHEET]));

    // Back to the payroll flow, where it was left.
    await page.getByRole("button", { name: "← 給与計算に戻る" }).click();
    await heading(page, "1. ファイルを選択");

    expect(requests.filter((r) => r.handled === "blocked")).toEqual([]);
    for (const r of requests) expect([r.url, ["127.0.0.1", OFFICE_JS_HOST].includes(new URL(r.url).hostname)]).toEqual([r.url, true]);
    expect(errors).toEqual([]);
  }, 180_000);
});
