/**
 * 「年末調整の検算シートを作る」 wired to its controller (hooks/useYearEndCheck.ts). Loaded on demand (a chunk of
 * its own): the 年末調整 tables and the sheet plan are not part of what the pane loads at start.
 */
import { YearEndCheck } from "./components/YearEndCheck";
import type { SideFlowProps } from "./sideFlows";
import { useYearEndCheck } from "./hooks/useYearEndCheck";

export type YearEndFlowProps = SideFlowProps;

export default function YearEndFlow(p: YearEndFlowProps) {
  const flow = useYearEndCheck(p.host, p.thisYear);
  return (
    <YearEndCheck
      fileName={flow.check.fileName}
      busy={flow.busy}
      fileError={flow.fileError}
      yearText={flow.check.yearText}
      yearError={flow.yearError}
      summary={flow.summary}
      problems={flow.problems}
      blocked={flow.blocked}
      notes={flow.notes}
      build={flow.writer.build}
      inExcel={p.host.kind === "excel"}
      onFile={flow.onFile}
      onYear={flow.onYear}
      onDownloadTemplate={flow.onDownloadTemplate}
      onWrite={flow.onWrite}
      onCancel={flow.writer.cancel}
      onAnswer={flow.writer.onAnswer}
      onBack={p.onBack}
    />
  );
}
