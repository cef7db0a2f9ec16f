/**
 * =SONAE.* ids and their parameters' names, order and optionality are a promise to every workbook in the
 * field: test/functions/public-api.json records them. An id that disappears, a parameter renamed or
 * moved, an optional parameter made required or a new required parameter breaks saved workbooks and fails
 * here. New functions and new optional parameters at the end are allowed; record them with the command
 * the failure names.
 */
import { FORMULAS } from "../../src/functions/registry";
import { compareApi, FormulaShape, manifestNamespace, readRecord, RECORD_COMMAND, recordOf } from "./publicApi";

const recorded = readRecord();
const current = recordOf(manifestNamespace(), FORMULAS);

test("the record holds the formulas workbooks call", () => {
  expect(Object.keys(recorded.functions).length).toBeGreaterThanOrEqual(26);
  expect(recorded.functions.SI_HEALTH).toEqual(["standardAmount", "insurer", "period", "care?", "part?"]);
  expect(recorded.namespace).toBe("SONAE");
});

test("no recorded =SONAE.* call breaks", () => {
  const { breaks } = compareApi(recorded, current);
  const advice = "Ids and parameter order are a public API: restore them (add new parameters only at the end, as optional).";
  expect({ breaks, advice }).toEqual({ breaks: [], advice });
});

test("the record is up to date with allowed additions", () => {
  const { additions } = compareApi(recorded, current);
  const advice = `Allowed changes: record them with \`${RECORD_COMMAND}\` so they are protected too.`;
  expect({ additions, advice }).toEqual({ additions: [], advice });
});

describe("the comparison", () => {
  const base: FormulaShape[] = [
    { id: "SI_HEALTH", params: [{ name: "standardAmount" }, { name: "insurer" }, { name: "period" }, { name: "care", optional: true }, { name: "part", optional: true }] },
    { id: "WHT_MONTHLY", params: [{ name: "taxable" }, { name: "dependents" }, { name: "column" }, { name: "paymentDate" }] },
  ];
  const was = recordOf("SONAE", base);
  const mutate = (f: (fs: FormulaShape[]) => FormulaShape[], namespace = "SONAE") =>
    compareApi(was, recordOf(namespace, f(base.map((x) => ({ ...x, params: [...x.params] })))));
  const edit = (id: string, params: (p: FormulaShape["params"][number][]) => FormulaShape["params"][number][]) => (fs: FormulaShape[]) =>
    fs.map((x) => (x.id === id ? { ...x, params: params([...x.params]) } : x));

  test.each<[string, (fs: FormulaShape[]) => FormulaShape[], string]>([
    ["an id disappears", (fs) => fs.filter((x) => x.id !== "WHT_MONTHLY"), "SONAE.WHT_MONTHLY disappeared"],
    ["an id is renamed", (fs) => fs.map((x) => (x.id === "WHT_MONTHLY" ? { ...x, id: "WHT_MONTH" } : x)), "SONAE.WHT_MONTHLY disappeared"],
    ["a parameter is renamed", edit("WHT_MONTHLY", (p) => [p[0], { name: "dependants" }, p[2], p[3]]), 'parameter 2 was "dependents", now "dependants"'],
    ["two parameters swap", edit("WHT_MONTHLY", (p) => [p[0], p[2], p[1], p[3]]), 'parameter 2 was "dependents", now "column"'],
    ["a parameter is inserted in the middle", edit("SI_HEALTH", (p) => [p[0], p[1], { name: "month", optional: true }, ...p.slice(2)]), 'parameter 3 was "period", now "month"'],
    ["the last parameter is removed", edit("SI_HEALTH", (p) => p.slice(0, 4)), 'parameter 5 "part" was removed'],
    ["an optional parameter becomes required", edit("SI_HEALTH", (p) => [...p.slice(0, 4), { name: "part" }]), 'optional parameter 5 "part" became required'],
    ["a required parameter is added at the end", edit("WHT_MONTHLY", (p) => [...p, { name: "method" }]), 'new required parameter 5 "method"'],
    ["the namespace changes", (fs) => fs, "namespace was SONAE, now BIKOU"],
  ])("%s breaks", (what, f, message) => {
    const changes = mutate(f, what === "the namespace changes" ? "BIKOU" : "SONAE");
    expect(changes.breaks.join("\n")).toContain(message);
  });

  test.each<[string, (fs: FormulaShape[]) => FormulaShape[], string]>([
    ["a new function", (fs) => [...fs, { id: "WHT_COMPUTER", params: [{ name: "taxable" }] }], "new function SONAE.WHT_COMPUTER(taxable)"],
    ["a new optional parameter at the end", edit("WHT_MONTHLY", (p) => [...p, { name: "method", optional: true }]), 'SONAE.WHT_MONTHLY: new optional parameter 5 "method"'],
    ["a required parameter made optional", edit("WHT_MONTHLY", (p) => [...p.slice(0, 3), { name: "paymentDate", optional: true }]), 'parameter 4 "paymentDate" became optional'],
  ])("%s is allowed", (_what, f, message) => {
    const changes = mutate(f);
    expect(changes).toEqual({ breaks: [], additions: [expect.stringContaining(message)] });
  });

  test("nothing changed: nothing to report", () => expect(mutate((fs) => fs)).toEqual({ breaks: [], additions: [] }));
});
