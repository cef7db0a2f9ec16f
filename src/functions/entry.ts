/**
 * The custom functions bundle (dist/functions.js). It runs in the shared runtime, on the task pane's
 * page, and loads every file listed in FUNCTION_SOURCE_FILES (src/functions/registry.ts): at build
 * time custom-functions-metadata-plugin writes functions.json from their JSDoc and appends a
 * `CustomFunctions.associate("ID", fn)` call to each of them, which registers the functions with Excel
 * when the file is evaluated here. test/build/functions-entry.test.ts keeps this list and
 * FUNCTION_SOURCE_FILES equal.
 */
// Outside Office (the page opened in a plain browser without office.js, e.g. offline) there is no
// CustomFunctions object and the appended associate calls would throw. Only when office.js is absent
// altogether — never inside Excel, where office.js defines what it needs — there is nothing to
// register with, so a no-op stands in.
if (typeof Office === "undefined" && typeof CustomFunctions === "undefined") {
  (globalThis as { CustomFunctions?: unknown }).CustomFunctions = { associate: () => undefined };
}

// require (not import) so that the check above runs first: imports would be hoisted above it.
require("./socialInsurance");
require("./withholding");
require("./yearEnd");

export {};
