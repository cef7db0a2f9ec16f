/**
 * Files appear whole or not at all. A 全銀 file cut off by Ctrl+C, a full disk or a crash could be uploaded
 * to the bank; a workbook cut off opens as "corrupt". So every file the command line writes goes to a
 * temporary file in the same folder (a rename within one folder is atomic) and is renamed into place only
 * when complete and flushed to disk. On failure or Ctrl+C the temporary file is removed.
 *
 * An existing file is never replaced unless the user said --force: it may be last month's transfer file.
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, statSync, unlinkSync } from "node:fs";
import { open, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { describePathError, errorCode } from "./inputFile";
import { UsageError } from "./usageError";

export interface WriteOptions {
  /** Replace an existing file. */
  force: boolean;
  /** What the file is, for messages ("給与計算ブック（--out）"). */
  label: string;
}

/**
 * Checks, before any work, that `path` may be written: refuses an existing file without --force and a
 * folder always; creates a missing parent folder (a fresh clone has no out/ folder yet).
 */
export function checkOutputPath(path: string, o: WriteOptions): void {
  const existing = statOrUndefined(path, o.label);
  if (existing?.isDirectory()) throw new UsageError(`${o.label}「${path}」はフォルダです。ファイル名を指定してください。`);
  if (existing && !o.force) throw new UsageError(`${o.label}「${path}」はすでにあります。上書きしません。別の名前にするか、上書きしてよければ --force を付けてください。`);
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (e) {
    const code = errorCode(e);
    const why = code === "EEXIST" || code === "ENOTDIR" ? `「${dirname(path)}」の途中にフォルダではなくファイルがあります。` : (describePathError(code, "フォルダ", dirname(path)) ?? String(e));
    throw new UsageError(`${o.label}「${path}」のフォルダを作れません: ${why}`);
  }
}

function statOrUndefined(path: string, label: string) {
  try {
    return statSync(path);
  } catch (e) {
    if (errorCode(e) === "ENOENT") return undefined;
    throw new UsageError(describePathError(errorCode(e), label, path) ?? `${label}「${path}」を確認できません: ${String(e)}`);
  }
}

/** Temporary files not yet renamed into place, removed if the process is interrupted. */
const pending = new Set<string>();

function removePendingAndResignal(signal: NodeJS.Signals): void {
  for (const p of pending) {
    try {
      unlinkSync(p);
    } catch {
      // already gone
    }
  }
  pending.clear();
  process.removeListener("SIGINT", removePendingAndResignal);
  process.removeListener("SIGTERM", removePendingAndResignal);
  process.kill(process.pid, signal); // end as the signal would have, now that no partial file remains
}

function track(tmp: string): void {
  if (pending.size === 0) {
    process.on("SIGINT", removePendingAndResignal);
    process.on("SIGTERM", removePendingAndResignal);
  }
  pending.add(tmp);
}

function untrack(tmp: string): void {
  pending.delete(tmp);
  if (pending.size === 0) {
    process.removeListener("SIGINT", removePendingAndResignal);
    process.removeListener("SIGTERM", removePendingAndResignal);
  }
}

export type FileContent = Uint8Array | Iterable<Uint8Array> | AsyncIterable<Uint8Array>;

/** Writes `content` to `path` through a temporary file in the same folder; see the module comment. */
export async function writeFileAtomic(path: string, content: FileContent, o: WriteOptions): Promise<void> {
  checkOutputPath(path, o);
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString("hex")}.part`);
  track(tmp);
  try {
    const handle = await open(tmp, "wx");
    try {
      for await (const chunk of content instanceof Uint8Array ? [content] : content) await handle.write(chunk);
      await handle.sync();
    } finally {
      await handle.close();
    }
    // Someone may have created the file while we worked.
    if (!o.force && (await stat(path).then(() => true, () => false))) {
      throw new UsageError(`${o.label}「${path}」が作成中に別に作られました。上書きしません（--force で上書き）。`);
    }
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    const message = e instanceof UsageError ? undefined : describePathError(errorCode(e), o.label, path);
    throw message === undefined ? e : new UsageError(message.replace("を読む権限", "に書く権限"));
  } finally {
    untrack(tmp);
  }
}
