/**
 * 「仮払い・精算」 wired to its controller (hooks/useProvisionalPay.ts). Loaded on demand (a chunk of its own): the
 * 全銀 reader, the settlement and the CSV writers are not part of what the pane loads at start.
 */
import { ProvisionalPay } from "./components/provisional/ProvisionalPay";
import type { SideFlowProps } from "./sideFlows";
import { useProvisionalPay } from "./hooks/useProvisionalPay";

export default function ProvisionalFlow(p: SideFlowProps) {
  const controller = useProvisionalPay();
  return <ProvisionalPay c={controller} loadedMaster={p.loadedMaster} onBack={p.onBack} />;
}
