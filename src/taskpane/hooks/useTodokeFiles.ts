/**
 * The files of 「届書を作る」: the master, any number of results files (each read against the master's
 * 社員番号, read again when the master changes) and OFFICE.json into the office form.
 */
import { useRef, useState } from "react";
import { useBusy } from "./useBusy";
import { useOfficeFile } from "./useOfficeFile";
import type { ImportResult } from "../../import";
import { readFileBytes } from "../browser/download";
import type { LoadedMaster } from "../sideFlows";
import { messageOf } from "../workflow/messages";
import { emptyOfficeForm, officeFormFromFile } from "../workflow/todoke/officeForm";
import { PickedFile, readMasterFile, readResultsFile, type ReadResultsFile } from "../workflow/todoke/todokeRun";

export interface PickedResults {
  id: number;
  file: PickedFile;
  read?: ReadResultsFile;
  error?: string;
}

export interface PickedMaster {
  file: PickedFile;
  result?: ImportResult;
  /** The master of the payroll steps (read with the clerk's mapping), not a file picked here. */
  fromPayroll?: boolean;
  error?: string;
}

async function pick(file: File): Promise<PickedFile> {
  return { name: file.name, bytes: await readFileBytes(file) };
}

async function readResults(entry: PickedResults, master: ImportResult | undefined): Promise<PickedResults> {
  try {
    return { id: entry.id, file: entry.file, read: await readResultsFile(entry.file, master) };
  } catch (e) {
    return { id: entry.id, file: entry.file, error: messageOf(e) };
  }
}

export function useTodokeFiles() {
  const [master, setMaster] = useState<PickedMaster>();
  const [results, setResults] = useState<PickedResults[]>([]);
  const [busy, withBusy] = useBusy();
  const office = useOfficeFile(emptyOfficeForm, officeFormFromFile, withBusy);
  const nextId = useRef(1);
  // Reads finish in any order: only the latest master's results are kept.
  const generation = useRef(0);

  /** A new master; the results files are read again against its 社員番号 (only the latest master's are kept). */
  const takeMaster = async (read: () => Promise<PickedMaster>) => {
    const gen = ++generation.current;
    const picked = await read();
    const again = await Promise.all(results.map((r) => readResults(r, picked.result)));
    if (gen !== generation.current) return;
    setMaster(picked);
    setResults(again);
  };

  const onMaster = (file: File) =>
    withBusy(`「${file.name}」を読み込んでいます…`, () =>
      takeMaster(async () => {
        try {
          const f = await pick(file);
          return { file: f, result: await readMasterFile(f) };
        } catch (e) {
          return { file: { name: file.name, bytes: new Uint8Array() }, error: messageOf(e) };
        }
      }),
    );

  const onLoadedMaster = (loaded: LoadedMaster) =>
    withBusy(`「${loaded.name}」を使います…`, () => takeMaster(async () => ({ file: { name: loaded.name, bytes: new Uint8Array() }, result: loaded.result, fromPayroll: true })));

  const onResults = (files: File[]) =>
    withBusy(`${files.length}個のファイルを読み込んでいます…`, async () => {
      const gen = generation.current;
      const added = await Promise.all(files.map(async (file) => readResults({ id: nextId.current++, file: await pick(file) }, master?.result)));
      if (gen !== generation.current) return;
      setResults((old) => [...old, ...added]);
    });

  return {
    master, results, busy, ...office,
    onMaster, onLoadedMaster, onResults,
    onRemoveResults: (id: number) => setResults((old) => old.filter((r) => r.id !== id)),
  };
}
