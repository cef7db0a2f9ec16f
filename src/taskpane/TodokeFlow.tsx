/**
 * 「届書を作る」 wired to its controller (hooks/useTodoke.ts). Loaded on demand (a chunk of its own): the 届書
 * builders, the CP932 tables and the 標準報酬 rules are not part of what the pane loads at start.
 */
import { useState } from "react";
import { isoOf, validDayOf } from "../calc/dates/calendar";
import { TodokeCheck } from "./components/todoke/TodokeCheck";
import type { SideFlowProps } from "./sideFlows";
import { useTodoke } from "./hooks/useTodoke";
import { resultsFileSummary } from "./workflow/todoke/resultsFiles";

export type TodokeFlowProps = SideFlowProps;

/** Today, for the 作成年月日 the clerk may change: read once, when the flow opens. */
function todayIso(): string {
  const now = new Date();
  return isoOf(validDayOf(now.getFullYear(), now.getMonth() + 1, now.getDate())!);
}

export default function TodokeFlow(p: TodokeFlowProps) {
  const [today] = useState(todayIso);
  const t = useTodoke({ host: p.host, thisYear: p.thisYear, todayIso: today });
  const f = t.files;
  const master = f.master;
  return (
    <TodokeCheck
      busy={f.busy}
      params={t.params}
      paramErrors={t.checked.errors}
      master={{ name: master?.file.name, employees: master?.result?.employees.length, rejected: master?.result?.rejected.length, fromPayroll: master?.fromPayroll, error: master?.error, loaded: p.loadedMaster }}
      results={f.results.map((r) => ({ id: r.id, name: r.file.name, summary: r.read && resultsFileSummary(r.read.imported), error: r.error }))}
      office={{ form: f.office, file: f.officeFile, problems: t.officeProblems }}
      blocked={t.blocked}
      view={t.view}
      confirmed={t.confirmed}
      onProcedure={t.onProcedure}
      onParam={t.onParam}
      onMaster={f.onMaster}
      onLoadedMaster={f.onLoadedMaster}
      onResults={f.onResults}
      onRemoveResults={f.onRemoveResults}
      onOfficeFile={f.onOfficeFile}
      onOfficeField={f.onOfficeField}
      onDownloadOffice={t.onDownloadOffice}
      onConfirm={t.onConfirm}
      onDownload={t.onDownload}
      worksheetWrite={{ build: t.writer.build, inExcel: p.host.kind === "excel", onWrite: t.onWriteWorksheet, onCancel: t.writer.cancel, onAnswer: t.writer.onAnswer }}
      onBack={p.onBack}
    />
  );
}
