/**
 * 「年度更新（労働保険）」 wired to its controller (hooks/useNendo.ts). Loaded on demand (a chunk of its own): the
 * 年度更新 job and its workbook are not part of what the pane loads at start.
 */
import { useState } from "react";
import { NendoCheck } from "./components/nendo/NendoCheck";
import type { SideFlowProps } from "./sideFlows";
import { useNendo } from "./hooks/useNendo";
import { defaultNendoYear } from "./workflow/nendo/nendoParams";
import { resultsFileSummary } from "./workflow/todoke/resultsFiles";

/** The 保険年度 to declare, from today's month: read once, when the flow opens. */
function declaredYear(): number {
  const now = new Date();
  return defaultNendoYear(now.getFullYear(), now.getMonth() + 1);
}

export default function NendoFlow(p: SideFlowProps) {
  const [defaultYear] = useState(declaredYear);
  const n = useNendo({ host: p.host, defaultYear });
  const f = n.files;
  const master = f.master;
  return (
    <NendoCheck
      busy={f.busy}
      params={n.params}
      paramErrors={n.checked.errors}
      master={{ name: master?.file.name, employees: master?.result?.employees.length, rejected: master?.result?.rejected.length, fromPayroll: master?.fromPayroll, error: master?.error, loaded: p.loadedMaster }}
      results={f.results.map((r) => ({ id: r.id, name: r.name, summary: r.read && resultsFileSummary(r.read.imported), error: r.error }))}
      office={{ form: f.office, file: f.officeFile, problems: n.officeProblems, ready: n.officeReady }}
      blocked={n.blocked}
      view={n.view}
      onParam={n.onParam}
      onMaster={f.onMaster}
      onLoadedMaster={f.onLoadedMaster}
      onResults={f.onResults}
      onRemoveResults={f.onRemoveResults}
      onOfficeFile={f.onOfficeFile}
      onOfficeField={f.onOfficeField}
      onDownloadOffice={n.onDownloadOffice}
      write={{ build: n.writer.build, inExcel: p.host.kind === "excel", onWrite: n.onWriteWorkbook, onCancel: n.writer.cancel, onAnswer: n.writer.onAnswer }}
      onDownloadJson={n.onDownloadJson}
      onBack={p.onBack}
    />
  );
}
