/**
 * Step 5 ブック作成: what will be built, the build with a progress bar and a cancel button, and the
 * confirmation before any existing sheet is replaced (with a backup copy offered first, since Excel
 * cannot undo what an add-in changes).
 */
import { Radio, RadioGroup, Field, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { BuildSummary } from "./build/BuildSummary";
import { BuildActions } from "./build/BuildActions";
import type { BuildState } from "../workflow/wizard";
import { OverwriteDialog, type OverwriteAnswer } from "./OverwriteDialog";
import { PayslipPrint, type PayslipView } from "./PayslipPrint";
import { ResultsDownload } from "./build/ResultsDownload";
import type { MonthResultsDownload } from "../hooks/useMonthResults";

export type { OverwriteAnswer };

export interface BuildStepProps {
  /** Sentences describing what will be built (人数, 対象年月, 支給日, files). */
  summary: string[];
  build: BuildState;
  /** The last build that succeeded, still true after a later build was cancelled or failed. */
  lastBuild?: Extract<BuildState, { status: "done" }>;
  /** Things the clerk should know before writing (months without law data, staff without 勤怠, negative pay). */
  warnings: string[];
  inExcel: boolean;
  /** Outside Excel: the .xlsx holds values only (opens without the add-in) instead of SONAE formulas. */
  valuesOnly: boolean;
  onValuesOnly: (valuesOnly: boolean) => void;
  /** Outside Excel: the payslips to print from the page, with their heading. */
  payslips: { slips: PayslipView[]; title: string; company: string };
  /** The message the writer gives for the confirmation (sheets + "cannot be undone"). */
  overwriteMessage?: string;
  onBuild: () => void;
  onCancel: () => void;
  onAnswer: (answer: OverwriteAnswer) => void;
  onNext: () => void;
  /** 「今月の結果をダウンロード（CSV）」: the month's results file and what came of the last download. */
  results: MonthResultsDownload & { disabled: boolean; onDownload: () => void };
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export function BuildStep(p: BuildStepProps) {
  const s = useStyles();
  return (
    <section className={s.root} aria-labelledby="step-build-title">
      <Subtitle2 as="h2" id="step-build-title">
        5. ブック作成
      </Subtitle2>
      <BuildSummary summary={p.summary} warnings={p.warnings} />
      {!p.inExcel && (
        <Field label="ダウンロードするブックの中身">
          <RadioGroup value={p.valuesOnly ? "values" : "formulas"} onChange={(_, d) => p.onValuesOnly(d.value === "values")}>
            <Radio value="formulas" label="数式と計算結果（SONAE 関数。開くには Excel に備えアドインが必要）" />
            <Radio value="values" label="値のみ（アドインのない Excel でもそのまま開けます）" />
          </RadioGroup>
        </Field>
      )}
      <BuildActions {...p} />
      {!p.inExcel && <PayslipPrint {...p.payslips} />}
      <ResultsDownload {...p.results} inExcel={p.inExcel} />
      <OverwriteDialog open={p.build.status === "confirming"} message={p.overwriteMessage} onAnswer={p.onAnswer} />
    </section>
  );
}
