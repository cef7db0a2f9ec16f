/**
 * 「備えの点検」 wired to its controller (hooks/useDrillCheck.ts). Loaded on demand (a chunk of its own): the drill
 * and its reasons are not part of what the pane loads at start.
 */
import { DrillCheck } from "./components/DrillCheck";
import type { SideFlowProps } from "./sideFlows";
import { useDrillCheck } from "./hooks/useDrillCheck";

export default function DrillFlow(p: SideFlowProps) {
  const flow = useDrillCheck();
  return (
    <DrillCheck
      form={flow.form}
      busy={flow.busy}
      fileError={flow.fileError}
      periodError={flow.periodError}
      blocked={flow.blocked}
      outcome={flow.outcome}
      cards={flow.cards}
      loaded={p.loadedMaster}
      onFile={flow.onFile}
      onLoadedMaster={flow.onLoadedMaster}
      onPeriod={flow.onPeriod}
      onTiming={flow.onTiming}
      onRounding={flow.onRounding}
      onRun={flow.onRun}
      onBack={p.onBack}
    />
  );
}
