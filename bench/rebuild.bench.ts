/**
 * `rebuild` against `payroll` on the same master, 10,000 and 100,000 employees: each command runs in its
 * own process under /usr/bin/time, so the figures are the whole command's wall time and peak resident
 * memory, and the ratios are measured in the same run on the same machine. Targets: 10,000 employees
 * within 3× `payroll` and ≤ 600 MB; 100,000 within 10× and ≤ 2 GB.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "..", __dirname.includes(".bench-build") ? ".." : "");

/** The example master's rows repeated with fresh 社員番号 until there are n employees (and their inputs). */
export function scaledExample(n: number, dir: string): { master: string; variables: string } {
  const read = (f: string) => readFileSync(path.join(ROOT, "examples", f), "utf8").replace(/^\uFEFF/, "").trim().split(/\r?\n/);
  const [mHead, ...mRows] = read("master.csv");
  const [vHead, ...vRows] = read("variables.csv");
  const byId = new Map(vRows.map((r) => [r.split(",")[0], r]));
  const masters: string[] = [mHead];
  const variables: string[] = [vHead];
  for (let i = 0; i < n; i++) {
    const row = mRows[i % mRows.length];
    const id = String(i + 1).padStart(6, "0");
    const [oldId, ...rest] = row.split(",");
    rest[22] = String(1_000_000 + i).slice(-7);
    if (rest[27]) rest[27] = String(2_000_000 + i).slice(-7); // 口座番号: one account per person, as in a real office
    masters.push([id, ...rest].join(","));
    const v = byId.get(oldId);
    if (v) variables.push([id, ...v.split(",").slice(1)].join(","));
  }
  const master = path.join(dir, `master-${n}.csv`);
  const vars = path.join(dir, `variables-${n}.csv`);
  writeFileSync(master, masters.join("\n") + "\n");
  writeFileSync(vars, variables.join("\n") + "\n");
  return { master, variables: vars };
}

interface Measured {
  seconds: number;
  peakMb: number;
  ok: boolean;
  note: string;
}

/** The command as people run it: the built `sonae` (npm ci builds it), else the sources through tsx. */
function command(): string[] {
  const bin = path.join(ROOT, "build", "cli", "sonae.js");
  return existsSync(bin) ? [bin] : ["--import", "tsx", "src/cli/main.ts"];
}

/** One command of the CLI in its own process: wall time and peak RSS from /usr/bin/time. */
function measure(args: string[]): Measured {
  const r = spawnSync("/usr/bin/time", ["-f", "TIME %e %M", process.execPath, ...command(), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 1 << 30,
    stdio: ["ignore", "ignore", "pipe"],
  });
  const m = /TIME ([\d.]+) (\d+)/.exec(r.stderr ?? "");
  if (!m) return { seconds: NaN, peakMb: NaN, ok: false, note: (r.stderr ?? "").slice(-300) };
  return { seconds: Number(m[1]), peakMb: Number(m[2]) / 1024, ok: r.status === 0, note: r.status === 0 ? "" : (r.stderr ?? "").split("\n").slice(-4).join(" ") };
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "sonae-bench-"));
  try {
    for (const [n, maxRatio, maxMb] of [[10_000, 3, 600], [100_000, 10, 2048]] as const) {
      const f = scaledExample(n, dir);
      const common = ["--master", f.master, "--variables", f.variables, "--period", "2026-11"];
      const payroll = measure(["payroll", ...common]);
      const rebuild = measure(["rebuild", ...common, "--out", path.join(dir, `payroll-${n}.xlsx`)]);
      const ratio = rebuild.seconds / payroll.seconds;
      const met = rebuild.ok && ratio <= maxRatio && rebuild.peakMb <= maxMb;
      const label = n.toLocaleString("en-US");
      console.log(`payroll, ${label} employees: ${payroll.seconds.toFixed(1)} s, peak ${payroll.peakMb.toFixed(0)} MB${payroll.ok ? "" : ` (FAILED: ${payroll.note})`}`);
      console.log(
        `rebuild, ${label} employees: ${rebuild.seconds.toFixed(1)} s = ${ratio.toFixed(2)}× payroll, peak ${rebuild.peakMb.toFixed(0)} MB` +
          ` (target ≤ ${maxRatio}×, ≤ ${maxMb} MB: ${met ? "met" : "NOT MET"})${rebuild.ok ? "" : ` (FAILED: ${rebuild.note})`}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) void run();
