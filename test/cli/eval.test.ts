/**
 * The command line evaluates every registered formula by its Excel id, through the same registry as
 * Excel. Runs the real `sonae` entry point in a child process.
 */
import { execFileSync } from "node:child_process";
import * as path from "node:path";
import { FORMULAS } from "../../src/functions/registry";

const ROOT = path.resolve(__dirname, "../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");

function sonae(args: string[], input?: string): string {
  return execFileSync(TSX, ["src/cli/main.ts", ...args], { cwd: ROOT, input, encoding: "utf8" });
}

test("eval answers one JSON line per input line, in order, for every registered formula", () => {
  expect(FORMULAS.length).toBeGreaterThanOrEqual(10);
  const lines = FORMULAS.map((f) => JSON.stringify({ fn: f.id, args: f.example }));
  const out = sonae(["eval"], lines.join("\n") + "\n").trim().split("\n").map((l) => JSON.parse(l));
  expect(out).toHaveLength(FORMULAS.length);
  out.forEach((r, i) => {
    expect({ id: FORMULAS[i].id, r }).toEqual({ id: FORMULAS[i].id, r: { value: expect.anything() } });
  });
}, 30_000);

test("eval: official figures, errors as error lines, unknown ids, bad JSON", () => {
  const input = [
    { fn: "SI_HEALTH", args: [300000, "東京都", "2026-11"] },
    { fn: "SI_HEALTH", args: [300000, "東京都", "2027-03"] },
    { fn: "SI_HEALTH", args: [300000, "東京都", "2026-11", null, "half"] },
    { fn: "NO_SUCH", args: [] },
    { fn: "SI_PENSION", args: [[[300000], [650000]], "2026-11"] },
  ].map((o) => JSON.stringify(o));
  const out = sonae(["eval"], [...input, "{not json"].join("\n")).trim().split("\n").map((l) => JSON.parse(l));
  expect(out[0]).toEqual({ value: 14775 });
  expect(out[1]).toMatchObject({ error: "#N/A" });
  expect(out[1].message).toContain("協会けんぽ 健康保険料率");
  expect(out[2]).toEqual({ value: 14775 });
  expect(out[3]).toMatchObject({ error: "#NAME?" });
  // 18.3% ÷ 2: 300,000 → 27,450; 650,000 → 59,475.
  expect(out[4]).toEqual({ value: [[27450], [59475]] });
  expect(out[5]).toMatchObject({ error: "#VALUE!" });
}, 30_000);

test("call prints the value for people", () => {
  expect(sonae(["call", "SI_HEALTH", "300000", "東京都", "2026-11"]).trim()).toBe("14775");
  expect(sonae(["call", "SI_HEALTH", "410000", "東京都", "R8.11", "TRUE"]).trim()).toBe("23513");
}, 30_000);
