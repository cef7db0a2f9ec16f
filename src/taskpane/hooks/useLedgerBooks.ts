/**
 * The controller of 「賃金台帳・源泉徴収簿を作る」: it reads the chosen master, results files and 年末調整 staff list,
 * keeps the year and the 締め日 (from the 設定 step, a settings.json or typed), and writes the ledgers' plan (workflow/ledgerBooks.ts) through the host, with the same
 * overwrite question, progress and cancel as the payroll workbook.
 */
import { useMemo, useState } from "react";
import { importMasterFile, importPreviousResultsFile } from "../../import";
import { describeRowCounts } from "../../import/header";
import { readStaffListFile } from "../../import/nenchoStaff";
import {
  closingDayOfSettingsFile, initialLedgerBooks, LedgerBooksState, ledgerBooksOf, ledgerLines, ledgerNotes, staffProblems, withoutResults, withResults,
} from "../workflow/ledgerBooks";
import { messageOf } from "../workflow/messages";
import type { PaneHost } from "../host/types";
import type { LoadedMaster } from "../sideFlows";
import { readFileBytes } from "../browser/download";
import { useYearEndBuild } from "./useYearEndBuild";

export function useLedgerBooks(host: PaneHost, thisYear: number, settingsClosingDay?: string) {
  const [state, setState] = useState<LedgerBooksState>(() => initialLedgerBooks(thisYear, settingsClosingDay));
  const [busy, setBusy] = useState<string>();
  const [masterFromPayroll, setMasterFromPayroll] = useState(false);
  const [fileError, setFileError] = useState<string>();
  const writer = useYearEndBuild(host);
  const ready = useMemo(() => ledgerBooksOf(state), [state]);

  const read = async (file: File, apply: (bytes: Uint8Array) => Promise<(s: LedgerBooksState) => LedgerBooksState>) => {
    setBusy(`「${file.name}」を読み込んでいます…`);
    setFileError(undefined);
    writer.resetBuild();
    try {
      const update = await apply(await readFileBytes(file));
      setState(update);
    } catch (e) {
      setFileError(messageOf(e));
    } finally {
      setBusy(undefined);
    }
  };

  const problems = [
    ...(state.master?.imported.problems.filter((p) => p.severity === "error").map((p) => ({ file: state.master!.name, ...p })) ?? []),
    ...state.results.flatMap((r) => r.imported.problems.filter((p) => p.severity === "error").map((p) => ({ file: r.name, ...p }))),
    ...staffProblems(state.staff),
    ...("ledgers" in ready ? ready.ledgers.problems.map((p) => ({ file: "file" in p ? p.file : "", ...p })) : []),
  ];

  return {
    state,
    busy,
    fileError,
    counts: [
      ...(state.master ? [{ name: state.master.name, text: describeRowCounts(state.master.imported.rowCounts), removable: false }] : []),
      ...state.results.map((r) => ({ name: r.name, text: describeRowCounts(r.imported.rowCounts), removable: true })),
      ...(state.staff && !state.staff.list.fatal ? [{ name: state.staff.name, text: `年末調整の従業員一覧 ${state.staff.list.rows.length}人`, removable: true }] : []),
    ],
    problems,
    lines: "ledgers" in ready ? ledgerLines(ready.ledgers) : [],
    notes: "ledgers" in ready ? ledgerNotes(ready.ledgers) : [],
    blocked: "reason" in ready ? ready.reason : undefined,
    writer,
    onMaster: (file: File) =>
      read(file, async (bytes) => {
        const imported = await importMasterFile(bytes, file.name);
        setMasterFromPayroll(false);
        return (s) => ({ ...s, master: { name: file.name, imported } });
      }),
    onLoadedMaster: (loaded: LoadedMaster) => {
      setFileError(undefined);
      writer.resetBuild();
      setMasterFromPayroll(true);
      setState((s) => ({ ...s, master: { name: loaded.name, imported: loaded.result } }));
    },
    masterFromPayroll: masterFromPayroll && state.master ? { name: state.master.name, employees: state.master.imported.employees.length, fromPayroll: true as const } : undefined,
    onResults: (file: File) =>
      read(file, async (bytes) => {
        const imported = await importPreviousResultsFile(bytes, file.name, undefined, state.master?.imported.employees);
        return (s) => withResults(s, file.name, imported);
      }),
    onStaff: (file: File) =>
      read(file, async (bytes) => {
        const list = await readStaffListFile(bytes, file.name);
        return (s) => ({ ...s, staff: { name: file.name, list } });
      }),
    onSettingsFile: (file: File) =>
      read(file, async (bytes) => {
        const closingDay = closingDayOfSettingsFile(bytes, file.name);
        if (typeof closingDay !== "string") throw new Error(closingDay.error);
        return (s) => ({ ...s, closingDayText: closingDay, closingDaySource: "file" as const });
      }),
    onRemove: (name: string) => setState((s) => (s.staff?.name === name ? { ...s, staff: undefined } : withoutResults(s, name))),
    onYear: (yearText: string) => setState((s) => ({ ...s, yearText })),
    onClosingDay: (closingDayText: string) => setState((s) => ({ ...s, closingDayText, closingDaySource: "typed" as const })),
    onWrite: () => "plan" in ready && void writer.write(ready.plan, `賃金台帳・源泉徴収簿_${ready.ledgers.year}.xlsx`),
  };
}
