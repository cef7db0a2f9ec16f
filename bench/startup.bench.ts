/**
 * Start-up of the installed `sonae` command against bare Node.js, measured in the same run (target: one
 * `call` within 6× `node -e 0`). The command is build/cli/sonae.js, made by `npm ci` (the "prepare" script);
 * `npx sonae` adds npm's own start-up, shown beside it.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

const TARGET = 6;

function root(): string {
  // compiled to .bench-build/bench/, or run from bench/ with tsx
  const up2 = path.resolve(__dirname, "../..");
  return fs.existsSync(path.join(up2, "package.json")) ? up2 : path.resolve(__dirname, "..");
}

/** The fastest of `times` runs (ms), interleaved by the caller so that a busy machine slows every command alike. */
function once(file: string, args: string[], cwd: string): number {
  const t0 = performance.now();
  execFileSync(file, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
  return performance.now() - t0;
}

export async function run(): Promise<void> {
  const dir = root();
  const bin = path.join(dir, "build", "cli", "sonae.js");
  if (!fs.existsSync(bin)) {
    console.log("start-up: build/cli/sonae.js not found — run `npm ci` (or `npm run prepare`) first");
    return;
  }
  const call = ["call", "SI_HEALTH", "300000", "東京都", "2026-11"];
  const runs = {
    node: () => once(process.execPath, ["-e", "0"], dir),
    sonae: () => once(process.execPath, [bin, ...call], dir),
    npx: () => once("npx", ["--no-install", "sonae", ...call], dir),
  };
  const best = { node: Infinity, sonae: Infinity, npx: Infinity };
  for (let i = 0; i < 7; i++) {
    for (const k of Object.keys(runs) as (keyof typeof runs)[]) best[k] = Math.min(best[k], runs[k]());
  }
  const ratio = (ms: number) => (ms / best.node).toFixed(1);
  console.log(`start-up: node -e 0 ${best.node.toFixed(0)} ms`);
  console.log(`start-up: sonae call SI_HEALTH ${best.sonae.toFixed(0)} ms = ${ratio(best.sonae)}× node   target ≤ ${TARGET}×: ${best.sonae / best.node <= TARGET ? "met" : "NOT MET"}`);
  console.log(`start-up: npx sonae call SI_HEALTH ${best.npx.toFixed(0)} ms = ${ratio(best.npx)}× node (npm's own start-up included)`);
}
