/**
 * What every browser test needs: dist/ served on 127.0.0.1 by a tiny HTTP server, Debian's headless
 * Chromium driven by playwright-core, office.js replaced by a local stub, and a record of every
 * request so that a test can prove that nothing left the machine.
 *
 * Prerequisites are /usr/bin/chromium (`apt-get install -y chromium`) and a built dist/
 * (`npm run build`). Without them the tests skip with a message — except in CI (CI=true), where a
 * missing prerequisite is a failure.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { AddressInfo } from "node:net";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { createStaticServer } from "../../scripts/staticServer";

export const ROOT = path.resolve(__dirname, "../..");
export const DIST = path.join(ROOT, "dist");
export const CHROMIUM = "/usr/bin/chromium";
export const OFFICE_JS_HOST = "appsforoffice.microsoft.com";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const IN_CI = process.env.CI === "true" || process.env.CI === "1";

/** What is missing to run browser tests here (empty when they can run). */
export function missingPrerequisites(): string[] {
  const missing: string[] = [];
  if (!fs.existsSync(CHROMIUM)) missing.push(`${CHROMIUM} is not installed (apt-get update && apt-get install -y chromium)`);
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) missing.push("dist/ is not built (npm run build)");
  return missing;
}

/**
 * `describe` when the tests can run; `describe.skip` with a clear message when they cannot and we are
 * not in CI; in CI a describe whose first test fails naming what is missing.
 */
export function describeInBrowser(name: string, body: () => void): void {
  const missing = missingPrerequisites();
  if (missing.length === 0) {
    describe(name, body);
  } else if (!IN_CI) {
    process.stderr.write(`\nSKIPPED browser tests "${name}": ${missing.join("; ")}\n\n`);
    describe.skip(`${name} (skipped: ${missing.join("; ")})`, body);
  } else {
    describe(name, () => {
      test("prerequisites (CI=true: browser tests may not be skipped)", () => {
        throw new Error(`cannot run browser tests: ${missing.join("; ")}`);
      });
    });
  }
}

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

/** Serve a folder on 127.0.0.1 (a free port), read-only, nothing outside the folder. */
export async function serveStatic(dir: string): Promise<StaticServer> {
  const server = createStaticServer(dir, "index.html");
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}

/**
 * A stand-in for office.js: Office.onReady answers as Excel would, CustomFunctions.associate records
 * the ids the functions bundle registers (window.__sonaeAssociated).
 */
export const OFFICE_STUB = `
(function () {
  var info = { host: "Excel", platform: "PC" };
  window.__sonaeAssociated = [];
  window.Office = {
    HostType: { Excel: "Excel" },
    onReady: function (callback) {
      return new Promise(function (resolve) {
        setTimeout(function () { if (callback) callback(info); resolve(info); }, 0);
      });
    },
  };
  function CustomFunctionsError(code, message) { this.code = code; this.message = message; }
  window.CustomFunctions = {
    associate: function (id, fn) {
      if (typeof fn !== "function") throw new Error("associate(" + id + "): not a function");
      window.__sonaeAssociated.push(id);
    },
    Error: CustomFunctionsError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
  };
})();
`;

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Every http(s)/ws request the page made, with whether it was answered locally. */
  requests: { url: string; handled: "local" | "office-stub" | "blocked" }[];
  /** Console errors and uncaught exceptions, with the URL they came from. */
  errors: { text: string; url: string }[];
  close: () => Promise<void>;
}

export interface SessionOptions {
  /** The office.js request: answered with this script, or aborted (a machine without Office). */
  officeJs: string | "abort";
}

/**
 * Launch Chromium with a fresh profile. Requests to 127.0.0.1 go through; office.js is answered by
 * the stub; anything else is aborted and recorded, so a test can assert that nothing left the machine.
 */
export async function openBrowser(options: SessionOptions = { officeJs: OFFICE_STUB }): Promise<BrowserSession> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "sonae-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    serviceWorkers: "block",
  });
  const requests: BrowserSession["requests"] = [];
  const errors: BrowserSession["errors"] = [];
  await context.route(
    () => true,
    async (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === "127.0.0.1") {
        requests.push({ url: url.href, handled: "local" });
        await route.continue();
      } else if (url.hostname === OFFICE_JS_HOST && options.officeJs !== "abort") {
        requests.push({ url: url.href, handled: "office-stub" });
        await route.fulfill({ status: 200, contentType: "text/javascript", body: options.officeJs });
      } else {
        requests.push({ url: url.href, handled: "blocked" });
        await route.abort("blockedbyclient");
      }
    },
  );
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push({ text: msg.text(), url: msg.location().url });
  });
  page.on("pageerror", (e) => errors.push({ text: `${e.name}: ${e.message}`, url: "" }));
  return {
    context,
    page,
    requests,
    errors,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The value of a field once it is `expected`, or its last value after `timeoutMs`: a field filled from a file
 * the page reads asynchronously (SENDER.json into the 依頼人 fields) is empty for a moment after setInputFiles.
 */
export async function valueOnceSettled(field: { inputValue(): Promise<string> }, expected: string, timeoutMs = 15_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  let value = await field.inputValue();
  while (value !== expected && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 100));
    value = await field.inputValue();
  }
  return value;
}
