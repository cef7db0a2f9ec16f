/**
 * 備えの点検: the month computed from the exports against the payroll system's own results, as `sonae drill` does.
 * Props only: the flow's controller (DrillFlow.tsx, hooks/useDrillCheck.ts) owns the state.
 */
import { SideFlowHeading } from "./SideFlowHeading";
import { useId } from "react";
import { Body1, Button, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import type { DrillCard, DrillOutcome } from "../workflow/drillCheck";
import { FileError } from "./FileError";
import { DrillInputs, type DrillInputsProps } from "./drill/DrillInputs";
import { DrillReportView } from "./drill/DrillReportView";
import { useYearEndStyles } from "./yearEnd/styles";

export interface DrillCheckProps extends Omit<DrillInputsProps, "disabled"> {
  busy?: string;
  fileError?: string;
  /** Why the drill cannot run yet. */
  blocked?: string;
  outcome?: DrillOutcome;
  cards: DrillCard[];
  onRun: () => void;
  onBack: () => void;
}

export function DrillCheck(p: DrillCheckProps) {
  const s = useYearEndStyles();
  const titleId = useId();
  const o = p.outcome;
  return (
    <section className={s.root} aria-labelledby={titleId}>
      <SideFlowHeading title="備えの点検" titleId={titleId} backDisabled={!!p.busy} onBack={p.onBack} />
      <Body1>
        毎月、給与を確定したあとに、書き出したマスタと勤怠から Sonae が計算したその月の給与を、給与システム自身の結果と比べます。全員が1円まで一致すれば、システムが止まった日もこの書き出しと設定で給与を計算できます。
      </Body1>
      <DrillInputs {...p} disabled={!!p.busy} />
      <FileError message={p.fileError} />
      {p.blocked && <Body1>{p.blocked}</Body1>}
      <div className={s.row}>
        <Button appearance="primary" data-testid="drill-run" disabled={!!p.blocked || !!p.busy} onClick={p.onRun}>
          点検する
        </Button>
      </div>
      {p.busy && <Spinner size="small" label={p.busy} />}
      {o?.error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{o.error}</MessageBarBody>
        </MessageBar>
      )}
      {o?.report && <DrillReportView report={o.report} cards={p.cards} />}
      {o && o.problems.length > 0 && (
        <ul className={s.list} aria-label="読み込みの注意">
          {o.problems.map((x) => (
            <li key={x}>{x}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
