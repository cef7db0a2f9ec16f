/**
 * 「賃金台帳・源泉徴収簿を作る」 wired to its controller (hooks/useLedgerBooks.ts). Loaded on demand (a chunk of its
 * own): the ledgers and their workbook are not part of what the pane loads at start.
 */
import { LedgerBooks } from "./components/ledger/LedgerBooks";
import type { SideFlowProps } from "./sideFlows";
import { useLedgerBooks } from "./hooks/useLedgerBooks";

export default function LedgerFlow(p: SideFlowProps) {
  const flow = useLedgerBooks(p.host, p.thisYear, p.settingsClosingDay);
  return (
    <LedgerBooks
      busy={flow.busy}
      fileError={flow.fileError}
      yearText={flow.state.yearText}
      closingDayText={flow.state.closingDayText}
      closingDaySource={flow.state.closingDaySource}
      staffName={flow.state.staff?.name}
      counts={flow.counts}
      problems={flow.problems}
      lines={flow.lines}
      notes={flow.notes}
      blocked={flow.blocked}
      build={flow.writer.build}
      inExcel={p.host.kind === "excel"}
      loadedMaster={p.loadedMaster}
      masterFromPayroll={flow.masterFromPayroll}
      onMaster={flow.onMaster}
      onLoadedMaster={flow.onLoadedMaster}
      onResults={flow.onResults}
      onStaff={flow.onStaff}
      onSettingsFile={flow.onSettingsFile}
      onRemove={flow.onRemove}
      onYear={flow.onYear}
      onClosingDay={flow.onClosingDay}
      onWrite={flow.onWrite}
      onCancel={flow.writer.cancel}
      onAnswer={flow.writer.onAnswer}
      onBack={p.onBack}
    />
  );
}
