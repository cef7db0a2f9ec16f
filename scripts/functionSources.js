/**
 * The files whose JSDoc is Excel's custom-function metadata are listed once, in
 * src/functions/registry.ts (FUNCTION_SOURCE_FILES). webpack.config.js is plain JavaScript and cannot
 * import that TypeScript module, so it reads the list from the source text here;
 * test/build/functions-entry.test.ts checks that this reading equals the imported constant and that
 * src/functions/entry.ts loads exactly these files.
 */
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const REGISTRY = "src/functions/registry.ts";

/** FUNCTION_SOURCE_FILES as written in src/functions/registry.ts (paths relative to the project). */
function functionSourceFiles(root) {
  const text = fs.readFileSync(path.join(root, REGISTRY), "utf8");
  const m = /export\s+const\s+FUNCTION_SOURCE_FILES\b[^=]*=\s*\[([^\]]*)\]/.exec(text);
  if (!m) throw new Error(`${REGISTRY}: cannot find "export const FUNCTION_SOURCE_FILES = [ … ]"`);
  const files = [...m[1].matchAll(/["'`]([^"'`]+)["'`]/g)].map((x) => x[1]);
  if (files.length === 0) throw new Error(`${REGISTRY}: FUNCTION_SOURCE_FILES is empty`);
  for (const f of files) {
    if (!fs.existsSync(path.join(root, f))) throw new Error(`${REGISTRY}: FUNCTION_SOURCE_FILES names ${f}, which does not exist`);
  }
  return files;
}

module.exports = { functionSourceFiles };
