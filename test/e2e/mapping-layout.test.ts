/**
 * The layout of the files the office last exported, set in the plain page at 350 px (the pane shows the same
 * components): a SmartHR 従業員リスト is recognised and said so, 姓＋名 joined, the mapping written out as the JSON
 * the command line reads; a KING OF TIME 月別データ in 60進 (時間表示形式, support.freee.co.jp 4411546229657) is read
 * as 10進 first — `7.30 → 7時間18分` and the question — then as 60進: `7.30 → 7時間30分`, the question gone, and the
 * 勤怠 mapping written out with the notation. Header names are SmartHR's and KING OF TIME's published ones (cited in src/import/vendors/).
 *
 *   npm run build && CI=true npx jest -c jest.e2e.config.js test/e2e/mapping-layout.test.ts
 *
 * Screenshots go to /tmp/sonae-screens/ (layout-*.png).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Download, Page } from "playwright-core";
import { describeInBrowser, openBrowser } from "./harness";
import { heading, paneFixture, screenshotter } from "./support/paneSession";
import { parseMapping, MASTER_SCHEMA, VARIABLES_SCHEMA } from "../../src/import";

const shot = screenshotter("layout-");

const SMARTHR = [
  "社員番号,姓,名,姓（ヨミガナ）,名（ヨミガナ）,生年月日,入社年月日,基本給,健康保険,健保標準報酬月額,厚年標準報酬月額,税区分,扶養親族等の数,銀行コード,支店コード,預金種目,口座番号",
  "0001,山田,太郎,ヤマダ,タロウ,1985/04/01,2010/04/01,300000,東京都,300000,300000,甲,0,0001,001,普通,1234567",
  "0002,佐藤,花子,サトウ,ハナコ,1990/02/03,2018/10/01,280000,東京都,280000,280000,甲,1,0005,002,普通,7654321",
].join("\r\n") + "\r\n";

const KOT = ["従業員コード,残業時間,深夜所定時間,深夜残業時間,法定休日所定時間,法定休日残業時間", "0001,7.30,1.00,0.30,8.00,0.30", "0002,12.45,0.15,0,0,0"].join("\r\n") + "\r\n";

/** Sideways overflow of the page (nothing may be wider than the 350 px window). */
async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

async function json(download: Download): Promise<unknown> {
  return JSON.parse(fs.readFileSync(await download.path(), "utf8"));
}

describeInBrowser("the files' layout at 350 px: presets, 時間の表記, the mapping written out", () => {
  const f = paneFixture();

  test("SmartHR recognised and exported; KING OF TIME read as 60進 with the values shown as read", async () => {
    const master = path.join(f.dir, "smarthr.csv");
    const kot = path.join(f.dir, "kot.csv");
    fs.writeFileSync(master, SMARTHR);
    fs.writeFileSync(kot, KOT);
    const session = (f.session = await openBrowser({ officeJs: "abort" }));
    const { page, errors } = session;
    await page.setViewportSize({ width: 350, height: 800 });
    await page.goto(`${f.server.origin}/app.html`, { waitUntil: "load" });

    await heading(page, "1. ファイルを選択");
    await page.getByTestId("master-file").setInputFiles(master);
    await heading(page, "2. 列の対応付け");
    await expect(page.getByTestId("preset-notice").innerText()).resolves.toContain("「SmartHR 従業員リスト」として読みました。");
    await expect(page.getByRole("combobox", { name: "「氏名」に使う列" }).innerText()).resolves.toBe("姓＋名");
    expect(await overflow(page)).toBe(0);
    await shot(page, "2-mapping");
    const [masterJson] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export--mapping").click()]);
    expect(masterJson.suggestedFilename()).toBe("sonae-対応付け-従業員マスタ.json");
    const masterMapping = parseMapping(MASTER_SCHEMA, await json(masterJson));
    expect(masterMapping).toMatchObject({ preset: "smarthr-employees", combined: { name: { how: "join", columns: ["姓", "名"] }, nameKana: { how: "join", columns: ["姓（ヨミガナ）", "名（ヨミガナ）"] } } });
    await page.getByTestId("next").click();

    await heading(page, "3. 確認");
    await page.getByTestId("next").click();
    await heading(page, "4. 設定");
    await page.getByTestId("period").fill("2026-05");
    await page.getByTestId("pay-date").fill("2026-05-25");
    await page.getByTestId("variables-file").setInputFiles(kot);
    const layout = page.getByTestId("variables-layout");
    await layout.waitFor({ state: "visible", timeout: 20_000 });
    await expect(layout.getByTestId("preset-notice").innerText()).resolves.toContain("「KING OF TIME 月別データ」として読みました。");
    // Read as 10進 (the default): 0.30 h is 18 minutes, and the file is questioned.
    const preview = layout.getByTestId("hours-preview");
    await expect(preview.innerText()).resolves.toContain("7.30 → 7時間18分");
    await expect(layout.innerText()).resolves.toContain("60進（7.30 = 7時間30分）で書かれたファイルかもしれません");
    expect(await overflow(page)).toBe(0);
    await shot(page, "4-hours-decimal");

    await layout.getByTestId("hours-notation").selectOption("sexagesimal");
    await page.waitForFunction(() => document.querySelector('[data-testid="hours-preview"]')?.textContent?.includes("7.30 → 7時間30分"), undefined, { timeout: 20_000 });
    const text = await preview.innerText();
    // 1:00 + 0:30 of 深夜; 8:00 + 0:30 of 法定休日; 12時間45分 of 残業
    expect(text).toContain("1.00+0.30 → 1時間30分");
    expect(text).toContain("8.00+0.30 → 8時間30分");
    expect(text).toContain("12.45 → 12時間45分");
    await expect(layout.innerText()).resolves.not.toContain("かもしれません");
    await layout.getByRole("button", { name: "勤怠の列の対応付け" }).click();
    await expect(layout.getByRole("combobox", { name: "「深夜時間」に使う列" }).innerText()).resolves.toBe("深夜所定時間＋深夜残業時間");
    expect(await overflow(page)).toBe(0);
    await shot(page, "4-hours-sexagesimal");

    const [variablesJson] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export--variables-mapping").click()]);
    expect(variablesJson.suggestedFilename()).toBe("sonae-対応付け-勤怠変動.json");
    expect(parseMapping(VARIABLES_SCHEMA, await json(variablesJson))).toMatchObject({
      preset: "kot-monthly",
      hours: "sexagesimal",
      columns: { id: "従業員コード", overtimeHours: "残業時間" },
      combined: { lateNightHours: { how: "sum", columns: ["深夜所定時間", "深夜残業時間"] }, holidayHours: { how: "sum", columns: ["法定休日所定時間", "法定休日残業時間"] } },
    });
    expect(errors).toEqual([]);
  }, 120_000);
});
