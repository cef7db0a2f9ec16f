/**
 * The installable `sonae` command (package.json "bin"): compiled JavaScript made by `npm ci` through the
 * "prepare" script, so the command needs neither tsx nor TypeScript at run time. Rebuilt here (esbuild, a
 * second), so the test never runs a stale build.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
const BIN = path.join(ROOT, pkg.bin.sonae);

beforeAll(() => {
  execFileSync(process.execPath, [path.join(ROOT, "scripts/build-cli.mjs")], { cwd: ROOT });
}, 60_000);

test("package.json names the command sonae, built by prepare, and every run-time package is a dependency", () => {
  expect(pkg.scripts.prepare).toContain("scripts/build-cli.mjs");
  expect(fs.readFileSync(BIN, "utf8").startsWith("#!/usr/bin/env node")).toBe(true);
  // The bundle leaves npm packages as run-time requires: each must be installed for users (not a devDependency).
  const required = new Set([...fs.readFileSync(BIN, "utf8").matchAll(/require\("([^".][^"]*)"\)/g)].map((m) => m[1]));
  const packages = [...required].filter((r) => !r.startsWith("node:") && !require("node:module").builtinModules.includes(r));
  const names = packages.map((p) => (p.startsWith("@") ? p.split("/").slice(0, 2).join("/") : p.split("/")[0]));
  expect(names.length).toBeGreaterThan(0);
  for (const name of names) expect({ name, dependency: name in pkg.dependencies }).toEqual({ name, dependency: true });
});

test("the compiled command answers like the sources: 東京都 300,000円 (9.85%) → 14,775円", () => {
  // 300,000 × 9.85% = 29,550; the employee's half 14,775 (令和8年3月分からの協会けんぽ東京支部の料率).
  const out = execFileSync(process.execPath, [BIN, "call", "SI_HEALTH", "300000", "東京都", "2026-11"], { cwd: ROOT, encoding: "utf8" });
  expect(out.trim()).toBe("14775");
});
