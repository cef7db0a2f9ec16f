/**
 * Start-up of the installed `sonae` command against bare Node.js, measured in the same run (target: one
 * `call` within 6× `node -e 0`). The command is build/cli/sonae.js, made by `npm ci` (the "prepare" script).
 *
 * Through `npx`, npm's own start-up comes first. So that the figure for `npx sonae` can be read, the run also
 * measures npx launching a script that does nothing (npm's floor on this machine), and `npx sonae` where
 * Sonae is installed as a dependency (a folder whose node_modules holds it, as `npm install` links it). In
 * Sonae's own checkout npm 11 takes a slower road: a folder whose package.json names the command is installed
 * into npx's cache before every run ("self-execution of a local bin" in npm's libnpmexec).
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const TARGET = 6;

function root(): string {
  // compiled to .bench-build/bench/, or run from bench/ with tsx
  const up2 = path.resolve(__dirname, "../..");
  return fs.existsSync(path.join(up2, "package.json")) ? up2 : path.resolve(__dirname, "..");
}

/** One run (ms); the caller interleaves the commands and keeps the fastest, so a busy machine slows every one alike. */
function once(file: string, args: string[], cwd: string): number {
  const t0 = performance.now();
  execFileSync(file, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
  return performance.now() - t0;
}

/** A folder where Sonae is a dependency, linked the way npm links an installed package's command (POSIX). */
function consumerFolder(checkout: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sonae-npx-"));
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "office", private: true }));
  const bin = path.join(dir, "node_modules", ".bin");
  fs.mkdirSync(bin, { recursive: true });
  fs.symlinkSync(checkout, path.join(dir, "node_modules", "sonae"), "dir");
  fs.symlinkSync(path.join("..", "sonae", "build", "cli", "sonae.js"), path.join(bin, "sonae"));
  const empty = path.join(dir, "empty.js");
  fs.writeFileSync(empty, "#!/usr/bin/env node\n");
  fs.chmodSync(empty, 0o755);
  fs.symlinkSync(path.join("..", "..", "empty.js"), path.join(bin, "sonae-empty"));
  return dir;
}

export async function run(): Promise<void> {
  const dir = root();
  const bin = path.join(dir, "build", "cli", "sonae.js");
  if (!fs.existsSync(bin)) {
    console.log("start-up: build/cli/sonae.js not found — run `npm ci` (or `npm run prepare`) first");
    return;
  }
  if (process.platform === "win32") {
    console.log("start-up: the npx measures link files the POSIX way; run them on Linux or macOS");
    return;
  }
  const office = consumerFolder(dir);
  const call = ["call", "SI_HEALTH", "300000", "東京都", "2026-11"];
  const runs = {
    node: () => once(process.execPath, ["-e", "0"], dir),
    sonae: () => once(process.execPath, [bin, ...call], dir),
    npxEmpty: () => once("npx", ["--no-install", "sonae-empty"], office),
    npxInstalled: () => once("npx", ["--no-install", "sonae", ...call], office),
    npxCheckout: () => once("npx", ["--no-install", "sonae", ...call], dir),
  };
  const best = { node: Infinity, sonae: Infinity, npxEmpty: Infinity, npxInstalled: Infinity, npxCheckout: Infinity };
  try {
    for (let i = 0; i < 7; i++) {
      for (const k of Object.keys(runs) as (keyof typeof runs)[]) best[k] = Math.min(best[k], runs[k]());
    }
  } finally {
    fs.rmSync(office, { recursive: true, force: true });
  }
  const ratio = (ms: number) => (ms / best.node).toFixed(1);
  const verdict = (ms: number) => (ms / best.node <= TARGET ? "met" : "NOT MET");
  console.log(`start-up: node -e 0 ${best.node.toFixed(0)} ms`);
  console.log(`start-up: sonae call SI_HEALTH ${best.sonae.toFixed(0)} ms = ${ratio(best.sonae)}× node   target ≤ ${TARGET}×: ${verdict(best.sonae)}`);
  console.log(`start-up: npx running an empty script ${best.npxEmpty.toFixed(0)} ms = ${ratio(best.npxEmpty)}× node (npm's own floor, before any Sonae code)`);
  console.log(`start-up: npx sonae call SI_HEALTH, Sonae installed as a dependency ${best.npxInstalled.toFixed(0)} ms = ${ratio(best.npxInstalled)}× node   target ≤ ${TARGET}×: ${verdict(best.npxInstalled)}`);
  console.log(`start-up: npx sonae call SI_HEALTH, in Sonae's own checkout ${best.npxCheckout.toFixed(0)} ms = ${ratio(best.npxCheckout)}× node   target ≤ ${TARGET}×: ${verdict(best.npxCheckout)} (npm installs the checkout into its npx cache first)`);
}
