/**
 * Files appear whole or not at all, and never over an existing file without --force: the helper itself,
 * an interrupted write (Ctrl+C) in a child process, and the commands that write files.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { UsageError } from "../../src/cli/usageError";
import { writeFileAtomic } from "../../src/cli/writeFileAtomic";
import { ROOT, runCli } from "./support";

const TMP = fs.mkdtempSync(path.join(os.tmpdir(), "sonae-atomic-"));
afterAll(() => fs.rmSync(TMP, { recursive: true, force: true }));
let n = 0;
/** A fresh empty folder for one test. */
const folder = () => fs.mkdtempSync(path.join(TMP, `t${++n}-`));
const bytes = (s: string) => new TextEncoder().encode(s);

describe("writeFileAtomic", () => {
  test("writes the file whole and leaves nothing else in the folder", async () => {
    const dir = folder();
    await writeFileAtomic(path.join(dir, "a.txt"), bytes("全銀"), { force: false, label: "振込データ" });
    expect(fs.readdirSync(dir)).toEqual(["a.txt"]);
    expect(fs.readFileSync(path.join(dir, "a.txt"), "utf8")).toBe("全銀");
  });

  test("refuses an existing file, naming it, and leaves it as it was; --force replaces it", async () => {
    const dir = folder();
    const file = path.join(dir, "payroll.xlsx");
    fs.writeFileSync(file, "last month");
    const write = (force: boolean) => writeFileAtomic(file, bytes("this month"), { force, label: "給与計算ブック（--out）" });
    await expect(write(false)).rejects.toThrow(UsageError);
    await expect(write(false)).rejects.toThrow(`給与計算ブック（--out）「${file}」はすでにあります。`);
    expect(fs.readFileSync(file, "utf8")).toBe("last month");
    await write(true);
    expect(fs.readFileSync(file, "utf8")).toBe("this month");
    expect(fs.readdirSync(dir)).toEqual(["payroll.xlsx"]);
  });

  test("a failure while writing leaves neither the file nor a temporary file", async () => {
    const dir = folder();
    async function* failing(): AsyncGenerator<Uint8Array> {
      yield bytes("first half");
      throw new Error("disk full");
    }
    await expect(writeFileAtomic(path.join(dir, "furikomi.txt"), failing(), { force: false, label: "振込データ" })).rejects.toThrow("disk full");
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  test("a failure while replacing with --force keeps the old file", async () => {
    const dir = folder();
    const file = path.join(dir, "furikomi.txt");
    fs.writeFileSync(file, "old");
    function* failing(): Generator<Uint8Array> {
      yield bytes("new, cut off");
      throw new Error("disk full");
    }
    await expect(writeFileAtomic(file, failing(), { force: true, label: "振込データ" })).rejects.toThrow("disk full");
    expect(fs.readdirSync(dir)).toEqual(["furikomi.txt"]);
    expect(fs.readFileSync(file, "utf8")).toBe("old");
  });

  test("creates a missing parent folder (a fresh clone has no out/ yet)", async () => {
    const dir = folder();
    const file = path.join(dir, "out", "2026-11", "payroll.xlsx");
    await writeFileAtomic(file, bytes("x"), { force: false, label: "給与計算ブック" });
    expect(fs.readFileSync(file, "utf8")).toBe("x");
  });

  test("a folder, or a path through a file, is a usage error naming the path", async () => {
    const dir = folder();
    await expect(writeFileAtomic(dir, bytes("x"), { force: true, label: "振込データ" })).rejects.toThrow(`振込データ「${dir}」はフォルダです。`);
    fs.writeFileSync(path.join(dir, "file"), "");
    const through = path.join(dir, "file", "x.txt");
    await expect(writeFileAtomic(through, bytes("x"), { force: false, label: "振込データ" })).rejects.toThrow(`振込データ「${through}」: パスの途中がフォルダではありません。`);
    expect(fs.readdirSync(dir)).toEqual(["file"]);
  });
});

test("Ctrl+C in the middle of a write leaves no file and no temporary file", async () => {
  const dir = folder();
  // One process (node with tsx's loader), not the tsx launcher: the launcher relays the signal to a child and may
  // close before that child has cleaned up, which would make this test race.
  const child = spawn(process.execPath, ["--import", "tsx", path.join(__dirname, "fixtures/interruptedWrite.ts"), path.join(dir, "furikomi.txt")], { cwd: ROOT });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (d: Buffer) => d.toString().includes("started") && resolve());
    child.on("close", () => reject(new Error("the writer ended before it started")));
  });
  expect(fs.readdirSync(dir)).toHaveLength(1); // the temporary file, half written
  expect(fs.readdirSync(dir)[0]).not.toBe("furikomi.txt");
  child.kill("SIGINT");
  await new Promise((resolve) => child.on("close", resolve));
  expect(fs.readdirSync(dir)).toEqual([]);
}, 60_000);

describe("commands that write files refuse an existing path unless --force", () => {
  const dir = folder();
  const existing = path.join(dir, "existing");
  fs.writeFileSync(existing, "keep me");
  const master = ["--master", "examples/master.csv", "--variables", "examples/variables.csv", "--period", "2026-11"];
  const zengin = (out: string, ...more: string[]) => runCli(["zengin", ...master, "--pay-date", "2026-11-25", "--sender", "examples/sender.json", "--out", out, ...more]);
  const runs = {
    rebuild: runCli(["rebuild", ...master, "--out", existing]),
    nencho: runCli(["nencho", "--input", "examples/nencho-staff.csv", "--year", "2026", "--xlsx", existing]),
    zengin: zengin(existing),
    nested: zengin(path.join(dir, "out", "furikomi.txt")),
  };

  test.each(["rebuild", "nencho", "zengin"] as const)("%s: exit 2 naming the file, which is left as it was", async (name) => {
    const run = await runs[name];
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`「${existing}」はすでにあります。`);
    expect(run.stderr).toContain("--force");
    expect(fs.readFileSync(existing, "utf8")).toBe("keep me");
  }, 240_000);

  test("with --force the file is replaced; a missing folder is created", async () => {
    const nested = await runs.nested;
    expect(nested.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, "out", "furikomi.txt")).subarray(0, 1).toString()).toBe("1"); // a 全銀 header record starts with 1
    fs.writeFileSync(path.join(dir, "forced.txt"), "old");
    const refused = await zengin(path.join(dir, "forced.txt"));
    expect(refused.code).toBe(2);
    const forced = await zengin(path.join(dir, "forced.txt"), "--force");
    expect(forced.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, "forced.txt")).equals(fs.readFileSync(path.join(dir, "out", "furikomi.txt")))).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(["existing", "forced.txt", "out"]);
  }, 240_000);
});
