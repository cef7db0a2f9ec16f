/**
 * The top of every side flow (sideFlows.ts): the way back to the payroll steps and the flow's title, which takes
 * the focus when the flow opens so that a screen reader starts there, not at a button that is gone.
 */
import { useEffect } from "react";
import { Button, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  heading: { outlineStyle: "none" },
});

export function SideFlowHeading(p: { title: string; titleId: string; backDisabled?: boolean; onBack: () => void }) {
  const s = useStyles();
  useEffect(() => document.getElementById(p.titleId)?.focus(), [p.titleId]);
  return (
    <>
      <div className={s.row}>
        <Button appearance="subtle" disabled={p.backDisabled} onClick={p.onBack}>
          ← 給与計算に戻る
        </Button>
      </div>
      <Subtitle2 as="h2" id={p.titleId} tabIndex={-1} className={s.heading}>
        {p.title}
      </Subtitle2>
    </>
  );
}
