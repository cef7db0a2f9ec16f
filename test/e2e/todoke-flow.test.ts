/**
 * 「届書を作る」 end to end in the plain page (dist/app.html, no Excel) at 350 px: from step 1 the clerk opens
 * the flow (a chunk of its own, fetched only then), picks the master, two vendor exports in the wrong order
 * and OFFICE.json (test/fixtures/todoke-year), types the year and the 作成年月日, reads the worksheet — 吉田 太郎
 * at 健保 620,000円, 27級→34級: (556,110 + 667,332) ÷ 2 = 611,721 — and downloads SHFD0006.CSV: the same
 * bytes as `sonae todoke santei` for the same files, its first record the public sample's line (filed for
 * 令和8年). Then the public 月額変更届 sample's files: the candidate is listed, ticked, and the file is the
 * command's again. Nothing is wider than the window at any stage; nothing leaves 127.0.0.1.
 * Then the master read in step 1 is taken with one button and OFFICE.json saved by メモ帳 in Shift_JIS is read
 * right: the file is the command's again.
 *
 *   npm run build && CI=true npx jest -c jest.e2e.config.js test/e2e/todoke-flow.test.ts
 *
 * Screenshots go to /tmp/sonae-screens/todoke-*.png.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { describeInBrowser, ROOT, openBrowser } from "./harness";
import { heading, paneFixture, screenshotter } from "./support/paneSession";
import { runCli } from "../cli/support";
import { decodeSjis } from "../../src/todoke";
import { sjis } from "../import/helpers";
import { samples, withoutMyNumber } from "../todoke/samples";

const FIX = path.join(ROOT, "test/fixtures/todoke-year");
const fixture = (name: string) => path.join(FIX, name);
const shot = screenshotter("todoke-");
const paneInputsShot = screenshotter("pane-inputs-todoke-");

/** Sideways overflow of the page, and every text block squeezed under 120 px (a short value such as 「444」 is not a block). */
async function expectFits(page: Page, where: string): Promise<void> {
  const found = await page.evaluate(() => {
    const doc = document.documentElement;
    const texts = document.querySelectorAll('[data-testid="problem"] > span, [data-testid="santei-person"] > span, main li > span, main p, main section > span, dt');
    const narrow = [...texts]
      .filter((e) => (e.textContent ?? "").trim().length > 1 && e.getBoundingClientRect().width > 0 && e.getBoundingClientRect().width < 120 && !e.closest("details:not([open])"))
      .map((e) => `${Math.round(e.getBoundingClientRect().width)}px: ${(e.textContent ?? "").slice(0, 40)}`);
    return { overflow: doc.scrollWidth - doc.clientWidth, narrow };
  });
  expect({ where, ...found }).toEqual({ where, overflow: 0, narrow: [] });
}

describeInBrowser("届書を作る in the plain page at 350 px (master + results + OFFICE.json → worksheet → SHFD0006.CSV)", () => {
  const f = paneFixture();

  test("open, load the files, see the worksheet, download the command's bytes; nothing leaves 127.0.0.1", async () => {
    const out = path.join(f.dir, "cli", "SHFD0006.CSV");
    const cli = await runCli(["todoke", "santei", "--master", fixture("master.csv"), "--results", fixture("vendor-2026-05-06.csv"), fixture("vendor-2026-04.csv"), "--office", fixture("office.json"), "--year", "2026", "--date", "2026-07-01", "--out", out]);
    expect(cli.code).toBe(0);

    const session = (f.session = await openBrowser({ officeJs: "abort" }));
    const { page, requests, errors } = session;
    await page.setViewportSize({ width: 350, height: 800 });
    await page.goto(`${f.server.origin}/app.html`, { waitUntil: "load" });
    await heading(page, "1. ファイルを選択");
    const before = requests.length;
    await page.getByRole("button", { name: "届書を作る" }).click();
    await heading(page, "届書を作る");
    // The 届書 builders came as a chunk of their own, only now.
    expect(requests.slice(before).some((r) => r.handled === "local" && /\/todoke\.js$/.test(new URL(r.url).pathname))).toBe(true);
    await expect(page.getByText("従業員マスタのファイルを選んでください。").isVisible()).resolves.toBe(true);
    await shot(page, "1-open");
    await expectFits(page, "open");

    await page.locator('input[type="file"][aria-label="届書の従業員マスタのファイル"]').setInputFiles(fixture("master.csv"));
    await page.getByLabel("従業員マスタの読み込み結果").waitFor();
    await expect(page.getByLabel("従業員マスタの読み込み結果").innerText()).resolves.toBe("master.csv: 3人");
    await page.locator('input[type="file"][aria-label="給与計算の結果のファイル"]').setInputFiles([fixture("vendor-2026-05-06.csv"), fixture("vendor-2026-04.csv")]);
    const picked = page.getByRole("list", { name: "選んだ結果のファイル" });
    await picked.getByText("vendor-2026-04.csv").waitFor();
    await expect(picked.innerText()).resolves.toMatch(/vendor-2026-05-06\.csv[\s\S]*支給月 2026年5月〜6月・5行（うち賞与 1行）[\s\S]*vendor-2026-04\.csv[\s\S]*支給月 2026年4月・2行/);
    await shot(page, "2-files");
    await expectFits(page, "files");

    await page.locator('input[type="file"][aria-label="事業所の設定のファイル（OFFICE.json）"]').setInputFiles(fixture("office.json"));
    await page.getByText("「office.json」の事業所 株式会社クフ を使います。").waitFor();
    await page.getByLabel("算定の年").fill("令和8年");
    await page.getByLabel("作成年月日").fill("2026-07-01");

    const people = page.getByTestId("santei-person");
    await people.first().waitFor();
    await expect(people.count()).resolves.toBe(2);
    const yoshida = people.filter({ hasText: "吉田 太郎" });
    // 健保 605,000 ≦ 611,721 < 635,000: 34級 620,000; 従前 410,000 was 27級.
    await expect(yoshida.innerText()).resolves.toContain("健保 620,000円・27級→34級（7等級上がる）");
    await yoshida.getByText("ワークシートの行を見る").click();
    await expect(yoshida.locator("dl").innerText()).resolves.toMatch(/⑮平均額\s*611,721/);
    await expect(page.getByRole("list", { name: "届書に載らない人" }).innerText()).resolves.toContain("4行目 社員番号 T003: 2026-06-10 入社");
    await shot(page, "3-worksheet");
    await expectFits(page, "worksheet");
    // On a desktop the plain page shows the worksheet as a table, scrolled inside its own box.
    await page.setViewportSize({ width: 1000, height: 800 });
    await expect(page.getByRole("table", { name: "算定基礎届のワークシート（表）" }).getByRole("row").count()).resolves.toBe(3);
    await shot(page, "3-worksheet-wide");
    await expectFits(page, "worksheet, wide");
    await page.setViewportSize({ width: 350, height: 800 });

    // The worksheet as the command's --xlsx: 算定基礎届 (①–⑱) and 対象外.
    const [sheet] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "ワークシート（.xlsx）をダウンロード" }).click()]);
    expect(sheet.suggestedFilename()).toBe("算定基礎届_2026.xlsx");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(fs.readFileSync(await sheet.path()) as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(["算定基礎届", "対象外"]);
    const ws = book.getWorksheet("算定基礎届")!;
    const headers = (ws.getRow(1).values as unknown[]).map(String);
    expect(ws.getRow(2).getCell(headers.indexOf("⑮平均額")).value).toBe(611_721);
    await page.getByText("ワークシートを作成しました").waitFor();

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("todoke-download").click()]);
    expect(download.suggestedFilename()).toBe("SHFD0006.CSV");
    const bytes = fs.readFileSync(await download.path());
    expect(bytes.equals(fs.readFileSync(out))).toBe(true);
    // 吉田 太郎 is the public 算定基礎届 sample filed for 令和8年 (test/cli/todoke.test.ts names each difference).
    const expected = withoutMyNumber(samples.santei_2225700.line, 40);
    expected.splice(9, 3, "9", "08", "09");
    expected.splice(14, 3, "9", "07", "07");
    for (const field of [18, 19, 20, 21, 39, 41, 42, 52]) expected[field - 1] = "";
    expect(decodeSjis(new Uint8Array(bytes)).split("\r\n")[5].split(",")).toEqual(expected);
    await shot(page, "4-downloaded");

    // OFFICE.json saved back is the file read.
    const [office] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "事業所の設定を OFFICE.json で保存" }).click()]);
    expect(JSON.parse(fs.readFileSync(await office.path(), "utf8"))).toEqual(JSON.parse(fs.readFileSync(fixture("office.json"), "utf8")));

    // 月額変更届 from the same files: nobody's 固定的賃金 is known, so no candidate — said, not left blank.
    await page.getByRole("radio", { name: "月額変更届" }).check();
    await page.getByText("月額変更届の対象になる人は見つかりませんでした").waitFor();
    await page.getByText("月額変更届に書く人はいません。").waitFor();
    await shot(page, "5-geppen-none");
    await expectFits(page, "geppen, none");

    // The public 月額変更届 sample (260,000 → 300,000 from 2019年9月): its files instead, the candidate ticked.
    const geppenOut = path.join(f.dir, "cli-geppen", "SHFD0006.CSV");
    const geppenCli = await runCli(["todoke", "geppen", "--master", fixture("geppen-master.csv"), "--results", fixture("geppen-2019.csv"), "--office", fixture("office-kema.json"), "--date", "2019-12-01", "--out", geppenOut]);
    expect(geppenCli.code).toBe(0);
    await page.locator('input[type="file"][aria-label="届書の従業員マスタのファイル"]').setInputFiles(fixture("geppen-master.csv"));
    await page.getByRole("button", { name: "「vendor-2026-05-06.csv」を外す" }).click();
    await page.getByRole("button", { name: "「vendor-2026-04.csv」を外す" }).click();
    await page.locator('input[type="file"][aria-label="給与計算の結果のファイル"]').setInputFiles(fixture("geppen-2019.csv"));
    await page.locator('input[type="file"][aria-label="事業所の設定のファイル（OFFICE.json）"]').setInputFiles(fixture("office-kema.json"));
    await page.getByLabel("作成年月日").fill("2019-12-01");
    const candidates = page.getByRole("list", { name: "月額変更届の対象者" });
    // 9月〜11月 300,000 each: 健保 22級 (290,000 ≦ 300,000 < 310,000), 従前 260,000 was 20級.
    await expect(candidates.innerText()).resolves.toMatch(/厚年 三郎（K017）[\s\S]*2019年9月の昇給 → 2019年12月から 健保 300,000円（20級→22級）/);
    await page.getByText("月額変更届に書く人を、上の対象者から選んでください。").waitFor();
    await candidates.getByRole("checkbox").check();
    // The 算定基礎届 worksheet written before is not this one: the button offers the new worksheet afresh.
    await page.getByRole("button", { name: "ワークシート（.xlsx）をダウンロード" }).waitFor();
    await expect(page.getByText("ワークシートを作成しました").count()).resolves.toBe(0);
    const [geppen] = await Promise.all([page.waitForEvent("download"), page.getByTestId("todoke-download").click()]);
    expect(fs.readFileSync(await geppen.path()).equals(fs.readFileSync(geppenOut))).toBe(true);
    await shot(page, "6-geppen");
    await expectFits(page, "geppen");

    await page.getByRole("button", { name: "← 給与計算に戻る" }).click();
    await heading(page, "1. ファイルを選択");
    expect(requests.filter((r) => r.handled === "blocked").filter((r) => !r.url.includes("appsforoffice"))).toEqual([]);
    for (const r of requests) if (r.handled === "local") expect(new URL(r.url).hostname).toBe("127.0.0.1");
    expect(errors.filter((e) => !/office\.js|appsforoffice/.test(e.text + e.url))).toEqual([]);
  }, 180_000);

  test("the master of step 1 with one button, OFFICE.json in Shift_JIS: the command's SHFD0006.CSV", async () => {
    const out = path.join(f.dir, "cli-loaded", "SHFD0006.CSV");
    const cli = await runCli(["todoke", "santei", "--master", fixture("master.csv"), "--results", fixture("vendor-2026-05-06.csv"), fixture("vendor-2026-04.csv"), "--office", fixture("office.json"), "--year", "2026", "--date", "2026-07-01", "--out", out]);
    expect(cli.code).toBe(0);
    const office = path.join(f.dir, "OFFICE.json");
    fs.writeFileSync(office, sjis(fs.readFileSync(fixture("office.json"), "utf8")));

    await f.session?.close();
    const session = (f.session = await openBrowser({ officeJs: "abort" }));
    const { page, errors } = session;
    await page.setViewportSize({ width: 350, height: 800 });
    await page.goto(`${f.server.origin}/app.html`, { waitUntil: "load" });
    await heading(page, "1. ファイルを選択");
    await page.getByTestId("master-file").setInputFiles(fixture("master.csv"));
    await heading(page, "2. 列の対応付け");
    await page.getByRole("navigation", { name: "手順" }).getByRole("button", { name: "1. ファイルを選択" }).click();
    await page.getByRole("button", { name: "届書を作る" }).click();
    await heading(page, "届書を作る");
    // test/fixtures/todoke-year/master.csv: 3 employees.
    await page.getByText("「master.csv」（3人）").waitFor();
    await page.getByRole("button", { name: "別のファイルを選ぶ" }).waitFor();
    await paneInputsShot(page, "1-loaded-master-offer");
    await page.getByTestId("use-loaded-master").click();
    await expect(page.getByLabel("従業員マスタの読み込み結果").innerText()).resolves.toBe("給与計算で読み込んだ master.csv: 3人");
    await page.locator('input[type="file"][aria-label="給与計算の結果のファイル"]').setInputFiles([fixture("vendor-2026-05-06.csv"), fixture("vendor-2026-04.csv")]);
    await page.locator('input[type="file"][aria-label="事業所の設定のファイル（OFFICE.json）"]').setInputFiles(office);
    // 株式会社クフ is kanji: read as UTF-8, the Shift_JIS bytes would have come out as U+FFFD.
    await page.getByText("「OFFICE.json」の事業所 株式会社クフ を使います。").waitFor();
    await page.getByLabel("算定の年").fill("令和8年");
    await page.getByLabel("作成年月日").fill("2026-07-01");
    await page.getByTestId("santei-person").first().waitFor();
    await expectFits(page, "loaded master");
    await paneInputsShot(page, "2-worksheet");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("todoke-download").click()]);
    expect(fs.readFileSync(await download.path()).equals(fs.readFileSync(out))).toBe(true);
    expect(errors.filter((e) => !/office\.js|appsforoffice/.test(e.text + e.url))).toEqual([]);
  }, 180_000);
});
