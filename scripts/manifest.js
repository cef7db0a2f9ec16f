/**
 * Turns the manifest template (manifest.xml, written for the development server at
 * https://localhost:3000) into the manifest of one deployment. The production base URL is a build
 * setting, and EVERY address in the template is rewritten to it: Office loads icons, the shared
 * runtime page, the custom functions' script and metadata, the support page and the "learn more" link
 * from the URLs in the manifest, so a single localhost left behind breaks the add-in for every user
 * (Microsoft's shared-runtime template rewrites only the first one).
 *
 * Plain CommonJS so that webpack.config.js and the tests (test/build/manifest.test.ts) use the very
 * same function; types in manifest.d.ts.
 */
"use strict";

/** The origin the template is written for (webpack-dev-server, `npm start`). */
const DEV_ORIGIN = "https://localhost:3000";
const DEV_BASE_URL = DEV_ORIGIN + "/";

/**
 * A base URL as the manifest needs it: https, no query or fragment, ending with "/" (the files of
 * dist/ are addressed relative to it).
 */
function normalizeBaseUrl(raw) {
  let url;
  try {
    url = new URL(String(raw).trim());
  } catch {
    throw new Error(`ADDIN_BASE_URL "${raw}" is not a URL; expected e.g. https://sonae.example.jp/addin/`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`ADDIN_BASE_URL "${raw}" must use https: Office loads add-ins only over HTTPS`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`ADDIN_BASE_URL "${raw}" must not carry a query, a fragment or credentials`);
  }
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url.href;
}

/**
 * Office wants a four-part version (n.n.n.n); package.json holds a three-part semver. "0.1.0" →
 * "0.1.0.0"; a pre-release or build suffix ("1.2.3-rc.1") is not allowed in a manifest version, so
 * it is refused rather than dropped silently.
 */
function manifestVersion(semver) {
  const m = /^(\d+)\.(\d+)\.(\d+)(?:\.(\d+))?$/.exec(String(semver).trim());
  if (!m) throw new Error(`version "${semver}" cannot become a manifest version (n.n.n.n)`);
  return [m[1], m[2], m[3], m[4] ?? "0"].join(".");
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function escapeXmlAttr(s) {
  return s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * Render the manifest for a deployment.
 * - every "https://localhost:3000/<path>" becomes "<baseUrl><path>";
 * - every bare "https://localhost:3000" (an AppDomain is an origin, not a folder) becomes the origin
 *   of the base URL;
 * - <Version> becomes the four-part form of `version`; <Id> becomes `id` when one is given (an
 *   organisation that deploys its own build may want its own identity).
 * Throws if a local address is left while the base URL is not local, so a half-rewritten manifest
 * never leaves the build.
 */
function renderManifest(template, options) {
  const baseUrl = normalizeBaseUrl(options.baseUrl);
  const origin = new URL(baseUrl).origin;
  let xml = template.split(DEV_BASE_URL).join(escapeXmlAttr(baseUrl));
  xml = xml.split(DEV_ORIGIN).join(escapeXmlAttr(origin));

  if (options.version !== undefined) {
    const version = manifestVersion(options.version);
    if (!/<Version>[^<]*<\/Version>/.test(xml)) throw new Error("manifest template has no <Version>");
    xml = xml.replace(/<Version>[^<]*<\/Version>/, `<Version>${version}</Version>`);
  }
  if (options.id !== undefined && options.id !== "") {
    if (!GUID.test(options.id)) throw new Error(`ADDIN_ID "${options.id}" is not a GUID`);
    if (!/<Id>[^<]*<\/Id>/.test(xml)) throw new Error("manifest template has no <Id>");
    xml = xml.replace(/<Id>[^<]*<\/Id>/, `<Id>${options.id.toLowerCase()}</Id>`);
  }
  const local = /localhost|127\.0\.0\.1|\[::1\]/i;
  if (!local.test(baseUrl) && local.test(xml)) {
    const line = xml.split("\n").find((l) => local.test(l));
    throw new Error(`manifest still names a local address after the rewrite: ${line && line.trim()}`);
  }
  return xml;
}

module.exports = { DEV_ORIGIN, DEV_BASE_URL, normalizeBaseUrl, manifestVersion, renderManifest };
