/**
 * What every task-pane flow test needs: dist/ served on 127.0.0.1, a temporary folder, the browser
 * session closed at the end, screenshots for a person to look at, and waiting for a step's heading.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Page } from "playwright-core";
import { BrowserSession, DIST, serveStatic, StaticServer } from "../harness";

export const SCREENS = "/tmp/sonae-screens";

export interface PaneFixture {
  server: StaticServer;
  dir: string;
  /** Set by the test when it opens the browser; closed after the suite. */
  session?: BrowserSession;
}

/** Registers beforeAll/afterAll in the calling describe block. */
export function paneFixture(): PaneFixture {
  const f = {} as PaneFixture;
  beforeAll(async () => {
    f.server = await serveStatic(DIST);
    f.dir = fs.mkdtempSync(path.join(os.tmpdir(), "sonae-e2e-"));
    fs.mkdirSync(SCREENS, { recursive: true });
  });
  afterAll(async () => {
    await f.session?.close();
    await f.server?.close();
    if (f.dir) fs.rmSync(f.dir, { recursive: true, force: true });
  });
  return f;
}

/** A full-page screenshot named `${prefix}${name}.png` in SCREENS. */
export function screenshotter(prefix = ""): (page: Page, name: string) => Promise<void> {
  return async (page, name) => {
    await page.screenshot({ path: path.join(SCREENS, `${prefix}${name}.png`), fullPage: true });
  };
}

export async function heading(page: Page, name: string): Promise<void> {
  await page.getByRole("heading", { name }).waitFor({ state: "visible", timeout: 20_000 });
}

/** The 依頼人 of the fictional office and the 振込指定日, on step 6 振込データ作成. */
export async function fillSender(page: Page, payDate: string): Promise<void> {
  await page.getByLabel("依頼人コード").fill("1234567890");
  await page.getByLabel("依頼人名").fill("カブシキガイシャ サンプル");
  await page.getByLabel("仕向銀行番号").fill("0005");
  await page.getByLabel("仕向支店番号").fill("001");
  await page.getByLabel("口座番号（依頼人）").fill("7777777");
  await page.getByLabel("振込指定日").fill(payDate);
}
