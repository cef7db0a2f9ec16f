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
import { writeHandBuiltYear } from "../jobs/ledger/handBuiltYear";

const shot = screenshotter("ledger-");

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
});
