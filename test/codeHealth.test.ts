/**
 * Conventions the project keeps, checked: every law value set is dated and sourced; rules do not
 * hard-code rates; the product never reads ../shared; no network calls in product code.
 */
import * as fs from "node:fs";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "..");
const files = (dir: string, ext = /\.tsx?$/): string[] =>
  fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    return e.isDirectory() ? files(rel, ext) : ext.test(e.name) ? [rel] : [];
  });

describe("law data", () => {
  const lawModules = fs.readdirSync(path.join(ROOT, "src/calc/law")).filter((f) => f.endsWith(".ts") && !["types.ts", "timeline.ts", "errors.ts", "index.ts"].includes(f));
  const timelines = lawModules.flatMap((f) => {
    const mod = require(path.join(ROOT, "src/calc/law", f));
    return Object.entries(mod)
      .filter(([, v]) => v && typeof v === "object" && "spec" in (v as object) && typeof (v as { at?: unknown }).at === "function")
      .map(([name, v]) => [`${f} ${name}`, (v as { spec: any }).spec] as const);
  });

  test("there are timelines to check", () => expect(timelines.length).toBeGreaterThanOrEqual(9));

  test.each(timelines)("%s: every revision is dated and cites a source (title, and an article or URL)", (_name, spec) => {
    expect(spec.title).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(spec.unit).toBeTruthy();
    expect(["premiumMonth", "paymentDate", "wageClosingDate", "taxYear"]).toContain(spec.keyedOn);
    for (const r of spec.revisions) {
      expect(r.effective).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.sources.length).toBeGreaterThan(0);
      for (const s of r.sources) {
        expect(s.title).toBeTruthy();
        expect(Boolean(s.url) || Boolean(s.at)).toBe(true);
      }
    }
  });
});

describe("product code", () => {
  const src = files("src");
  test("has files", () => expect(src.length).toBeGreaterThan(20));

  test.each(src)("%s does not read ../shared", (f) => {
    expect(fs.readFileSync(path.join(ROOT, f), "utf8")).not.toMatch(/\.\.\/shared|shared\/reference/);
  });

  test.each(src.filter((f) => !f.startsWith("src/cli/")))("%s makes no network calls", (f) => {
    const text = fs.readFileSync(path.join(ROOT, f), "utf8");
    expect(text).not.toMatch(/\bfetch\(|XMLHttpRequest|navigator\.sendBeacon|new WebSocket|from "(node:)?https?"/);
  });

  // A rate in a rule file (not data) is a hard-coded law figure: rates live in src/calc/law.
  test.each(src.filter((f) => f.startsWith("src/calc/") && !f.startsWith("src/calc/law/")))("%s has no rate literal", (f) => {
    // Comments and Japanese messages to users (which show examples such as 0.095) are not code.
    const code = fs
      .readFileSync(path.join(ROOT, f), "utf8")
      .replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "")
      .replace(/"[^"\n]*[\u3040-\u30ff\u4e00-\u9fff][^"\n]*"/g, '""');
    expect(code).not.toMatch(/[^0-9.\w]0\.0\d{2,}/);
  });
});

// A newcomer's clone has nothing beside it: tests read the official figures checked in under
// test/fixtures/official, never the project's gathered ../shared folder.
describe("tests run on a clone with nothing beside it", () => {
  const codeOf = (f: string) => fs.readFileSync(path.join(ROOT, f), "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
  const readsOutside = (code: string) => /\.\.\/shared\b|shared\/reference|["'`]\.\.["'`]\s*,\s*["'`]shared["'`]|\/work\//.test(code);
  const scanned = [...files("src"), ...files("test"), ...files("scripts", /\.[cm]?[jt]sx?$/), ...files("bench"), ...fs.readdirSync(ROOT).filter((f) => /\.[cm]?js$/.test(f))];

  test("the scan sees the test support and the product", () => {
    expect(scanned).toEqual(expect.arrayContaining(["test/support/reference.ts", "src/functions/registry.ts", "jest.config.js"]));
  });

  // This file names the patterns it looks for, so it is checked by the table below instead.
  test.each(scanned.filter((f) => f !== "test/codeHealth.test.ts"))("%s reads nothing outside the repository", (f) => expect(readsOutside(codeOf(f))).toBe(false));

  test.each([
    ['path.resolve(__dirname, "../../../shared/reference")', true],
    ['path.join(ROOT, "..", "shared", "reference")', true],
    ["fs.readFileSync(`${dir}/shared/reference/test-cases.yaml`)", true],
    ['path.resolve("/work/shared/reference")', true],
    ['path.resolve(__dirname, "../fixtures/official")', false],
    ['fillFormula(ws, range, formula, results, "shared")', false],
  ])("the check catches %s → %s", (code, caught) => expect(readsOutside(code as string)).toBe(caught));

  const official = path.join(ROOT, "test/fixtures/official");
  const index = require("yaml").parse(fs.readFileSync(path.join(official, "index.yaml"), "utf8")).files as Record<string, unknown>[];
  const onDisk = files("test/fixtures/official", /\.(csv|ya?ml)$/).map((f) => path.relative("test/fixtures/official", f).split(path.sep).join("/")).filter((f) => f !== "index.yaml");

  test("index.yaml lists exactly the official files checked in", () => {
    expect(index.map((e) => e.path).sort()).toEqual(onDisk.sort());
    expect(onDisk).toContain("withholding/computer-method-r09.yaml");
  });

  test.each(index.map((e) => [e.path, e] as const))("%s names its source, effective date and confidence", (_p, e) => {
    for (const key of ["source", "effective", "confidence"]) expect(String(e[key] ?? "")).not.toBe("");
  });
});

// Real payroll files must never be committed by accident: the README's commands write into out/, which git ignores.
describe("README commands write into the ignored out/ folder", () => {
  const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
  const commands = readme.split("\n").filter((l) => /^(npm |npx |sonae |\s+--)/.test(l));
  const outputs = commands.flatMap((l) => [...l.matchAll(/--(?:out|xlsx)\s+(\S+)/g)].map((m) => m[1]));

  test("the README has commands that write files", () => expect(outputs.length).toBeGreaterThanOrEqual(3));
  test.each(outputs)("%s is under out/", (file) => expect(file).toMatch(/^out\//));
  test(".gitignore ignores out/", () => {
    expect(fs.readFileSync(path.join(ROOT, ".gitignore"), "utf8").split("\n")).toContain("out/");
  });
});
