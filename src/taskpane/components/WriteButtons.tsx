/** The write button and, while writing, its 中止 button: the same pair for the payroll workbook and the 年末調整 sheet. */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { BuildState } from "../workflow/wizard";

const useStyles = makeStyles({ row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS } });

export function WriteButtons(p: { build: BuildState; label: string; disabled?: boolean; onWrite: () => void; onCancel: () => void }) {
  const s = useStyles();
  const running = p.build.status === "running" || p.build.status === "confirming";
  return (
    <div className={s.row}>
      <Button appearance="primary" data-testid="build" disabled={running || !!p.disabled} onClick={p.onWrite}>
        {p.label}
      </Button>
      {p.build.status === "running" && (
        <Button disabled={p.build.cancelling} onClick={p.onCancel}>
          {p.build.cancelling ? "中止しています…" : "中止"}
        </Button>
      )}
    </div>
  );
}
