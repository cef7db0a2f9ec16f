/**
 * The controller of 「届書を作る」: the files (useTodokeFiles), the procedure and its dates, the 月額変更届
 * candidates the clerk confirms, and the outcome of the makeTodoke job — recomputed as anything changes,
 * with the reason when it cannot run yet.
 */
import { useEffect, useMemo, useState } from "react";
import type { Procedure } from "../../jobs/todoke/makeTodoke";
import { geppenCandidates } from "../../jobs/todoke/geppenCandidates";
import { downloadBytes } from "../browser/download";
import { checkOfficeForm, officeJsonText } from "../workflow/todoke/officeForm";
import { checkParams, resultsInputs, runTodoke, type TodokeParams } from "../workflow/todoke/todokeRun";
import { blockedReason, todokeView } from "../workflow/todoke/todokeScreen";
import type { DownloadFile } from "../workflow/downloads";
import { useTodokeFiles } from "./useTodokeFiles";
import { useYearEndBuild as useSheetWriter } from "./useYearEndBuild";
import type { PaneHost } from "../host/types";

const save = (f: DownloadFile) => downloadBytes(f.bytes, f.fileName, f.mimeType);

export function useTodoke(a: { host: PaneHost; thisYear: number; todayIso: string }) {
  const files = useTodokeFiles();
  // The worksheet goes through the host as the 年末調整検算 sheet does: the same overwrite question, progress and cancel.
  const writer = useSheetWriter(a.host);
  const [params, setParams] = useState<TodokeParams>({ procedure: "santei", yearText: String(a.thisYear), payDateText: "", createdText: a.todayIso });
  const [confirmed, setConfirmed] = useState<readonly string[]>([]);
  const checked = useMemo(() => checkParams(params), [params]);
  const office = useMemo(() => checkOfficeForm(files.office, files.officeExtra), [files.office, files.officeExtra]);
  const master = files.master?.result;
  const read = useMemo(() => files.results.flatMap((r) => (r.read ? [r.read] : [])), [files.results]);
  const blocked = blockedReason({ master: files.master, results: files.results, office, checked });
  const candidates = useMemo(
    () => (params.procedure === "geppen" && master && read.length > 0 ? geppenCandidates({ master, results: resultsInputs(read) }) : undefined),
    [params.procedure, master, read],
  );
  const outcome = useMemo(() => {
    if (blocked || !master || !office.office) return undefined;
    const employees = params.procedure === "geppen" ? confirmed : undefined;
    return runTodoke({ masterFile: files.master!.file.name, master, results: read, office: office.office, params, checked, employees });
  }, [blocked, master, read, office.office, params, checked, confirmed]);
  const view = useMemo(() => todokeView({ params, year: checked.year, created: checked.created, outcome, candidates, confirmed, masterFile: files.master?.file.name ?? "" }), [params, checked.year, checked.created, outcome, candidates, confirmed, files.master]);

  // A written worksheet belongs to the inputs it was made from: another input, another worksheet to write.
  const worksheet = view.worksheet;
  useEffect(() => writer.resetBuild(), [worksheet]);

  return {
    files,
    params,
    checked,
    officeProblems: office.problems,
    blocked,
    view,
    confirmed,
    onProcedure: (procedure: Procedure) => setParams((p) => ({ ...p, procedure })),
    onParam: (key: "yearText" | "payDateText" | "createdText", value: string) => setParams((p) => ({ ...p, [key]: value })),
    onConfirm: (id: string, yes: boolean) => setConfirmed((c) => (yes ? [...c.filter((x) => x !== id), id] : c.filter((x) => x !== id))),
    onDownloadOffice: () => save({ bytes: officeJsonText(files.office, files.officeExtra), fileName: "OFFICE.json", mimeType: "application/json" }),
    onDownload: (f: DownloadFile) => save(f),
    writer,
    onWriteWorksheet: () => view.worksheet && void writer.write(view.worksheet.plan, view.worksheet.fileName),
  };
}
