/**
 * An offline structural check of the add-in manifest (`office-addin-manifest validate` needs the
 * internet). Each check returns the problems it found, in words that say what to fix. The rules come
 * from Microsoft Learn:
 * - "Configure your Office Add-in to use a shared runtime": SharedRuntime 1.1 in <Requirements>;
 * - Set element (https://learn.microsoft.com/javascript/api/manifest/set): the ExcelApi set the code
 *   calls (src/taskpane/excel/requirements.ts) in the base manifest's <Requirements>;
 *   <Runtimes> right after <Host>, lifetime "long"; the runtime, the custom functions <Page>, the
 *   task pane and the <FunctionFile> use the same resid, or the shared runtime does not load.
 * - Manifest reference (Runtime, SourceLocation, Namespace, Resources): every resid names a resource
 *   of the right kind and is at most 32 characters; the custom functions extension point has
 *   Script, Page, Metadata and Namespace.
 * - <Id> is a GUID; <Version> has four parts (n.n.n.n); add-ins are served over HTTPS.
 * Sonae's own rule: every URL is on one origin (the static host of dist/), nothing else is loaded.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { EXCEL_API_VERSION } from "../../src/taskpane/excel/requirements";

export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

type Ordered = Record<string, unknown>;

function toNode(entry: Ordered): XmlNode | null {
  const name = Object.keys(entry).find((k) => k !== ":@");
  if (!name || name === "#text") return null;
  const rawChildren = (entry[name] as Ordered[]) ?? [];
  const children: XmlNode[] = [];
  let text = "";
  for (const c of rawChildren) {
    if ("#text" in c) text += String(c["#text"]);
    else {
      const n = toNode(c);
      if (n) children.push(n);
    }
  }
  return { name, attrs: (entry[":@"] as Record<string, string>) ?? {}, children, text: text.trim() };
}

/** Parse XML into a tree that keeps the order of elements (the shared runtime depends on order). */
export function parseXml(xml: string): XmlNode {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`manifest is not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseAttributeValue: false,
    parseTagValue: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
  });
  const roots = (parser.parse(xml) as Ordered[]).map(toNode).filter((n): n is XmlNode => n !== null);
  if (roots.length !== 1) throw new Error(`manifest has ${roots.length} root elements`);
  return roots[0];
}

const local = (name: string) => name.replace(/^.*:/, "");
export const child = (n: XmlNode | undefined, name: string) => n?.children.find((c) => local(c.name) === name);
export const children = (n: XmlNode | undefined, name: string) => n?.children.filter((c) => local(c.name) === name) ?? [];

export function walk(n: XmlNode, visit: (node: XmlNode, parents: XmlNode[]) => void, parents: XmlNode[] = []): void {
  visit(n, parents);
  for (const c of n.children) walk(c, visit, [...parents, n]);
}

type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";
const RESOURCE_KINDS: ResourceKind[] = ["Images", "Urls", "ShortStrings", "LongStrings"];
const MAX_RESID = 32;

export interface Manifest {
  root: XmlNode;
  /** Every resource by id, with its kind and value. */
  resources: Map<string, { kind: ResourceKind; value: string }>;
  duplicateIds: string[];
  /** The VersionOverrides <Host xsi:type="Workbook">. */
  host: XmlNode | undefined;
  /** Directory of the built files (dist/) when the manifest was read from there: files are then checked too. */
  distDir?: string;
}

export function readManifest(xml: string, distDir?: string): Manifest {
  const root = parseXml(xml);
  const resources = new Map<string, { kind: ResourceKind; value: string }>();
  const duplicateIds: string[] = [];
  const overrides = child(root, "VersionOverrides");
  const res = child(overrides, "Resources");
  for (const kind of RESOURCE_KINDS) {
    for (const r of child(res, kind)?.children ?? []) {
      const id = r.attrs.id;
      if (resources.has(id)) duplicateIds.push(id);
      resources.set(id, { kind, value: r.attrs.DefaultValue ?? "" });
    }
  }
  const host = children(child(overrides, "Hosts"), "Host").find((h) => h.attrs["xsi:type"] === "Workbook");
  return { root, resources, duplicateIds, host, distDir };
}

/** The kind of resource an element's resid must name. */
function expectedKind(node: XmlNode, parents: XmlNode[]): ResourceKind | undefined {
  const name = local(node.name);
  if (["Runtime", "SourceLocation", "FunctionFile", "LearnMoreUrl"].includes(name)) return "Urls";
  if (name === "Image") return "Images";
  if (["Label", "Title", "Namespace"].includes(name)) return "ShortStrings";
  if (name === "Description" && parents.some((p) => local(p.name) === "VersionOverrides")) return "LongStrings";
  return undefined;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every address in the manifest: the attribute or text, where it is, and the URL. */
export function manifestUrls(m: Manifest): { where: string; url: string }[] {
  const found: { where: string; url: string }[] = [];
  walk(m.root, (node) => {
    for (const [attr, value] of Object.entries(node.attrs)) {
      if (attr === "xmlns" || attr.startsWith("xmlns:")) continue; // namespace names, never loaded
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) found.push({ where: `<${node.name} ${attr}>`, url: value });
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(node.text)) found.push({ where: `<${node.name}>`, url: node.text });
  });
  return found;
}

function resolveUrl(m: Manifest, resid: string | undefined): string | undefined {
  return resid === undefined ? undefined : m.resources.get(resid)?.value;
}

/** The task pane page of the shared runtime (the URL the runtime's resid names). */
export function runtimeUrl(m: Manifest): string | undefined {
  return resolveUrl(m, child(child(m.host, "Runtimes"), "Runtime")?.attrs.resid);
}

function pngSize(file: string): { width: number; height: number } | undefined {
  const b = fs.readFileSync(file);
  if (b.length < 24 || b.toString("latin1", 1, 4) !== "PNG") return undefined;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

export interface ManifestCheck {
  name: string;
  run: (m: Manifest) => string[];
}

export const MANIFEST_CHECKS: ManifestCheck[] = [
  {
    name: "is a task pane add-in for Excel (Workbook) with a VersionOverrides Workbook host",
    run: (m) => {
      const p: string[] = [];
      if (local(m.root.name) !== "OfficeApp") p.push(`root element is <${m.root.name}>, expected <OfficeApp>`);
      if (m.root.attrs["xsi:type"] !== "TaskPaneApp") p.push(`OfficeApp xsi:type is "${m.root.attrs["xsi:type"]}", expected "TaskPaneApp"`);
      if (!children(child(m.root, "Hosts"), "Host").some((h) => h.attrs.Name === "Workbook")) p.push('<Hosts> has no <Host Name="Workbook"/>');
      if (!m.host) p.push('<VersionOverrides><Hosts> has no <Host xsi:type="Workbook">');
      return p;
    },
  },
  {
    name: "<Id> is a GUID",
    run: (m) => {
      const id = child(m.root, "Id")?.text ?? "";
      return GUID.test(id) ? [] : [`<Id> "${id}" is not a GUID (8-4-4-4-12 hexadecimal digits)`];
    },
  },
  {
    name: "<Version> has four numeric parts",
    run: (m) => {
      const v = child(m.root, "Version")?.text ?? "";
      return /^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/.test(v) ? [] : [`<Version> "${v}" is not of the form n.n.n.n`];
    },
  },
  {
    name: "requires the SharedRuntime 1.1 requirement set",
    run: (m) => {
      const sets = children(child(child(m.root, "Requirements"), "Sets"), "Set");
      const shared = sets.find((s) => s.attrs.Name === "SharedRuntime");
      if (!shared) return ['<Requirements><Sets> has no <Set Name="SharedRuntime" MinVersion="1.1"/>'];
      const min = shared.attrs.MinVersion ?? child(m.root, "Requirements")?.children[0]?.attrs.DefaultMinVersion;
      return min && Number(min) >= 1.1 ? [] : [`SharedRuntime MinVersion is "${min}", expected 1.1 or later`];
    },
  },
  {
    name: `requires the ExcelApi ${EXCEL_API_VERSION} requirement set the task pane's Excel calls need`,
    run: (m) => {
      // A <Set> in the base manifest's <Requirements> is a set "your Office Add-in needs in order to be
      // activated by Office" (manifest reference, Set element); ExcelApi is not among the sets that
      // cannot be declared there.
      const requirements = child(m.root, "Requirements");
      const excel = children(child(requirements, "Sets"), "Set").find((s) => s.attrs.Name === "ExcelApi");
      if (!excel) return [`<Requirements><Sets> has no <Set Name="ExcelApi" MinVersion="${EXCEL_API_VERSION}"/>`];
      const min = excel.attrs.MinVersion ?? child(requirements, "Sets")?.attrs.DefaultMinVersion;
      return min === EXCEL_API_VERSION ? [] : [`ExcelApi MinVersion is "${min}", expected ${EXCEL_API_VERSION} (src/taskpane/excel/requirements.ts)`];
    },
  },
  {
    name: '<Runtimes> is the first element inside <Host> and declares one long-lived runtime',
    run: (m) => {
      if (!m.host) return ["no Workbook host in VersionOverrides"];
      const first = m.host.children[0];
      const p: string[] = [];
      if (!first || local(first.name) !== "Runtimes") p.push(`the first element inside <Host> is <${first?.name}>, expected <Runtimes>`);
      const runtimes = children(child(m.host, "Runtimes"), "Runtime");
      if (runtimes.length !== 1) p.push(`<Runtimes> holds ${runtimes.length} <Runtime> elements, expected exactly one`);
      for (const r of runtimes) {
        if (r.attrs.lifetime !== "long") p.push(`<Runtime resid="${r.attrs.resid}"> has lifetime "${r.attrs.lifetime}", expected "long"`);
      }
      return p;
    },
  },
  {
    name: "the custom functions extension point is complete (Script, Page, Metadata, Namespace SONAE)",
    run: (m) => {
      const points = children(child(m.host, "AllFormFactors"), "ExtensionPoint").filter((e) => e.attrs["xsi:type"] === "CustomFunctions");
      if (points.length !== 1) return [`found ${points.length} <ExtensionPoint xsi:type="CustomFunctions">, expected one inside <AllFormFactors>`];
      const ep = points[0];
      const p: string[] = [];
      const need: [string, RegExp][] = [
        ["Script", /\.js$/],
        ["Page", /\.html$/],
        ["Metadata", /\.json$/],
      ];
      for (const [name, ending] of need) {
        const resid = child(child(ep, name), "SourceLocation")?.attrs.resid;
        const url = resolveUrl(m, resid);
        if (!resid) p.push(`<${name}> has no <SourceLocation resid="…"/>`);
        else if (!url) p.push(`<${name}> SourceLocation resid "${resid}" names no URL resource`);
        else if (!ending.test(new URL(url).pathname)) p.push(`<${name}> points to ${url}, expected a file ending in ${ending.source.replace(/\\|\$/g, "")}`);
      }
      const ns = child(ep, "Namespace")?.attrs.resid;
      const nsValue = ns === undefined ? undefined : m.resources.get(ns);
      if (!ns) p.push('<Namespace resid="…"/> is missing');
      else if (nsValue?.kind !== "ShortStrings" || nsValue.value !== "SONAE") p.push(`<Namespace resid="${ns}"> is "${nsValue?.value}", expected the short string "SONAE"`);
      return p;
    },
  },
  {
    name: "one shared runtime: Runtime, functions Page, task pane and FunctionFile use the same resid (taskpane.html)",
    run: (m) => {
      const runtime = child(child(m.host, "Runtimes"), "Runtime")?.attrs.resid;
      const p: string[] = [];
      if (!runtime) return ["no <Runtime resid=…>"];
      const ep = children(child(m.host, "AllFormFactors"), "ExtensionPoint").find((e) => e.attrs["xsi:type"] === "CustomFunctions");
      const page = child(child(ep, "Page"), "SourceLocation")?.attrs.resid;
      if (page !== runtime) p.push(`custom functions <Page> uses resid "${page}", the runtime "${runtime}"`);
      const desktop = child(m.host, "DesktopFormFactor");
      const functionFile = child(desktop, "FunctionFile")?.attrs.resid;
      if (functionFile !== undefined && functionFile !== runtime) p.push(`<FunctionFile> uses resid "${functionFile}", the runtime "${runtime}"`);
      let taskpanes = 0;
      walk(m.host ?? m.root, (n) => {
        if (local(n.name) === "Action" && n.attrs["xsi:type"] === "ShowTaskpane") {
          taskpanes++;
          const resid = child(n, "SourceLocation")?.attrs.resid;
          if (resid !== runtime) p.push(`a ShowTaskpane action uses resid "${resid}", the runtime "${runtime}"`);
          if (!child(n, "TaskpaneId")) p.push("a ShowTaskpane action has no <TaskpaneId> (a shared runtime supports one task pane)");
        }
      });
      if (taskpanes === 0) p.push("no ShowTaskpane action: the task pane cannot be opened from the ribbon");
      const url = resolveUrl(m, runtime);
      if (!url || !/\/taskpane\.html$/.test(new URL(url).pathname)) p.push(`the runtime page is ${url}, expected …/taskpane.html`);
      const defaultPage = child(child(m.root, "DefaultSettings"), "SourceLocation")?.attrs.DefaultValue;
      if (defaultPage !== url) p.push(`<DefaultSettings><SourceLocation> is ${defaultPage}, the runtime page ${url}`);
      return p;
    },
  },
  {
    name: "every resid is defined, of the right kind, and at most 32 characters",
    run: (m) => {
      const p: string[] = [];
      for (const id of m.duplicateIds) p.push(`resource id "${id}" is defined twice`);
      for (const id of m.resources.keys()) {
        if (id.length > MAX_RESID) p.push(`resource id "${id}" has ${id.length} characters (at most ${MAX_RESID})`);
      }
      let count = 0;
      walk(m.root, (node, parents) => {
        const resid = node.attrs.resid;
        if (resid === undefined) return;
        count++;
        const where = `<${node.name} resid="${resid}">`;
        if (resid.length > MAX_RESID) p.push(`${where}: resid has ${resid.length} characters (at most ${MAX_RESID})`);
        const r = m.resources.get(resid);
        if (!r) {
          p.push(`${where}: no resource with this id in <Resources>`);
          return;
        }
        const kind = expectedKind(node, parents);
        if (kind && r.kind !== kind) p.push(`${where}: names a resource in bt:${r.kind}, expected bt:${kind}`);
        if (r.value === "") p.push(`${where}: the resource has no DefaultValue`);
      });
      if (count === 0) p.push("no resid found at all");
      return p;
    },
  },
  {
    name: "every URL is https and on one origin",
    run: (m) => {
      const urls = manifestUrls(m);
      if (urls.length === 0) return ["no URL found"];
      const p: string[] = [];
      const origins = new Set<string>();
      for (const { where, url } of urls) {
        let u: URL;
        try {
          u = new URL(url);
        } catch {
          p.push(`${where}: "${url}" is not a URL`);
          continue;
        }
        if (u.protocol !== "https:") p.push(`${where}: ${url} is not https`);
        origins.add(u.origin);
      }
      if (origins.size !== 1) p.push(`URLs span ${origins.size} origins: ${[...origins].join(", ")}`);
      return p;
    },
  },
  {
    name: "every page, script, metadata and icon URL lies under the folder of the task pane page",
    run: (m) => {
      const page = runtimeUrl(m);
      if (!page) return ["no runtime page"];
      const base = new URL(".", page).href;
      const p: string[] = [];
      for (const { where, url } of manifestUrls(m)) {
        if (/AppDomain/.test(where)) {
          if (url !== new URL(base).origin) p.push(`${where}: ${url} is not the origin of ${base}`);
        } else if (!url.startsWith(base)) p.push(`${where}: ${url} is not under ${base}`);
      }
      return p;
    },
  },
  {
    name: "every file the manifest names exists in the build, icons at their declared sizes",
    run: (m) => {
      if (!m.distDir) return [];
      const page = runtimeUrl(m);
      if (!page) return ["no runtime page"];
      const base = new URL(".", page).href;
      const p: string[] = [];
      const declared = new Map<string, number>();
      walk(m.root, (n) => {
        if (local(n.name) === "Image" && n.attrs.size && n.attrs.resid) {
          const url = resolveUrl(m, n.attrs.resid);
          if (url) declared.set(url, Number(n.attrs.size));
        }
        if (local(n.name) === "IconUrl") declared.set(n.attrs.DefaultValue, 32);
        if (local(n.name) === "HighResolutionIconUrl") declared.set(n.attrs.DefaultValue, 64);
      });
      for (const { where, url } of manifestUrls(m)) {
        if (/AppDomain/.test(where) || !url.startsWith(base)) continue;
        const file = path.join(m.distDir, decodeURIComponent(url.slice(base.length).replace(/[?#].*$/, "")));
        if (!fs.existsSync(file)) {
          p.push(`${where}: ${url} → ${file} does not exist`);
          continue;
        }
        const size = declared.get(url);
        if (size !== undefined) {
          const png = pngSize(file);
          if (!png || png.width !== size || png.height !== size) p.push(`${where}: ${file} is ${png ? `${png.width}×${png.height}` : "not a PNG"}, declared ${size}×${size}`);
        }
      }
      return p;
    },
  },
];
