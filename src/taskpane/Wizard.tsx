/**
 * The task pane: the six payroll steps wired to the controller (hooks/useWizard.ts), or one of the
 * side flows (sideFlows.ts). The steps (steps/) map the controller's state to the components' props.
 */
import { Suspense, lazy, useMemo, useRef, useState, type ComponentType } from "react";
import { Caption1, Spinner, Subtitle1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useWizard } from "./hooks/useWizard";
import type { WizardEnv } from "./hooks/useWizardState";
import { useHeadingFocus } from "./hooks/useHeadingFocus";
import { STEPS, stepAnnouncement, stepGates } from "./workflow/wizard";
import { StepNav } from "./components/StepNav";
import { HostMessage } from "./components/HostMessage";
import { PayrollStep } from "./steps/PayrollStep";
import { SIDE_FLOWS, type SideFlowProps } from "./sideFlows";
import { sourceName } from "./workflow/masterImport";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    maxWidth: "1100px",
    // Long words (file names, codes) wrap instead of pushing the pane sideways.
    overflowWrap: "anywhere",
  },
  // Compact: the title and the step list leave most of a 350 px pane to the step itself.
  title: { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, margin: 0 },
  privacy: { color: tokens.colorNeutralForeground3 },
  // The heading receives focus on a step change for the screen reader; no box is drawn around it.
  focusTarget: { "& section h2:focus": { outlineStyle: "none" } },
  announce: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
});

// Each side flow (年末調整の検算, 届書, …) is a chunk of its own, loaded when the clerk opens it.
const SIDE_FLOW_VIEWS = new Map(SIDE_FLOWS.map((f) => [f.id, { flow: f, View: lazy<ComponentType<SideFlowProps>>(f.load) }]));

export function Wizard(props: { env: WizardEnv }) {
  const s = useStyles();
  const wizard = useWizard(props.env);
  const state = wizard.state;
  /** The payroll steps, or a side flow's id (the payroll state is kept while the clerk is there). */
  const [mode, setMode] = useState<string>("payroll");
  const side = SIDE_FLOW_VIEWS.get(mode);
  const gates = useMemo(() => stepGates(state), [state]);
  const loadedMaster = useMemo(() => (state.master && state.source ? { name: sourceName(state.source), result: state.master } : undefined), [state.master, state.source]);
  const main = useRef<HTMLElement>(null);
  useHeadingFocus(main, state.step, mode === "payroll");

  return (
    <main ref={main} className={mergeClasses(s.root, s.focusTarget)}>
      <Subtitle1 as="h1" className={s.title}>Sonae 備え — 給与計算バックアップ</Subtitle1>
      <div className={s.announce} aria-live="polite">
        {mode === "payroll" ? stepAnnouncement(state.step) : ""}
      </div>
      <Caption1 className={s.privacy}>ファイルの読み込みも計算も、このパソコンの中だけで行います。データは外部に送信しません。</Caption1>
      {mode === "payroll" && <StepNav steps={STEPS} current={state.step} gates={gates} onGo={wizard.steps.goTo} />}
      <HostMessage message={wizard.hostMessage} onDismiss={wizard.dismissHostMessage} />
      {side ? (
        <Suspense fallback={<Spinner size="small" label={`「${side.flow.label}」を読み込んでいます…`} />}>
          <side.View thisYear={props.env.today.year} host={props.env.host} loadedMaster={loadedMaster} settingsClosingDay={state.settings.closingDay} onBack={() => setMode("payroll")} />
        </Suspense>
      ) : (
        <PayrollStep wizard={wizard} gates={gates} sideFlows={SIDE_FLOWS} onSideFlow={setMode} />
      )}
    </main>
  );
}
