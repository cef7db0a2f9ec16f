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
