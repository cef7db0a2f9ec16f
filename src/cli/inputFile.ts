/**
 * Reading an input file named on the command line. A missing path, a folder or a file we may not read is a
 * usage error (exit 2) with a Japanese message naming the path, never a raw ENOENT in English.
 */
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { readClerkJson } from "../import/clerkJson";
import { ImportError } from "../import/types";
import { UsageError } from "./usageError";

/** Why a path cannot be read, in words for the clerk; undefined for an error that is not about the path. */
export function describePathError(code: string | undefined, label: string, path: string): string | undefined {
  switch (code) {
    case "ENOENT":
      return `${label}「${path}」が見つかりません。パスを確認してください。`;
    case "ENOTDIR":
      return `${label}「${path}」: パスの途中がフォルダではありません。`;
    case "EISDIR":
      return `${label}「${path}」はフォルダです。ファイルを指定してください。`;
    case "EACCES":
    case "EPERM":
      return `${label}「${path}」を読む権限がありません。`;
    default:
      return undefined;
  }
}

function codeOf(e: unknown): string | undefined {
  return typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : undefined;
}

/** The bytes of `path`; `label` says what the file is ("従業員マスタ（--master）"). */
export async function readInputFile(path: string, label: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (e) {
    const message = describePathError(codeOf(e), label, path);
    if (message === undefined) throw new UsageError(`${label}「${path}」を読めません: ${e instanceof Error ? e.message : String(e)}`);
    throw new UsageError(message);
  }
}

/** The text of a UTF-8 file (a leading BOM removed). */
export async function readInputText(path: string, label: string): Promise<string> {
  return new TextDecoder("utf-8").decode(await readInputFile(path, label));
}

/**
 * A JSON file the clerk keeps (OFFICE.json, SENDER.json, settings.json, a mapping) → its value, whatever
 * encoding メモ帳 saved it in; a file that is not readable text or not JSON is a usage error naming it.
 */
export async function readJsonFile(path: string, label: string): Promise<unknown> {
  const bytes = await readInputFile(path, label);
  return namingPath(label, path, async () => readClerkJson(bytes));
}

/** A file that cannot be read as a table at all (empty, .xls, unknown encoding) is a usage error naming it. */
export async function namingPath<T>(label: string, path: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (e) {
    if (e instanceof ImportError) throw new UsageError(`${label}「${path}」: ${e.message}`);
    throw e;
  }
}

/**
 * A file named on the command line read by an importer (given the bytes and the file's name): a path that cannot
 * be read, or a file that is not a table, is a usage error naming it.
 */
export async function importInputFile<T>(label: string, path: string, read: (bytes: Uint8Array, fileName: string) => Promise<T>): Promise<T> {
  const bytes = await readInputFile(path, label);
  return namingPath(label, path, () => read(bytes, basename(path)));
}

export { codeOf as errorCode };
