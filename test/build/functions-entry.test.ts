/**
 * The files whose JSDoc is Excel's metadata are listed once (FUNCTION_SOURCE_FILES). The webpack
 * build reads that list from the source text (scripts/functionSources.js) and the functions bundle's
 * entry loads the files: all three must agree, or a function would be described to Excel but never
 * registered (or the reverse).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { functionSourceFiles } from "../../scripts/functionSources";
import { FUNCTION_SOURCE_FILES } from "../../src/functions/registry";

const ROOT = path.resolve(__dirname, "../..");

test("FUNCTION_SOURCE_FILES is not empty", () => {
  expect(FUNCTION_SOURCE_FILES.length).toBeGreaterThan(0);
});

test("the build reads FUNCTION_SOURCE_FILES as TypeScript does", () => {
  expect(functionSourceFiles(ROOT)).toEqual([...FUNCTION_SOURCE_FILES]);
});

test("src/functions/entry.ts loads exactly the files of FUNCTION_SOURCE_FILES", () => {
  const entry = fs.readFileSync(path.join(ROOT, "src/functions/entry.ts"), "utf8");
  const loaded = [...entry.matchAll(/^\s*(?:require\(|import\s+)["'](\.\/[^"']+)["']/gm)].map((m) =>
    path.posix.join("src/functions", `${m[1]}.ts`),
  );
  expect(loaded.sort()).toEqual([...FUNCTION_SOURCE_FILES].sort());
});
