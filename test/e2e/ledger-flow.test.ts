/**
 * 賃金台帳・源泉徴収簿を作る in the plain page (dist/app.html) at 350 px, on the hand-built year
 * (test/jobs/ledger/handBuiltYear.ts): the master and three results files chosen one at a time, the year and the
 * 締め日 typed, who gets a ledger and the notes (March 「データなし」), the workbook downloaded with both sheets and
 * the year's totals by hand; nothing wider than the window; nothing leaves 127.0.0.1.
 *
 *   npm run build && CI=true npx jest -c jest.e2e.config.js test/e2e/ledger-flow.test.ts
 *
 * Screenshots go to /tmp/sonae-screens/ledger-*.png.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { describeInBrowser, openBrowser } from "./harness";
import { heading, paneFixture, screenshotter } from "./support/paneSession";
import { TARO_YEAR_END, writeHandBuiltYear } from "../jobs/ledger/handBuiltYear";

const shot = screenshotter("ledger-");
const shotMore = screenshotter("ledger-more-");

describeInBrowser("賃金台帳・源泉徴収簿 in the plain page", () => {
  const f = paneFixture();

  test("350 px: master + three results files, 2026, 締め日 31 → the workbook with both sheets", async () => {
    const files = writeHandBuiltYear(path.join(f.dir, "year"));
    const session = (f.session = await openBrowser({ officeJs: "abort" }));
    const { page, requests, errors } = session;
    await page.setViewportSize({ width: 350, height: 800 });
    await page.goto(`${f.server.origin}/app.html`, { waitUntil: "load" });
    await page.getByRole("button", { name: "賃金台帳・源泉徴収簿を作る" }).click();
    await heading(page, "賃金台帳・源泉徴収簿を作る");
    await shot(page, "1-open");

    await page.getByTestId("ledger-master").setInputFiles(files.master);
    for (const r of files.results) {
      await page.getByTestId("ledger-results").setInputFiles(r);
      await page.getByRole("list", { name: "読み込んだファイル" }).getByText(path.basename(r)).waitFor();
    }
    await page.getByLabel("年（支給日の年）").fill("2026");
    // The 設定 step's 締め日 (its default, 末日 = 31) is there before anything is typed.
    await expect(page.getByTestId("ledger-closing-day").inputValue()).resolves.toBe("31");
    await page.getByText("「設定」の締め日です").waitFor();
    await page.getByLabel("締め日").fill("31");
    const who = page.getByRole("list", { name: "台帳を作る人" });
    await expect(who.innerText()).resolves.toMatch(/L001 見本 花子: 11回の支払、データなし 1か月\s*L002 見本 太郎: 13回の支払/);
    await expect(page.getByText(/L001 見本 花子: 3月の給与の結果がありません/).count()).resolves.toBe(1);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shot(page, "2-ready");

    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.getByTestId("build").click()]);
    expect(download.suggestedFilename()).toBe("賃金台帳・源泉徴収簿_2026.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(await download.path()) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["賃金台帳", "源泉徴収簿"]);
    const rows: unknown[][] = [];
    wb.getWorksheet("賃金台帳")!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const gross = rows.filter((r) => r[0] === "総支給額").map((r) => r[r.length - 1]);
    expect(gross).toEqual([3_410_000, 4_775_000]); // 11 × 310,000; 12 × 350,000 + 575,000
    await page.getByText("賃金台帳・源泉徴収簿を作成しました").waitFor({ state: "visible" });
    await shot(page, "3-downloaded");
    for (const r of requests) expect([r.url, new URL(r.url).hostname === "127.0.0.1"]).toEqual([r.url, true]);
    expect(errors).toEqual([]);
  }, 180_000);

  test("350 px: the 年末調整 staff list and a settings.json's 20日締め → the block to the 年調年税額, periods from the 20th", async () => {
    const files = writeHandBuiltYear(path.join(f.dir, "more"));
    // The first test's browser is closed here: the suite's teardown closes only the last session.
    await f.session?.close();
    const session = (f.session = await openBrowser({ officeJs: "abort" }));
    const { page, requests, errors } = session;
    await page.setViewportSize({ width: 350, height: 800 });
    await page.goto(`${f.server.origin}/app.html`, { waitUntil: "load" });
    await page.getByRole("button", { name: "賃金台帳・源泉徴収簿を作る" }).click();
    await heading(page, "賃金台帳・源泉徴収簿を作る");
    await shotMore(page, "1-open");

    await page.getByTestId("ledger-master").setInputFiles(files.master);
    for (const r of files.results) {
      await page.getByTestId("ledger-results").setInputFiles(r);
      await page.getByRole("list", { name: "読み込んだファイル" }).getByText(path.basename(r)).waitFor();
    }
    await page.getByTestId("ledger-staff").setInputFiles(files.staff);
    await page.getByRole("list", { name: "読み込んだファイル" }).getByText("staff.csv: 年末調整の従業員一覧 1人").waitFor();
    await page.getByTestId("ledger-settings").setInputFiles(files.settings);
    await page.getByText("settings.json の締め日です").waitFor();
    await expect(page.getByTestId("ledger-closing-day").inputValue()).resolves.toBe("20");
    await page.getByLabel("年（支給日の年）").fill("2026");
    await page.getByText(/L001 見本 花子: 賃金計算期間: .*締め日から算出（対象年月と締め日 20日 から）/).first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shotMore(page, "2-ready");

    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.getByTestId("build").click()]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(await download.path()) as unknown as ArrayBuffer);
    const rowsOf = (name: string) => {
      const rows: unknown[][] = [];
      wb.getWorksheet(name)!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      return rows;
    };
    // L001's January (Sonae's month 2026-01) closes on the 20th: 2025/12/21〜2026/1/20.
    expect(rowsOf("賃金台帳").find((r) => r[0] === "賃金計算期間")?.[1]).toBe("2025/12/21〜2026/1/20");
    const book = rowsOf("源泉徴収簿");
    // L002's block (the second employee's): worked by hand in test/jobs/ledger/handBuiltYear.ts.
    expect(book.filter((r) => r[0] === "年調年税額").map((r) => r[4])).toEqual([undefined, TARO_YEAR_END.annualTax]);
    expect(book.filter((r) => r[0] === "差引超過額又は不足額").map((r) => r[4])).toEqual([undefined, TARO_YEAR_END.balance]);
    await page.getByText("賃金台帳・源泉徴収簿を作成しました").waitFor({ state: "visible" });
    await shotMore(page, "3-downloaded");
    for (const r of requests) expect([r.url, new URL(r.url).hostname === "127.0.0.1"]).toEqual([r.url, true]);
    expect(errors).toEqual([]);
  }, 180_000);
});
