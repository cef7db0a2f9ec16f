/**
 * The six steps as a compact numbered grid of buttons (two rows in a 320 px pane): the current one is
 * marked (aria-current="step"); a step that cannot be entered yet is disabled, and the first such step says
 * why in visible text under the list — a tooltip alone is not seen on a touch screen or by most clerks.
 */
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { Gate, StepId } from "../workflow/wizard";

export interface StepNavProps {
  steps: ReadonlyArray<{ id: StepId; label: string }>;
  current: StepId;
  gates: Readonly<Record<StepId, Gate>>;
  onGo: (step: StepId) => void;
}

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(96px, 1fr))",
    gap: tokens.spacingHorizontalXXS,
  },
  step: {
    width: "100%",
    minWidth: 0,
    justifyContent: "flex-start",
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: "nowrap",
  },
  why: { display: "block", marginTop: tokens.spacingVerticalXXS, color: tokens.colorNeutralForeground3 },
});

export function StepNav(p: StepNavProps) {
  const s = useStyles();
  const closedIndex = p.steps.findIndex((step) => step.id !== p.current && !p.gates[step.id].ok);
  const closed = closedIndex >= 0 ? p.steps[closedIndex] : undefined;
  return (
    <nav aria-label="手順">
      <ol className={s.list}>
        {p.steps.map((step, i) => {
          const current = step.id === p.current;
          const gate = p.gates[step.id];
          return (
            <li key={step.id}>
              <Button
                className={s.step}
                size="small"
                appearance={current ? "primary" : "subtle"}
                aria-current={current ? "step" : undefined}
                // Still focusable when closed, so that a keyboard user reaches it and hears why.
                disabledFocusable={!current && !gate.ok}
                aria-describedby={!current && !gate.ok ? "step-nav-why" : undefined}
                onClick={() => p.onGo(step.id)}
              >
                {i + 1}. {step.label}
              </Button>
            </li>
          );
        })}
      </ol>
      {closed && (
        <Caption1 id="step-nav-why" className={s.why}>
          「{closedIndex + 1}. {closed.label}」から先はまだ選べません: {p.gates[closed.id].reason}
        </Caption1>
      )}
    </nav>
  );
}
