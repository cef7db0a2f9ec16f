/**
 * Step 5 ブック作成: what will be built, the build with a progress bar and a cancel button, and the
 * confirmation before any existing sheet is replaced (with a backup copy offered first, since Excel
 * cannot undo what an add-in changes).
 */
import {
  Body1, Button, Caption1, MessageBar, MessageBarBody, MessageBarTitle, Radio, RadioGroup, Field, Subtitle2, makeStyles, tokens,
} from "@fluentui/react-components";
import { WriteProgress } from "./WriteProgress";
import type { BuildState } from "../workflow/wizard";
import { OverwriteDialog, type OverwriteAnswer } from "./OverwriteDialog";
import { PayslipPrint, type PayslipView } from "./PayslipPrint";

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
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export function BuildStep(p: BuildStepProps) {
  const s = useStyles();
  const b = p.build;
  const running = b.status === "running" || b.status === "confirming";
  return (
    <section className={s.root} aria-labelledby="step-build-title">
      <Subtitle2 as="h2" id="step-build-title">
        5. ブック作成
      </Subtitle2>
      <ul className={s.list}>
        {p.summary.map((line) => (
          <li key={line}>
            <Body1>{line}</Body1>
          </li>
        ))}
      </ul>
      {p.warnings.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>作成の前に確かめてください（{p.warnings.length}件）</MessageBarTitle>
            <ul className={s.list} aria-label="作成前の注意">
              {p.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {!p.inExcel && (
        <Field label="ダウンロードするブックの中身">
          <RadioGroup value={p.valuesOnly ? "values" : "formulas"} onChange={(_, d) => p.onValuesOnly(d.value === "values")}>
            <Radio value="formulas" label="数式と計算結果（SONAE 関数。開くには Excel に備えアドインが必要）" />
            <Radio value="values" label="値のみ（アドインのない Excel でもそのまま開けます）" />
          </RadioGroup>
        </Field>
      )}
      <div className={s.row}>
        <Button appearance="primary" data-testid="build" disabled={running} onClick={p.onBuild}>
          {p.inExcel
            ? b.status === "done" ? "もう一度作成する" : "給与計算ブックを作成"
            : b.status === "done" ? "もう一度ダウンロードする" : "給与計算ブック（.xlsx）をダウンロード"}
        </Button>
        {b.status === "running" && (
          <Button disabled={b.cancelling} onClick={p.onCancel}>
            {b.cancelling ? "中止しています…" : "中止"}
          </Button>
        )}
      </div>
      <WriteProgress
        build={b}
        doneTitle="ブックを作成しました"
        failedTitle="ブックを作成できませんでした"
        nextStep={
          p.inExcel
            ? "「給与計算」シートを開きました。今月の勤怠・手当は「勤怠・変動」シートに入力してください。入力すると、給与計算と給与明細が再計算されます。"
            : "ダウンロードしたブックを Excel で開き、「給与計算」シートの数字を確かめてください。"
        }
      />
      {b.status !== "done" && !running && p.lastBuild && (
        <WriteProgress build={p.lastBuild} doneTitle="前回の作成はそのまま使えます" failedTitle="" />
      )}
      {(b.status === "done" || (!running && p.lastBuild)) && (
        <div className={s.row}>
          <Button appearance="primary" data-testid="next" onClick={p.onNext}>
            次へ（振込データ作成）
          </Button>
          <Caption1>給与計算シートの数字を確かめてから振込データを作ってください。</Caption1>
        </div>
      )}
      {!p.inExcel && <PayslipPrint {...p.payslips} />}
      <OverwriteDialog open={b.status === "confirming"} message={p.overwriteMessage} onAnswer={p.onAnswer} />
    </section>
  );
}
