/**
 * 備えの点検 end to end in headless Chromium on the built plain page (dist/app.html) at 350 px: from step 1 the
 * clerk opens the drill (a chunk of its own), gives the bundled example master and 勤怠 and the results of
 * test/cli/fixtures/drill (every row worked by hand in its HAND-WORKED.md), and reads the report: the matching month
 * says 一致 12人 / 差異 0人; the changed month names 0002's 月変 and 0009's 支援金 rounding, and matches 0009 once
 * 「支援金だけで端数処理」 is chosen. Nothing wider than the pane; nothing leaves 127.0.0.1.
 *
 *   npm run build && CI=true npx jest -c jest.e2e.config.js test/e2e/drill-flow.test.ts
 *
 * Screenshots go to /tmp/sonae-screens/drill-*.png.
 */
import * as path from "node:path";
import { describeInBrowser, ROOT, openBrowser } from "./harness";
import { heading, paneFixture, screenshotter } from "./support/paneSession";

const shot = screenshotter("drill-");
const file = (p: string) => path.join(ROOT, p);

describeInBrowser("備えの点検 on the plain page at 350 px", () => {
  const f = paneFixture();

  test("the matching month, the changed month with its reasons, the setting that makes 0009 match; fits 350 px", async () => {
    const session = (f.session = await openBrowser({ officeJs: "abort" }));
    const { page, requests, errors } = session;
    await page.setViewportSize({ width: 350, height: 900 });
    await page.goto(`${f.server.origin}/app.html`, { waitUntil: "load" });
    await heading(page, "1. ファイルを選択");
    await page.getByRole("button", { name: "備えの点検" }).click();
    await heading(page, "備えの点検");
    await expect(page.getByTestId("drill-run").isDisabled()).resolves.toBe(true);

    await page.getByTestId("drill-master").setInputFiles(file("examples/master.csv"));
    await page.getByTestId("drill-variables").setInputFiles(file("examples/variables.csv"));
    await page.getByTestId("drill-results").setInputFiles(file("test/cli/fixtures/drill/results-2026-11.csv"));
    await page.getByTestId("drill-period").fill("2026-11");
    await page.getByTestId("drill-run").click();
    await expect(page.getByTestId("drill-summary").innerText()).resolves.toContain("一致 12人 / 差異 0人");
    await shot(page, "1-match");

    await page.getByTestId("drill-results").setInputFiles(file("test/cli/fixtures/drill/changed-2026-11.csv"));
    await page.getByTestId("drill-run").click();
    await expect(page.getByTestId("drill-summary").innerText()).resolves.toContain("一致 9人 / 差異 4人");
    const cards = await page.getByTestId("drill-difference").allInnerTexts();
    expect(cards.find((c) => c.includes("0002 佐藤 花子・健康保険"))).toMatch(/Sonae 15,760円 ／ 結果 14,775円（差 985円）[\s\S]*月変: 結果は標準報酬月額 300,000円（22級）/);
    expect(cards.find((c) => c.includes("0009 加藤 誠・子ども・子育て支援金"))).toContain("「支援金だけで端数処理」に");
    expect(cards.find((c) => c.includes("0006 伊藤 健・結果にいない"))).toBeDefined();
    const layout = await page.evaluate(() => {
      const doc = document.documentElement;
      const narrow = [...document.querySelectorAll('[data-testid="drill-difference"] > div, [data-testid="drill-difference"] li')]
        .filter((e) => e.getBoundingClientRect().width > 0 && e.getBoundingClientRect().width < 120)
        .map((e) => (e.textContent ?? "").slice(0, 40));
      return { overflow: doc.scrollWidth - doc.clientWidth, narrow };
    });
    expect(layout).toEqual({ overflow: 0, narrow: [] });
    await shot(page, "2-differences");

    await page.getByLabel("子ども・子育て支援金の端数処理").selectOption("separate");
    await page.getByTestId("drill-run").click();
    await page.getByTestId("drill-summary").waitFor({ state: "visible" });
    const after = await page.getByTestId("drill-difference").allInnerTexts();
    expect(after.some((c) => c.includes("0009 加藤 誠"))).toBe(false);
    await shot(page, "3-setting");

    await page.getByRole("button", { name: "← 給与計算に戻る" }).click();
    await heading(page, "1. ファイルを選択");
    for (const r of requests) expect([r.url, new URL(r.url).hostname === "127.0.0.1"]).toEqual([r.url, true]);
    expect(errors).toEqual([]);
  }, 120_000);
});
