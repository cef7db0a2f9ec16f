/**
 * 仮払い・精算: a month paid 前月同額 from last month's bank file when nothing can be exported, and its settlement
 * once the true month is known. Props only: the flow's controller (ProvisionalFlow.tsx) owns the state.
 */
import { SideFlowHeading } from "../SideFlowHeading";
import { useId } from "react";
import { Tab, TabList } from "@fluentui/react-components";
import type { ProvisionalPayController } from "../../hooks/useProvisionalPay";
import type { ProvisionalMode } from "../../hooks/useProvisionalPay";
import { PaySection } from "./PaySection";
import type { LoadedMaster } from "../../sideFlows";
import { SettleSection } from "./SettleSection";
import { useProvisionalStyles } from "./styles";

export function ProvisionalPay({ c, loadedMaster, onBack }: { c: ProvisionalPayController; loadedMaster?: LoadedMaster; onBack: () => void }) {
  const s = useProvisionalStyles();
  const titleId = useId();
  return (
    <section className={s.root} aria-labelledby={titleId}>
      <SideFlowHeading title="仮払い・精算" titleId={titleId} onBack={onBack} />
      <TabList selectedValue={c.mode} onTabSelect={(_, d) => c.setMode(d.value as ProvisionalMode)} aria-label="仮払い・精算の作業">
        <Tab value="pay">仮払い（前月同額）</Tab>
        <Tab value="settle">精算</Tab>
      </TabList>
      {c.mode === "pay" ? <PaySection c={c} loadedMaster={loadedMaster} /> : <SettleSection c={c} />}
    </section>
  );
}
