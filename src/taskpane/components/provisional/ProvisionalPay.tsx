/**
 * 仮払い・精算: a month paid 前月同額 from last month's bank file when nothing can be exported, and its settlement
 * once the true month is known. Props only: the flow's controller (ProvisionalFlow.tsx) owns the state.
 */
import { useEffect, useId, useRef } from "react";
import { Button, Subtitle2, Tab, TabList } from "@fluentui/react-components";
import type { ProvisionalPayController } from "../../hooks/useProvisionalPay";
import type { ProvisionalMode } from "../../hooks/useProvisionalPay";
import { PaySection } from "./PaySection";
import { SettleSection } from "./SettleSection";
import { useProvisionalStyles } from "./styles";

export function ProvisionalPay({ c, onBack }: { c: ProvisionalPayController; onBack: () => void }) {
  const s = useProvisionalStyles();
  const titleId = useId();
  const root = useRef<HTMLElement>(null);
  // Entering the flow: the screen reader starts at its title, not at a button that is gone.
  useEffect(() => root.current?.querySelector<HTMLElement>("h2")?.focus(), []);
  return (
    <section ref={root} className={s.root} aria-labelledby={titleId}>
      <div className={s.row}>
        <Button appearance="subtle" onClick={onBack}>
          ← 給与計算に戻る
        </Button>
      </div>
      <Subtitle2 as="h2" id={titleId} tabIndex={-1} className={s.heading}>
        仮払い・精算
      </Subtitle2>
      <TabList selectedValue={c.mode} onTabSelect={(_, d) => c.setMode(d.value as ProvisionalMode)} aria-label="仮払い・精算の作業">
        <Tab value="pay">仮払い（前月同額）</Tab>
        <Tab value="settle">精算</Tab>
      </TabList>
      {c.mode === "pay" ? <PaySection c={c} /> : <SettleSection c={c} />}
    </section>
  );
}
