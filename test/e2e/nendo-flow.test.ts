/**
 * 「年度更新（労働保険）」 end to end in the plain page (dist/app.html, no Excel) at 350 px, on the hand-worked
 * 令和7年度 of test/cli/nendo.test.ts (test/jobs/nendo/handWorkedYear.ts): from step 1 the clerk opens the flow (a
 * chunk of its own, fetched only then), types the 保険年度, picks the master, the two halves of the year in the
 * wrong order and OFFICE.json, reads 確定保険料 233,750円 and 一般拠出金 324円 and the 集計表, and downloads the
 * .xlsx — the command's sheets — and the JSON — the command's --json line; types last year's declared 概算 and
 * reads the 不足額 and what is paid. Then the 延納 office: 180,494 /
 * 180,493 / 180,493. A missing half of the year is an error before that. Nothing is wider than the window at
 * any stage; nothing leaves 127.0.0.1.
 *
 *   npm run build && CI=true npx jest -c jest.e2e.config.js test/e2e/nendo-flow.test.ts
 *
 * Screenshots go to /tmp/sonae-screens/nendo-*.png.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { describeInBrowser, openBrowser } from "./harness";
import { heading, paneFixture, screenshotter } from "./support/paneSession";
import { runCli } from "../cli/support";
import { writeHandWorkedYear } from "../jobs/nendo/handWorkedYear";

const shot = screenshotter("nendo-");

/** Sideways overflow of the page, every text block squeezed under 100 px (a short value such as 「4月」 is not a block), every amount broken. */
async function expectFits(page: Page, where: string): Promise<void> {
  const found = await page.evaluate(() => {
    const doc = document.documentElement;
    const texts = document.querySelectorAll('[data-testid="problem"] > span, main li > span, main p, main section > span, dt, dd');
    const narrow = [...texts]
      .filter((e) => (e.textContent ?? "").trim().length > 12 && e.getBoundingClientRect().width > 0 && e.getBoundingClientRect().width < 100)
      .map((e) => `${Math.round(e.getBoundingClientRect().width)}px: ${(e.textContent ?? "").slice(0, 40)}`);
    // An amount of the 集計表 broken over two lines (「1,040,00」「0円」) is as bad as one cut off.
    const broken = [...document.querySelectorAll("td")].filter((td) => {
      const range = document.createRange();
      if (td.firstChild) range.selectNodeContents(td.firstChild);
      return range.getClientRects().length > 1;
    }).map((td) => td.textContent);
    return { overflow: doc.scrollWidth - doc.clientWidth, narrow, broken };
  });
  expect({ where, ...found }).toEqual({ where, overflow: 0, narrow: [], broken: [] });
}

const figure = (page: Page, label: string) => page.getByTestId("nendo-figures").locator("div", { has: page.locator("dt", { hasText: new RegExp(`^${label.replace(/[()（）＋]/g, "\\$&")}$`) }) }).locator("dd");

describeInBrowser("年度更新（労働保険） in the plain page at 350 px (master + results + OFFICE.json → figures → .xlsx and JSON)", () => {
  const f = paneFixture();

  test("open, load the year, read the figures, download the command's workbook and JSON; 延納; nothing leaves 127.0.0.1", async () => {
    const files = writeHandWorkedYear(path.join(f.dir, "year"));
    const cliXlsx = path.join(f.dir, "cli", "nendo.xlsx");
    const cli = await runCli(["nendo", "--master", files.master, "--results", ...files.results, "--office", files.office, "--year", "2025", "--xlsx", cliXlsx]);
    expect(cli.code).toBe(0);
    const cliJson = await runCli(["nendo", "--master", files.master, "--results", ...files.results, "--office", files.office, "--year", "2025", "--json"]);

    const session = (f.session = await openBrowser({ officeJs: "abort" }));
    const { page, requests, errors } = session;
    await page.setViewportSize({ width: 350, height: 800 });
    await page.goto(`${f.server.origin}/app.html`, { waitUntil: "load" });
    await heading(page, "1. ファイルを選択");
    const before = requests.length;
    await page.getByRole("button", { name: "年度更新（労働保険）" }).click();
    await heading(page, "年度更新（労働保険）");
    expect(requests.slice(before).some((r) => r.handled === "local" && /\/nendo\.js$/.test(new URL(r.url).pathname))).toBe(true);
    await page.getByText("従業員マスタのファイルを選んでください。").waitFor();
    await shot(page, "1-open");
    await expectFits(page, "open");

    await page.getByLabel("保険年度", { exact: true }).fill("令和7年度");
    await page.locator('input[type="file"][aria-label="年度更新の従業員マスタのファイル"]').setInputFiles(files.master);
    await page.getByLabel("従業員マスタの読み込み結果").waitFor();
    // Only the first half of the year: every month after September is missing, said per person, never zero.
    await page.locator('input[type="file"][aria-label="給与計算の結果のファイル"]').setInputFiles(files.results[0]);
    await page.locator('input[type="file"][aria-label="事業所の設定のファイル（OFFICE.json）"]').setInputFiles(files.office);
    await page.getByText(/「office\.json」の事業所 株式会社見本商事/).waitFor();
    const problems = page.getByRole("list", { name: "年度更新の問題の一覧" });
    await expect(problems.getByText(/社員番号 0001: 2025年10月〜2026年3月分（賃金締切日 2025-10-31〜2026-03-31）の給与の結果がありません（6か月）。その月の結果のファイルを「給与計算の結果のファイル」に加えてください/).count()).resolves.toBe(1);
    await expect(page.getByTestId("build").isDisabled()).resolves.toBe(true);
    await shot(page, "2-missing");
    await expectFits(page, "missing months");

    await page.locator('input[type="file"][aria-label="給与計算の結果のファイル"]').setInputFiles(files.results[1]);
    await page.getByRole("list", { name: "選んだ結果のファイル" }).getByText("results-2025-h2.csv").waitFor();
    await expect(figure(page, "⑩確定保険料額（イ）労働保険料（労災保険分＋雇用保険分）").innerText()).resolves.toBe("233,750 円");
    await expect(figure(page, "⑩一般拠出金額（ヘ）").innerText()).resolves.toBe("324 円");
    await expect(figure(page, "⑭概算保険料額（イ）労働保険料").innerText()).resolves.toBe("220,987 円");
    // 4月 (hand sums in handWorkedYear.ts): 労災 5人 1,328,888円, 雇用 3人 1,040,000円.
    const april = page.getByRole("table", { name: "算定基礎賃金集計表" }).getByRole("row", { name: /^4月/ });
    await expect(april.innerText()).resolves.toMatch(/4月\s+1,328,888円\s+5人\s+1,040,000円\s+3人/);
    await shot(page, "3-figures");
    await expectFits(page, "figures");

    const [xlsx] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.getByTestId("build").click()]);
    expect(xlsx.suggestedFilename()).toBe("年度更新_2025.xlsx");
    const values = async (file: string) => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(fs.readFileSync(file) as unknown as ArrayBuffer);
      return book.worksheets.map((w) => ({ name: w.name, rows: w.getSheetValues().map((r) => (Array.isArray(r) ? r.map((c) => (c && typeof c === "object" && "result" in c ? c.result : c)) : r)) }));
    };
    expect(await values(await xlsx.path())).toEqual(await values(cliXlsx));
    await page.getByText("年度更新のブックを作成しました").waitFor();

    const [json] = await Promise.all([page.waitForEvent("download"), page.getByTestId("nendo-json").click()]);
    expect(json.suggestedFilename()).toBe("年度更新_2025.json");
    expect(fs.readFileSync(await json.path(), "utf8")).toBe(cliJson.stdout);
    await shot(page, "4-downloaded");

    // OFFICE.json saved back is the file read.
    const [office] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "事業所の設定を OFFICE.json で保存" }).click()]);
    expect(JSON.parse(fs.readFileSync(await office.path(), "utf8"))).toEqual(JSON.parse(fs.readFileSync(files.office, "utf8")));

    // Last year's declared 概算 200,000 (test/cli/nendo.test.ts): 不足 233,750 − 200,000 = 33,750; pays 220,987 + 33,750 + 324 = 255,061.
    await page.getByLabel("申告済概算保険料額", { exact: true }).fill("200,000");
    await expect(figure(page, "⑳差引額（ハ）不足額").innerText()).resolves.toBe("33,750 円");
    await expect(figure(page, "一括 今期納付額").innerText()).resolves.toBe("255,061 円");
    await shot(page, "4-declared");
    await expectFits(page, "declared");
    await page.getByLabel("申告済概算保険料額", { exact: true }).fill("");

    // The 延納 office: its master and results instead.
    await page.locator('input[type="file"][aria-label="年度更新の従業員マスタのファイル"]').setInputFiles(files.big.master);
    await page.getByRole("button", { name: "「results-2025-h1.csv」を外す" }).click();
    await page.getByRole("button", { name: "「results-2025-h2.csv」を外す" }).click();
    await page.locator('input[type="file"][aria-label="給与計算の結果のファイル"]').setInputFiles(files.big.results);
    await expect(figure(page, "延納 第1期").innerText()).resolves.toBe("180,494 円");
    await expect(figure(page, "延納 第2期").innerText()).resolves.toBe("180,493 円");
    await expect(figure(page, "延納 第3期").innerText()).resolves.toBe("180,493 円");
    await expect(figure(page, "⑭概算保険料額（イ）労働保険料").innerText()).resolves.toBe("541,480 円");
    await shot(page, "5-ennou");
    await expectFits(page, "延納");

    await page.getByRole("button", { name: "← 給与計算に戻る" }).click();
    await heading(page, "1. ファイルを選択");
    for (const r of requests) if (r.handled === "local") expect(new URL(r.url).hostname).toBe("127.0.0.1");
    expect(errors.filter((e) => !/office\.js|appsforoffice/.test(e.text + e.url))).toEqual([]);
  }, 180_000);
});
