/**
 * The add-in manifest, checked offline (see manifestChecks.ts for the rules and their sources).
 *
 *   npx jest test/build/manifest.test.ts                              the template, rendered in-process
 *                                                                     for a production URL
 *   MANIFEST=dist/manifest.xml npx jest test/build/manifest.test.ts   a built manifest (CI), with the
 *                                                                     files it names checked in dist/
 *   ADDIN_BASE_URL=… as well: every URL must lie under that base URL.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { DEV_BASE_URL, manifestVersion, normalizeBaseUrl, renderManifest } from "../../scripts/manifest";
import { FORMULAS } from "../../src/functions/registry";
import { EXCEL_API_MEMBERS, EXCEL_API_VERSION } from "../../src/taskpane/excel/requirements";
import { MANIFEST_CHECKS, manifestUrls, readManifest } from "./manifestChecks";

const ROOT = path.resolve(__dirname, "../..");
const TEMPLATE = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
const PRODUCTION_URL = "https://sonae.example.jp/addin/";

const given = process.env.MANIFEST ? path.resolve(process.env.MANIFEST) : undefined;
const subject = given
  ? { label: `manifest ${process.env.MANIFEST}`, xml: fs.readFileSync(given, "utf8"), distDir: path.dirname(given) }
  : { label: `manifest.xml rendered for ${PRODUCTION_URL}`, xml: renderManifest(TEMPLATE, { baseUrl: PRODUCTION_URL, version }), distDir: undefined };

describe(subject.label, () => {
  const m = readManifest(subject.xml, subject.distDir);

  test("there are checks to run", () => expect(MANIFEST_CHECKS.length).toBeGreaterThan(0));

  test.each(MANIFEST_CHECKS.map((c) => [c.name, c] as const))("%s", (_name, check) => {
    expect(check.run(m)).toEqual([]);
  });

  const expectedBase = process.env.ADDIN_BASE_URL ? normalizeBaseUrl(process.env.ADDIN_BASE_URL) : given ? undefined : PRODUCTION_URL;
  if (expectedBase) {
    test(`every URL lies under ${expectedBase} (AppDomain: its origin)`, () => {
      const urls = manifestUrls(m);
      expect(urls.length).toBeGreaterThan(0);
      const origin = new URL(expectedBase).origin;
      const wrong = urls.filter(({ where, url }) => (/AppDomain/.test(where) ? url !== origin : !url.startsWith(expectedBase)));
      expect(wrong).toEqual([]);
    });
    test("no localhost is left", () => {
      expect(subject.xml).not.toMatch(/localhost|127\.0\.0\.1/);
    });
  }

  test(`<Version> is ${manifestVersion(version)}, from package.json ${version}`, () => {
    expect(subject.xml).toContain(`<Version>${manifestVersion(version)}</Version>`);
  });

  if (subject.distDir) {
    const distDir = subject.distDir;
    test("functions.json beside it describes every registered formula, and only those", () => {
      const metadata = JSON.parse(fs.readFileSync(path.join(distDir, "functions.json"), "utf8")) as { functions: { id: string }[] };
      const ids = metadata.functions.map((f) => f.id).sort();
      expect(FORMULAS.length).toBeGreaterThan(0);
      expect(ids).toEqual(FORMULAS.map((f) => f.id).sort());
    });
  }
});

describe("the template manifest.xml (development, as served by npm start)", () => {
  const m = readManifest(renderManifest(TEMPLATE, { baseUrl: DEV_BASE_URL }));
  test.each(MANIFEST_CHECKS.map((c) => [c.name, c] as const))("%s", (_name, check) => {
    expect(check.run(m)).toEqual([]);
  });
  test("rendering for the development server without a version leaves the template as it is", () => {
    expect(renderManifest(TEMPLATE, { baseUrl: DEV_BASE_URL })).toBe(TEMPLATE);
  });
});

describe("renderManifest: the production base URL rewrites every URL", () => {
  const cases: { id: string; baseUrl: string; expectedBase: string; origin: string }[] = [
    { id: "folder", baseUrl: "https://sonae.example.jp/addin/", expectedBase: "https://sonae.example.jp/addin/", origin: "https://sonae.example.jp" },
    { id: "folder-no-slash", baseUrl: "https://sonae.example.jp/addin", expectedBase: "https://sonae.example.jp/addin/", origin: "https://sonae.example.jp" },
    { id: "root-with-port", baseUrl: "https://intra.example.co.jp:8443", expectedBase: "https://intra.example.co.jp:8443/", origin: "https://intra.example.co.jp:8443" },
    { id: "sharepoint-like", baseUrl: "https://contoso.example.com/sites/payroll/sonae/v1/", expectedBase: "https://contoso.example.com/sites/payroll/sonae/v1/", origin: "https://contoso.example.com" },
  ];
  test("cases > 0", () => expect(cases.length).toBeGreaterThan(0));

  test.each(cases)("$id: $baseUrl", ({ baseUrl, expectedBase, origin }) => {
    const xml = renderManifest(TEMPLATE, { baseUrl, version });
    expect(xml).not.toMatch(/localhost/);
    const m = readManifest(xml);
    const urls = manifestUrls(m);
    // as many URLs as the template has: none lost, none left behind
    expect(urls.length).toBe(TEMPLATE.split("https://localhost:3000").length - 1);
    for (const { where, url } of urls) {
      if (/AppDomain/.test(where)) expect(url).toBe(origin);
      else expect(url.startsWith(expectedBase)).toBe(true);
    }
    for (const check of MANIFEST_CHECKS) expect([check.name, check.run(m)]).toEqual([check.name, []]);
  });

  test.each([
    ["http://sonae.example.jp/addin/", /https/],
    ["sonae.example.jp/addin/", /not a URL/],
    ["https://sonae.example.jp/addin/?v=1", /query/],
    ["https://user:pw@sonae.example.jp/", /credentials/],
  ])("refuses base URL %s", (baseUrl, message) => {
    expect(() => renderManifest(TEMPLATE, { baseUrl, version })).toThrow(message);
  });

  test.each([
    ["0.1.0", "0.1.0.0"],
    ["1.12.3", "1.12.3.0"],
    ["2.0.0.7", "2.0.0.7"],
  ])("version %s → %s", (semver, four) => {
    expect(manifestVersion(semver)).toBe(four);
    expect(renderManifest(TEMPLATE, { baseUrl: PRODUCTION_URL, version: semver })).toContain(`<Version>${four}</Version>`);
  });
  test.each(["1.2.3-rc.1", "1.2", "v1.2.3"])("refuses version %s", (semver) => {
    expect(() => manifestVersion(semver)).toThrow(/n\.n\.n\.n/);
  });

  test("ADDIN_ID replaces <Id>; a non-GUID is refused", () => {
    const id = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";
    expect(renderManifest(TEMPLATE, { baseUrl: PRODUCTION_URL, id })).toContain(`<Id>${id}</Id>`);
    expect(() => renderManifest(TEMPLATE, { baseUrl: PRODUCTION_URL, id: "sonae" })).toThrow(/GUID/);
  });

  test("a localhost URL that escapes the rewrite is an error, not a silent half-rewritten manifest", () => {
    const broken = TEMPLATE.replace("https://localhost:3000/support.html", "https://localhost:3001/support.html");
    expect(() => renderManifest(broken, { baseUrl: PRODUCTION_URL, version })).toThrow(/localhost:3001/);
  });
});

describe("the checks catch broken manifests", () => {
  const good = renderManifest(TEMPLATE, { baseUrl: PRODUCTION_URL, version });
  const runtimeBlock = /\s*<Runtimes>\s*<Runtime [\s\S]*?<\/Runtimes>/;
  const mutations: { id: string; mutate: (xml: string) => string; check: RegExp; problem: RegExp }[] = [
    { id: "runtimes-not-first", mutate: (x) => x.replace(runtimeBlock, "").replace("</AllFormFactors>", `</AllFormFactors>${x.match(runtimeBlock)![0]}`), check: /Runtimes> is the first/, problem: /first element inside <Host> is <AllFormFactors>/ },
    { id: "short-lifetime", mutate: (x) => x.replace('lifetime="long"', 'lifetime="short"'), check: /Runtimes> is the first/, problem: /lifetime "short"/ },
    { id: "no-shared-runtime-set", mutate: (x) => x.replace('<Set Name="SharedRuntime" MinVersion="1.1"/>', ""), check: /SharedRuntime 1\.1/, problem: /SharedRuntime/ },
    { id: "no-excel-api-set", mutate: (x) => x.replace(/\s*<Set Name="ExcelApi"[^>]*\/>/, ""), check: /ExcelApi/, problem: /has no <Set Name="ExcelApi"/ },
    { id: "old-excel-api-set", mutate: (x) => x.replace(/<Set Name="ExcelApi" MinVersion="[^"]*"\/>/, '<Set Name="ExcelApi" MinVersion="1.7"/>'), check: /ExcelApi/, problem: /MinVersion is "1\.7"/ },
    { id: "long-resid", mutate: (x) => x.split("Functions.Metadata.Url").join("Functions.Metadata.Url.Is.Too.Long.Now"), check: /every resid/, problem: /at most 32/ },
    { id: "undefined-resid", mutate: (x) => x.replace('<Namespace resid="Functions.Namespace"/>', '<Namespace resid="Functions.Nmspace"/>'), check: /every resid/, problem: /no resource with this id/ },
    { id: "wrong-kind", mutate: (x) => x.replace('<Label resid="Group.Label"/>', '<Label resid="GetStarted.Description"/>'), check: /every resid/, problem: /expected bt:ShortStrings/ },
    { id: "namespace-value", mutate: (x) => x.replace('DefaultValue="SONAE"', 'DefaultValue="SONAE2"'), check: /extension point is complete/, problem: /expected the short string "SONAE"/ },
    { id: "no-metadata", mutate: (x) => x.replace(/<Metadata>[\s\S]*?<\/Metadata>/, ""), check: /extension point is complete/, problem: /<Metadata> has no <SourceLocation/ },
    { id: "page-not-shared", mutate: (x) => x.replace('<Page>\n              <SourceLocation resid="Taskpane.Url"/>', '<Page>\n              <SourceLocation resid="Functions.Script.Url"/>'), check: /one shared runtime/, problem: /<Page> uses resid "Functions.Script.Url"/ },
    { id: "function-file-not-shared", mutate: (x) => x.replace('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="GetStarted.LearnMoreUrl"/>'), check: /one shared runtime/, problem: /<FunctionFile> uses resid/ },
    { id: "http-url", mutate: (x) => x.replace("https://sonae.example.jp/addin/support.html", "http://sonae.example.jp/addin/support.html"), check: /https and on one origin/, problem: /is not https/ },
    { id: "second-origin", mutate: (x) => x.replace("https://sonae.example.jp/addin/assets/icon-16.png", "https://cdn.example.net/icon-16.png"), check: /https and on one origin/, problem: /2 origins/ },
    { id: "outside-base", mutate: (x) => x.replace("https://sonae.example.jp/addin/assets/icon-16.png", "https://sonae.example.jp/other/icon-16.png"), check: /under the folder/, problem: /is not under/ },
    { id: "bad-id", mutate: (x) => x.replace(/<Id>[^<]*<\/Id>/, "<Id>sonae</Id>"), check: /GUID/, problem: /not a GUID/ },
    { id: "three-part-version", mutate: (x) => x.replace(/<Version>[^<]*<\/Version>/, "<Version>0.1.0</Version>"), check: /four numeric parts/, problem: /n\.n\.n\.n/ },
  ];
  test("mutations > 0", () => expect(mutations.length).toBeGreaterThan(0));

  test.each(mutations)("$id", ({ mutate, check, problem }) => {
    const xml = mutate(good);
    expect(xml).not.toBe(good);
    const c = MANIFEST_CHECKS.find((k) => check.test(k.name));
    expect(c).toBeDefined();
    const problems = c!.run(readManifest(xml));
    expect(problems.join("\n")).toMatch(problem);
  });

  test("a file named by the manifest but missing from dist/ is reported", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sonae-dist-"));
    try {
      const c = MANIFEST_CHECKS.find((k) => /exists in the build/.test(k.name))!;
      const problems = c.run(readManifest(good, dir));
      expect(problems.join("\n")).toMatch(/taskpane\.html .* does not exist/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the ExcelApi set the manifest declares is the highest set of the Excel calls the pane makes", () => {
  const types = fs.readFileSync(require.resolve("@types/office-js/index.d.ts"), "utf8");
  const excel = types.slice(types.indexOf("declare namespace Excel {"));

  /** The `[Api set: ExcelApi n.n]` tag of Excel.Class.member in @types/office-js. */
  function apiSet(member: string): string | undefined {
    const [cls, name] = member.split(".");
    const at = excel.search(new RegExp(`\\n    class ${cls} extends`));
    if (at < 0) return undefined;
    const body = excel.slice(at);
    const m = body.search(new RegExp(`\\n        (readonly )?${name}[(:?<]`));
    if (m < 0) return undefined;
    const tags = [...body.slice(Math.max(0, m - 2000), m).matchAll(/\[Api set: ExcelApi (\d+\.\d+)/g)];
    return tags.pop()?.[1];
  }

  test.each(Object.entries(EXCEL_API_MEMBERS))("%s is ExcelApi %s", (member, set) => {
    expect(apiSet(member)).toBe(set);
  });

  test(`the highest is ${EXCEL_API_VERSION}, and the manifest declares it`, () => {
    expect(Object.keys(EXCEL_API_MEMBERS).length).toBeGreaterThan(0);
    expect(EXCEL_API_VERSION).toBe(Object.values(EXCEL_API_MEMBERS).sort((a, b) => Number(a) - Number(b)).pop());
    expect(TEMPLATE).toContain(`<Set Name="ExcelApi" MinVersion="${EXCEL_API_VERSION}"/>`);
  });
});
