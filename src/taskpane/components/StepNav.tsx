/**
 * The six steps as a numbered list of buttons: the current one is marked (aria-current="step"), a step
 * that cannot be entered yet is disabled and says why in its tooltip text.
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
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
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
  },
  step: { minWidth: "auto", paddingLeft: tokens.spacingHorizontalS, paddingRight: tokens.spacingHorizontalS },
});

export function StepNav(p: StepNavProps) {
  const s = useStyles();
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
                // Still focusable when closed, so that a keyboard user hears why (title) instead of skipping it.
                disabledFocusable={!current && !gate.ok}
                title={gate.ok ? undefined : gate.reason}
                onClick={() => p.onGo(step.id)}
              >
                {i + 1}. {step.label}
              </Button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
