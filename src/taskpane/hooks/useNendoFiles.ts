/**
 * The files of 「年度更新（労働保険）」: the master, any number of results files (each read on its own, as the
 * command reads --results) and OFFICE.json into the office form.
 */
import { useRef, useState } from "react";
import { useBusy } from "./useBusy";
import { useOfficeFile } from "./useOfficeFile";
import type { ImportResult } from "../../import";
import { readFileBytes } from "../browser/download";
import type { LoadedMaster } from "../sideFlows";
import { messageOf } from "../workflow/messages";
import { emptyNendoOfficeForm, nendoOfficeFormFromFile } from "../workflow/nendo/nendoOfficeForm";
import { readNendoMaster, readNendoResults, type PickedFile, type ReadNendoResults } from "../workflow/nendo/nendoRun";

export interface PickedNendoResults {
  id: number;
  name: string;
  read?: ReadNendoResults;
  error?: string;
}

export interface PickedNendoMaster {
  file: PickedFile;
  result?: ImportResult;
  /** The master read and mapped in the payroll steps, taken as it is. */
  fromPayroll?: boolean;
  error?: string;
}

async function pick(file: File): Promise<PickedFile> {
  return { name: file.name, bytes: await readFileBytes(file) };
}

export function useNendoFiles() {
  const [master, setMaster] = useState<PickedNendoMaster>();
  const [results, setResults] = useState<PickedNendoResults[]>([]);
  const [busy, withBusy] = useBusy();
  const office = useOfficeFile(emptyNendoOfficeForm, nendoOfficeFormFromFile, withBusy);
  const nextId = useRef(1);
  // Reads finish in any order: a master chosen later wins over one still being read.
  const generation = useRef(0);

  const onMaster = (file: File) =>
    withBusy(`「${file.name}」を読み込んでいます…`, async () => {
      const gen = ++generation.current;
      let picked: PickedNendoMaster;
      try {
        const f = await pick(file);
        picked = { file: f, result: await readNendoMaster(f) };
      } catch (e) {
        picked = { file: { name: file.name, bytes: new Uint8Array() }, error: messageOf(e) };
      }
      if (gen === generation.current) setMaster(picked);
    });

  const onLoadedMaster = (loaded: LoadedMaster) => {
    ++generation.current;
    setMaster({ file: { name: loaded.name, bytes: new Uint8Array() }, result: loaded.result, fromPayroll: true });
  };

  const readOne = async (file: File): Promise<PickedNendoResults> => {
    const id = nextId.current++;
    try {
      return { id, name: file.name, read: await readNendoResults(await pick(file)) };
    } catch (e) {
      return { id, name: file.name, error: messageOf(e) };
    }
  };

  const onResults = (files: File[]) =>
    withBusy(`${files.length}個のファイルを読み込んでいます…`, async () => {
      const added = await Promise.all(files.map(readOne));
      setResults((old) => [...old, ...added]);
    });

  return {
    master, results, busy, ...office,
    onMaster, onLoadedMaster, onResults,
    onRemoveResults: (id: number) => setResults((old) => old.filter((r) => r.id !== id)),
  };
}
