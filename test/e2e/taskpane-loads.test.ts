/**
 * Smoke test of the built add-in page (dist/taskpane.html) in headless Chromium: the task pane
 * renders, the functions bundle registers every function of functions.json with Excel's
 * CustomFunctions.associate, nothing is logged as an error, the Content-Security-Policy holds, and no
 * request leaves 127.0.0.1 (office.js is answered by a local stub).
 *
 *   npm run build && npm run test:e2e
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { BrowserSession, describeInBrowser, DIST, OFFICE_JS_HOST, openBrowser, serveStatic, StaticServer } from "./harness";

const TITLE = "Sonae 備え — 給与計算バックアップ";

describeInBrowser("the task pane page (dist/taskpane.html) in Chromium", () => {
  let server: StaticServer;
  let session: BrowserSession | undefined;

  beforeAll(async () => {
    server = await serveStatic(DIST);
  });
  afterAll(async () => {
    await server?.close();
  });
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  test("loads inside (stubbed) Office: title shown, every function registered, no error, nothing left 127.0.0.1", async () => {
    session = await openBrowser();
    const { page, requests, errors } = session;
    await page.goto(`${server.origin}/taskpane.html`, { waitUntil: "load" });

    await expect(page.title()).resolves.toBe(TITLE);
    await page.getByRole("heading", { name: /Sonae 備え/ }).waitFor({ state: "visible", timeout: 15_000 });
    await expect(page.getByText(TITLE, { exact: true }).isVisible()).resolves.toBe(true);

    // The functions bundle shares the page (one shared runtime) and registers every function.
    const metadata = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")) as { functions: { id: string }[] };
    const ids = metadata.functions.map((f) => f.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).toEqual(expect.arrayContaining(["SI_GRADE", "SI_HEALTH", "EI_PREMIUM"]));
    const associated = await page.evaluate(() => (window as unknown as { __sonaeAssociated: string[] }).__sonaeAssociated);
    expect([...associated].sort()).toEqual([...ids].sort());

    // Fluent UI's styles (Griffel inserts <style> elements at run time) are allowed by the CSP.
    const fluentStyles = await page.evaluate(() => document.querySelectorAll("style[data-make-styles-bucket]").length);
    expect(fluentStyles).toBeGreaterThan(0);

    expect(errors).toEqual([]);
    expect(requests.some((r) => r.handled === "office-stub")).toBe(true);
    const left = requests.filter((r) => r.handled === "blocked");
    expect(left).toEqual([]);
    for (const r of requests) {
      const host = new URL(r.url).hostname;
      expect([r.url, host === "127.0.0.1" || host === OFFICE_JS_HOST]).toEqual([r.url, true]);
    }
  });

  test("loads without Office at all (office.js unreachable): the pane still renders, no script error", async () => {
    session = await openBrowser({ officeJs: "abort" });
    const { page, errors } = session;
    await page.goto(`${server.origin}/taskpane.html`, { waitUntil: "load" });
    await page.getByRole("heading", { name: /Sonae 備え/ }).waitFor({ state: "visible", timeout: 15_000 });
    // The only error allowed is the failed load of office.js itself.
    const others = errors.filter((e) => !(e.url.includes(OFFICE_JS_HOST) || /Failed to load resource/.test(e.text)));
    expect(others).toEqual([]);
  });

  test("the Content-Security-Policy forbids requests to other hosts and inline scripts", async () => {
    session = await openBrowser();
    const { page, requests, errors } = session;
    await page.goto(`${server.origin}/taskpane.html`, { waitUntil: "load" });
    await page.getByRole("heading", { name: /Sonae 備え/ }).waitFor({ state: "visible", timeout: 15_000 });

    const fetched = await page.evaluate(() =>
      fetch("https://example.com/collect", { method: "POST", body: "x" }).then(
        () => "sent",
        () => "refused",
      ),
    );
    expect(fetched).toBe("refused");
    // refused by the CSP before any request was made (the route never saw it)
    expect(requests.filter((r) => r.url.startsWith("https://example.com"))).toEqual([]);

    const inlineRan = await page.evaluate(() => {
      const s = document.createElement("script");
      s.textContent = "window.__inlineRan = true;";
      document.head.appendChild(s);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(inlineRan).toBe(false);
    expect(errors.map((e) => e.text).join("\n")).toMatch(/Content Security Policy/);
  });

  test("dist/taskpane.html has the CSP meta and only external scripts", () => {
    const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
    const csp = /http-equiv=["']?Content-Security-Policy["']?\s+content="([^"]+)"/i.exec(html)?.[1];
    expect(csp).toBeDefined();
    const directives = new Map(csp!.split(";").map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    expect(directives.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(directives.get("connect-src")).toEqual(["'self'"]);
    expect(directives.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directives.get("object-src")).toEqual(["'none'"]);
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThanOrEqual(3);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc=/);
      expect(body.trim()).toBe("");
    }
    expect(html).toMatch(/src=["']?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js/);
  });
});
