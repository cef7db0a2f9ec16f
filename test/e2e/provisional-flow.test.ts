/**
 * 仮払い・精算 end to end on the plain page (dist/app.html, no Office) at 350 px: from step 1 the clerk opens the
 * flow (a chunk of its own), chooses last month's 給与振込 file (the golden five records, 942,649円), the pay date
 * and a change (103 除外), sees the list and the totals (4件, 637,649円 = 942,649 − 305,000), downloads the new 全銀
 * file (振込指定日 1225, the trailer recomputed) and the 仮払い台帳; then 精算: the two-person ledger against the
 * true month (0001 +3,739, 0002 −13,155) and the overpayment beyond next month's pay flagged (0006), and downloads
 * the 前月精算 lines. Then, without a bank file: the master read in step 1 taken with one button, last month's
 * results and a SENDER.json saved by メモ帳 in Shift_JIS give the same 全銀 file and 仮払い台帳 as
 * `sonae zengin --from-results`. Nothing wider than the window; nothing leaves 127.0.0.1.
 *
 *   npm run build && CI=true npx jest -c jest.e2e.config.js test/e2e/provisional-flow.test.ts
 *
 * Screenshots go to /tmp/sonae-screens/provisional-*.png.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Page } from "playwright-core";
import { describeInBrowser, ROOT, openBrowser, valueOnceSettled } from "./harness";
import { heading, paneFixture, screenshotter } from "./support/paneSession";
import { parseZenginFile } from "../../src/zengin/parse";
import { runCli } from "../cli/support";
import { sjis } from "../import/helpers";

const shot = screenshotter("provisional-");
const paneInputsShot = screenshotter("pane-inputs-provisional-");
const EX = (name: string) => path.join(ROOT, "examples", name);
const FX = (name: string) => path.join(ROOT, "test/cli/fixtures/provisional", name);

async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describeInBrowser("仮払い・精算 on the plain page at 350 px", () => {
  const f = paneFixture();

  test("仮払い from last month's bank file with a change, then 精算 of a ledger: lists, totals, flags and downloads", async () => {
    const changes = path.join(f.dir, "changes.csv");
    fs.writeFileSync(changes, "社員番号,振込金額,除外\r\n103,,○\r\n");
    const session = (f.session = await openBrowser({ officeJs: "abort" }));
    const { page, requests, errors } = session;
    await page.setViewportSize({ width: 350, height: 800 });
    await page.goto(`${f.server.origin}/app.html`, { waitUntil: "load" });
    await heading(page, "1. ファイルを選択");
    await page.getByRole("button", { name: "仮払い・精算" }).click();
    await heading(page, "仮払い・精算");
    await shot(page, "1-open");

    await page.locator('input[type="file"][aria-label="前月の振込ファイル（全銀）"]').setInputFiles(path.join(ROOT, "test/zengin/golden/kyuyo-11-crlf.txt"));
    await page.getByLabel("支給日（振込指定日）").fill("2026-12-25");
    await page.locator('input[type="file"][aria-label="今月の変更（任意）"]').setInputFiles(changes);
    const totals = page.getByLabel("仮払いの合計");
    // The list follows the inputs: wait until the change is in.
    await totals.getByText("4件（前月 5件）").waitFor({ state: "visible" });
    await expect(totals.innerText()).resolves.toMatch(/637,649円（前月との差 -305,000円）/);
    const payees = await page.getByRole("list", { name: "仮払いの振込先" }).getByRole("listitem").allInnerTexts();
    expect(payees).toHaveLength(5);
    expect(payees[3]).toMatch(/103 ｽｽﾞｷ ｲﾁﾛｳ\s*0円\s*除外（前月 305,000円）/);
    expect(await overflow(page)).toBe(0);
    await shot(page, "2-pay");

    const [transfer] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "振込ファイルをダウンロード" }).click()]);
    expect(transfer.suggestedFilename()).toBe("振込_仮払い_2026-12-25.txt");
    const made = parseZenginFile(new Uint8Array(fs.readFileSync(await transfer.path())));
    expect(made.problems).toEqual([]);
    expect(made.records[0].fields.transferDate).toBe("1225");
    expect([Number(made.records.find((r) => r.kind === "trailer")!.fields.count), Number(made.records.find((r) => r.kind === "trailer")!.fields.total)]).toEqual([4, 637_649]);
    const [ledger] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "仮払い台帳をダウンロード" }).click()]);
    expect(fs.readFileSync(await ledger.path(), "utf8")).toContain("101,ﾔﾏﾀﾞ ﾀﾛｳ,給与,2026-12-25,251234,仮払い（前月同額）");

    await page.getByRole("tab", { name: "精算" }).click();
    await page.locator('input[type="file"][aria-label="仮払い台帳"]').setInputFiles(FX("ledger.csv"));
    await page.locator('input[type="file"][aria-label="確定した結果"]').setInputFiles(FX("actual.csv"));
    await page.locator('input[type="file"][aria-label="翌月の結果（任意）"]').setInputFiles(FX("next.csv"));
    const rows = page.getByRole("list", { name: "社員ごとの精算" }).getByTestId("settlement");
    await page.getByText(/過払い 106,639円が翌月の差引支給額/).waitFor({ state: "visible" });
    const texts = await rows.allInnerTexts();
    expect(texts.find((t) => t.startsWith("0001"))).toMatch(/前月精算（支給） 3,739円[\s\S]*仮払い 376,261円 → 確定 380,000円（差額 \+3,739円）/);
    expect(texts.find((t) => t.startsWith("0006"))).toMatch(/前月精算（控除） 106,639円[\s\S]*過払い 106,639円が翌月の差引支給額 100,000円を超えます/);
    // 376,261 + 263,155 + 126,639 + 93,060 = 859,115 paid; 380,000 + 250,000 + 20,000 + 180,000 = 830,000 true.
    await expect(page.getByLabel("精算の合計").innerText()).resolves.toMatch(/859,115円[\s\S]*830,000円[\s\S]*-29,115円/);
    expect(await overflow(page)).toBe(0);
    await shot(page, "3-settle");

    const [lines] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "前月精算の行をダウンロード（翌月の勤怠・変動）" }).click()]);
    const csv = fs.readFileSync(await lines.path(), "utf8").replace(/^\uFEFF/, "").split("\r\n");
    expect(csv[0]).toBe("社員番号,前月精算（支給）,前月精算（控除）,理由");
    expect(csv.slice(1, 6).map((l) => l.split(",").slice(0, 3).join(","))).toEqual(["0001,3739,", "0002,,13155", "0006,,106639", "0012,,93060", "0013,180000,"]);

    await page.getByRole("button", { name: "← 給与計算に戻る" }).click();
    await heading(page, "1. ファイルを選択");
    for (const r of requests) expect([r.url, new URL(r.url).hostname === "127.0.0.1"]).toEqual([r.url, true]);
    expect(errors).toEqual([]);
  }, 180_000);

  test("no bank file: the master of step 1, last month's results and a Shift_JIS SENDER.json → the command's 全銀 file and 仮払い台帳", async () => {
    const out = path.join(f.dir, "cli-from-results.txt");
    const ledgerOut = path.join(f.dir, "cli-from-results-ledger.csv");
    const cli = await runCli(["zengin", "--from-results", EX("previous-results.csv"), "--master", EX("master.csv"), "--pay-date", "2026-12-25", "--sender", EX("sender.json"), "--out", out, "--ledger", ledgerOut]);
    expect(cli.code).toBe(0);
    const sender = path.join(f.dir, "SENDER.json");
    fs.writeFileSync(sender, sjis(fs.readFileSync(EX("sender.json"), "utf8")));

    await f.session?.close();
    const session = (f.session = await openBrowser({ officeJs: "abort" }));
    const { page, requests, errors } = session;
    await page.setViewportSize({ width: 350, height: 800 });
    await page.goto(`${f.server.origin}/app.html`, { waitUntil: "load" });
    await heading(page, "1. ファイルを選択");
    await page.getByTestId("master-file").setInputFiles(EX("master.csv"));
    await heading(page, "2. 列の対応付け");
    await page.getByRole("navigation", { name: "手順" }).getByRole("button", { name: "1. ファイルを選択" }).click();
    await page.getByRole("button", { name: "仮払い・精算" }).click();
    await heading(page, "仮払い・精算");
    await page.getByRole("radio", { name: /前月の給与計算の結果と従業員マスタ/ }).check();
    // examples/master.csv: 12 employees, all valid.
    await page.getByText("「master.csv」（12人）").waitFor();
    await page.getByTestId("use-loaded-master").click();
    await expect(page.getByLabel("従業員マスタの読み込み結果").innerText()).resolves.toBe("給与計算で読み込んだ master.csv: 12人");
    await page.locator('input[type="file"][aria-label="前月の給与計算の結果"]').setInputFiles(EX("previous-results.csv"));
    await page.locator('input[type="file"][aria-label="依頼人の設定（SENDER.json）"]').setInputFiles(sender);
    await expect(valueOnceSettled(page.getByLabel("依頼人名"), "ソナエショウジ（カ")).resolves.toBe("ソナエショウジ（カ");
    await page.getByLabel("支給日（振込指定日）").fill("2026-12-25");
    const totals = page.getByLabel("仮払いの合計");
    await totals.waitFor({ state: "visible" });
    expect(await overflow(page)).toBe(0);
    await paneInputsShot(page, "1-from-results");

    const [transfer] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "振込ファイルをダウンロード" }).click()]);
    expect(fs.readFileSync(await transfer.path()).equals(fs.readFileSync(out))).toBe(true);
    const [ledger] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "仮払い台帳をダウンロード" }).click()]);
    expect(fs.readFileSync(await ledger.path()).equals(fs.readFileSync(ledgerOut))).toBe(true);
    // The 全銀 file's total is the results' Σ 差引支給額, shown as the month's total.
    const trailer = parseZenginFile(new Uint8Array(fs.readFileSync(out))).records.find((r) => r.kind === "trailer")!.fields;
    await expect(totals.innerText()).resolves.toContain(`${Number(trailer.total).toLocaleString("ja-JP")}円`);

    const [saved] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "依頼人を SENDER.json で保存" }).click()]);
    expect(JSON.parse(fs.readFileSync(await saved.path(), "utf8"))).toEqual(JSON.parse(fs.readFileSync(EX("sender.json"), "utf8")));
    await paneInputsShot(page, "2-downloaded");
    for (const r of requests) expect([r.url, new URL(r.url).hostname === "127.0.0.1"]).toEqual([r.url, true]);
    expect(errors).toEqual([]);
  }, 180_000);
});
