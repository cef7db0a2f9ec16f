/**
 * 「別の作業」 under step 1: the work besides the monthly payroll, one button per flow with what it starts from.
 */
import { Body1, Button, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";

export interface SideFlowListProps {
  flows: readonly { id: string; label: string; description: string }[];
  disabled: boolean;
  onOpen: (id: string) => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: "none" },
  item: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  note: { color: tokens.colorNeutralForeground3 },
});

export function SideFlowList(p: SideFlowListProps) {
  const s = useStyles();
  if (p.flows.length === 0) return null;
  return (
    <div className={s.root} role="group" aria-labelledby="side-flows-title">
      <Subtitle2 as="h3" id="side-flows-title">
        別の作業（給与計算とは別に行えます）
      </Subtitle2>
      <ul className={s.list}>
        {p.flows.map((f) => (
          <li key={f.id} className={s.item}>
            <Button appearance="secondary" disabled={p.disabled} onClick={() => p.onOpen(f.id)}>
              {f.label}
            </Button>
            <Body1 className={s.note}>{f.description}</Body1>
          </li>
        ))}
      </ul>
    </div>
  );
}
