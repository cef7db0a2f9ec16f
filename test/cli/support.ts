/**
 * Runs the real command line (src/cli/main.ts through tsx) as a child process, the way a script or a
 * clerk's shell does, optionally behind a deliberately slow reader: stdout and stderr are not read at
 * first (so the pipes fill and the child's writes must wait), then read one chunk at a time with a pause
 * between chunks. Whatever the child writes must arrive, in order.
 */
import { spawn } from "node:child_process";
import * as path from "node:path";
import type { Readable } from "node:stream";

export const ROOT = path.resolve(__dirname, "../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** Bytes (or UTF-8 text) on stdin; stdin is closed after them. */
  input?: Uint8Array | string;
  /** Read stdout and stderr slowly (see the module comment). */
  slowReader?: boolean;
  cwd?: string;
}

function collect(stream: Readable, slow: boolean): Promise<Buffer> {
  const chunks: Buffer[] = [];
  if (slow) {
    stream.pause();
    setTimeout(() => stream.resume(), 300);
    stream.on("data", () => {
      stream.pause();
      setTimeout(() => stream.resume(), 2);
    });
  }
  stream.on("data", (c: Buffer) => chunks.push(c));
  return new Promise((resolve, reject) => {
    stream.on("end", () => resolve(Buffer.concat(chunks)));
    stream.on("error", reject);
  });
}

export async function runCli(args: readonly string[], o: CliOptions = {}): Promise<CliRun> {
  const child = spawn(TSX, [path.join(ROOT, "src/cli/main.ts"), ...args], { cwd: o.cwd ?? ROOT });
  const stdout = collect(child.stdout, o.slowReader ?? false);
  const stderr = collect(child.stderr, o.slowReader ?? false);
  child.stdin.on("error", () => undefined); // a command that does not read stdin may close it early
  child.stdin.end(o.input ?? "");
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (c, s) => resolve([c, s]));
  });
  return { code, signal, stdout: (await stdout).toString("utf8"), stderr: (await stderr).toString("utf8") };
}

/**
 * The same command line in this process (runCommandLine), for the many quick cases: stdout and stderr are
 * captured while it runs. One at a time: the capture is of the whole process.
 */
export async function runInProcess(args: readonly string[]): Promise<CliRun> {
  const { runCommandLine } = await import("../../src/cli/commandLine");
  const captured = { stdout: "", stderr: "" };
  const capture = (key: "stdout" | "stderr") =>
    jest.spyOn(process[key], "write").mockImplementation((chunk: string | Uint8Array) => {
      captured[key] += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
      return true;
    });
  const spies = [capture("stdout"), capture("stderr")];
  try {
    const code = await runCommandLine(args);
    return { code, signal: null, ...captured };
  } finally {
    spies.forEach((s) => s.mockRestore());
  }
}
