/**
 * Excel's metadata (functions.json, generated from the JSDoc wrappers) and the registry describe the
 * same formulas: every registered id has metadata, every metadata id is registered, the parameter
 * names and optional flags agree, and every function and parameter has a Japanese description (the
 * formula tooltip is how staff discover them). docs/formulas.md is generated from the same source and
 * must be up to date.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { FORMULA_REFERENCE_PATH, functionMetadata, MetadataFunction, renderFormulaReference } from "../../scripts/formula-reference";
import { FORMULAS, REGISTRY } from "../../src/functions/registry";

const ROOT = path.resolve(__dirname, "../..");
/** Hiragana, katakana or kanji: a description written in Japanese. */
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

let metadata: MetadataFunction[] = [];
beforeAll(async () => {
  metadata = await functionMetadata(ROOT);
}, 30_000);

test("the registry and the metadata are not empty", () => {
  expect(FORMULAS.length).toBeGreaterThan(0);
  expect(metadata.length).toBeGreaterThan(0);
});

test.each(FORMULAS.map((f) => [f.id, f] as const))("%s: metadata matches the FormulaDef", (id, def) => {
  const meta = metadata.find((m) => m.id === id);
  expect(meta).toBeDefined();
  expect(meta!.name).toBe(id); // ids stay ASCII; one language of names
  expect(meta!.description ?? "").toMatch(JAPANESE);
  expect(meta!.parameters.map((p) => p.name)).toEqual(def.params.map((p) => p.name));
  expect(meta!.parameters.map((p) => p.optional === true)).toEqual(def.params.map((p) => p.optional === true));
  for (const p of meta!.parameters) expect([p.name, p.description ?? ""]).toEqual([p.name, expect.stringMatching(JAPANESE)]);
});

test("every metadata id is registered", () => {
  expect(metadata.map((m) => m.id).filter((id) => !REGISTRY.has(id))).toEqual([]);
});

test("ids are unique and ASCII", () => {
  const ids = metadata.map((m) => m.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(id).toMatch(/^[A-Z][A-Z0-9_]*$/);
});

test(`${FORMULA_REFERENCE_PATH} is up to date (run \`npm run docs:formulas\`)`, async () => {
  const expected = await renderFormulaReference(ROOT);
  const file = path.join(ROOT, FORMULA_REFERENCE_PATH);
  const actual = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "(missing)";
  expect(actual).toBe(expected);
}, 30_000);

test(`${FORMULA_REFERENCE_PATH} names every formula with its example`, async () => {
  const text = await renderFormulaReference(ROOT);
  for (const f of FORMULAS) {
    expect(text).toContain(`## SONAE.${f.id}\n`);
    expect(text).toContain(`\`=SONAE.${f.id}(`);
  }
}, 30_000);
