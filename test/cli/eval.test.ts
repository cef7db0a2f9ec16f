/**
 * The command line evaluates every registered formula by its Excel id, through the same registry as
 * Excel. Runs the real `sonae` entry point in a child process.
 */
import { execFileSync, spawnSync } from "node:child_process";
import * as path from "node:path";
import { FORMULAS } from "../../src/functions/registry";
import { kyoukaiKenpoRates } from "../../src/calc/law/socialInsurance";
import { pastHorizon } from "../support/lawHorizon";

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
    { fn: "SI_HEALTH", args: [300000, "東京都", pastHorizon(kyoukaiKenpoRates).month] },
    { fn: "SI_HEALTH", args: [300000, "東京都", "2026-11", null, "half"] },
    { fn: "NO_SUCH", args: [] },
    { fn: "SI_PENSION", args: [[[300000], [650000]], "2026-11"] },
  ].map((o) => JSON.stringify(o));
  const run = spawnSync(TSX, ["src/cli/main.ts", "eval"], { cwd: ROOT, input: [...input, "{not json"].join("\n"), encoding: "utf8" });
  expect(run.status).toBe(1); // line 6 is not a call
  expect(run.stderr).toContain("6行目");
  const out = run.stdout.trim().split("\n").map((l) => JSON.parse(l));
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

test("eval is line-exact: a blank line, a line not in UTF-8 and a missing required argument each get their own error line", () => {
  const ok = JSON.stringify({ fn: "SI_HEALTH", args: [300000, "東京都", "2026-11"] }); // 300,000 × 9.85% ÷ 2 = 14,775
  const noInsurer = JSON.stringify({ fn: "SI_HEALTH", args: [300000, null, "2026-11"] });
  const shiftJis = Buffer.from([0x82, 0xa0]); // 「あ」 in Shift_JIS: not UTF-8
  const input = Buffer.concat([Buffer.from("\uFEFF" + ok + "\n\n" + noInsurer + "\n"), shiftJis, Buffer.from("\n" + ok + "\n")]);
  const run = spawnSync(TSX, ["src/cli/main.ts", "eval"], { cwd: ROOT, input });
  const out = run.stdout.toString("utf8").trim().split("\n").map((l) => JSON.parse(l));
  expect(out).toHaveLength(5);
  expect(out[0]).toEqual({ value: 14775 }); // the BOM is not part of the JSON
  expect(out[1]).toMatchObject({ error: "#VALUE!", message: expect.stringContaining("空の行") });
  expect(out[2]).toMatchObject({ error: "#VALUE!", message: expect.stringContaining("SI_HEALTH の必須の引数 insurer（2番目）がありません") });
  expect(out[3]).toMatchObject({ error: "#VALUE!", message: expect.stringContaining("UTF-8 ではありません") });
  expect(out[4]).toEqual({ value: 14775 });
  expect(run.status).toBe(1);
  expect(run.stderr.toString("utf8")).toContain("2・4行目");
}, 30_000);
