/**
 * The task pane: the six steps of issue 5/6 wired to the controller (useWizard.ts). This file only maps
 * state to the components' props; the logic is in workflow/ (pure) and the controller.
 */
import { Suspense, lazy, useEffect, useMemo, useRef, useState, type ReactElement } from "react";
import { Button, Caption1, MessageBar, MessageBarActions, MessageBarBody, Spinner, Subtitle1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ImportReport } from "../import";
import { describeRowCounts } from "../import/header";
import { MASTER_SCHEMA } from "../import/template";
import { SHAROUMU_BANK_PRESET } from "../import/presets";
import { SHEET } from "../workbook/layout";
import { describeDirectory } from "../zengin/bankNames";
import { useWizard, WizardEnv } from "./useWizard";
import { STEPS, StepId, canEnter, employeesOf, SideFile, stepNumber } from "./workflow/wizard";
import { assignFields, columnLines, mappingWarnings, outputNeeds, requiredStatus, MASTER_PRESETS } from "./workflow/mappingForm";
import { reviewSummary, encodingLabel } from "./workflow/review";
import { checkTransferDate } from "./workflow/transfer";
import { LawFileState, lawFileSummary } from "./workflow/lawFile";
import { StepNav } from "./components/StepNav";
import { FileStep } from "./components/FileStep";
import { MappingStep } from "./components/MappingStep";
import { ReviewStep } from "./components/ReviewStep";
import { SettingsStep } from "./components/SettingsStep";
import { BuildStep } from "./components/BuildStep";
import { TransferStep } from "./components/TransferStep";
import type { SideFileView } from "./components/SideFileStatus";
import type { ProblemTableRow } from "./components/ProblemTable";


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

function sideView<R extends ImportReport>(f: SideFile<R>, describe: (r: R) => string): SideFileView {
  if (f.status === "loaded") {
    return {
      status: "loaded",
      fileName: f.fileName,
      summary: `${describe(f.result)}（文字コード: ${encodingLabel(f.result.encoding)}）`,
      errors: f.result.problems.filter((p) => p.severity === "error").length,
      warnings: f.result.problems.filter((p) => p.severity === "warning").length,
    };
  }
  return f;
}

function lawFileView(f: LawFileState): SideFileView {
  if (f.status === "loaded") return { status: "loaded", fileName: f.fileName, summary: lawFileSummary(f.law), errors: 0, warnings: f.law.notices.length };
  if (f.status === "failed") return { status: "failed", fileName: f.fileName, message: f.problems.join("\n") };
  return f;
}

function sideProblems(f: SideFile<ImportReport>): ProblemTableRow[] {
  if (f.status !== "loaded") return [];
  return f.result.problems.map((p, i) => ({ key: String(i), ...p, severityLabel: p.severity === "error" ? "エラー" : "注意" }));
}

// 年末調整の検算 is a chunk of its own, loaded when the clerk opens it (the 年末調整 tables stay out of the start-up bundle).
const YearEndFlow = lazy(() => import("./YearEndFlow"));

const FIELD_CHOICES = MASTER_SCHEMA.map((f) => ({ field: f.key, label: f.header, required: f.required }));

export function Wizard(props: { env: WizardEnv }) {
  const s = useStyles();
  const w = useWizard(props.env);
  const st = w.state;
  /** The payroll steps, or the year-end check (the payroll state is kept while the clerk is there). */
  const [mode, setMode] = useState<"payroll" | "yearEnd">("payroll");
  const gates = useMemo(
    () => Object.fromEntries(STEPS.map((x) => [x.id, canEnter(st, x.id)])) as Record<StepId, ReturnType<typeof canEnter>>,
    [st],
  );
  const review = useMemo(() => (st.master ? reviewSummary(st.master, st.bank.status === "loaded" ? st.bank.result : undefined) : undefined), [st.master, st.bank]);
  const employees = employeesOf(st);
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  // A new step: the keyboard and the screen reader start at its heading, not at <body>.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const h = main.current?.querySelector<HTMLElement>("section h2");
    if (h && mode === "payroll") {
      h.tabIndex = -1;
      h.focus();
    }
  }, [st.step, mode]);

  let body: ReactElement | null = null;
  if (st.step === "file") {
    body = (
      <FileStep
        busy={st.busy}
        fileError={st.fileError}
        notice={st.notice}
        toFix={st.toFix}
        onDownloadProblems={() => st.toFix && w.onDownloadProblems(st.toFix.problems, st.toFix.sourceName)}
        inExcel={w.inExcel}
        loaded={
          st.master && review
            ? { name: w.sourceName, encodingLabel: review.encodingLabel, validRows: review.validRows, rejectedRows: review.rejectedRows }
            : undefined
        }
        onFile={w.onFile}
        onReadSheet={w.onReadSheet}
        onDownloadTemplate={w.onDownloadTemplate}
        onNext={gates.mapping.ok ? () => w.goTo("mapping") : undefined}
        onYearEnd={() => setMode("yearEnd")}
      />
    );
  } else if (st.step === "mapping" && st.master) {
    const m = st.master;
    const originText = {
      suggested: "見出しの名前から対応を推測しました。",
      saved: "このブックに保存した前回の対応付けを使っています。",
      preset: "ひな形の対応付けを使っています。",
      edited: "変更した対応付けで読み直しました。",
    }[st.mappingOrigin];
    body = (
      <MappingStep
        sourceName={w.sourceName}
        encodingLabel={encodingLabel(m.encoding)}
        lines={columnLines(m.headers, m.mapping)}
        fields={FIELD_CHOICES}
        required={requiredStatus(m.mapping)}
        needs={outputNeeds(m.mapping, st.bank.status === "loaded" ? st.bank.fileName : undefined)}
        warnings={mappingWarnings(m.mapping)}
        preset={m.mapping.preset && MASTER_PRESETS.some((p) => p.id === m.mapping.preset) ? m.mapping.preset : "auto"}
        presets={MASTER_PRESETS.map((p) => ({ id: p.id, name: p.name }))}
        originText={originText}
        busy={st.busy}
        bank={sideView(st.bank, (r) => {
          const preset = r.mapping.preset === SHAROUMU_BANK_PRESET.id ? `「${SHAROUMU_BANK_PRESET.name}」の形式として読み、預金種目を全銀のコードに直しました。` : "";
          return `${preset}口座のある従業員 ${r.employees.filter((e) => e.bank).length}人`;
        })}
        onAssign={(header, fields) => w.remap(assignFields(m.mapping, header, fields), "edited")}
        onPreset={w.onPreset}
        onBankFile={(f) => w.onSideFile("bank", f)}
        onBankClear={() => w.onSideClear("bank")}
        onNext={() => w.goTo("review")}
        remembers={w.inExcel}
        canNext={gates.review.ok}
        nextReason={gates.review.reason}
      />
    );
  } else if (st.step === "review" && st.master && review) {
    body = (
      <ReviewStep
        sourceName={w.sourceName}
        sourceKind={st.source?.kind ?? "file"}
        summary={review}
        accepted={st.acceptedValidOnly}
        onFix={w.fixFile}
        onAcceptValidOnly={w.acceptValidOnly}
        onNext={() => w.goTo("settings")}
        onDownloadProblems={() => w.onDownloadProblems(review.problems, w.sourceName)}
      />
    );
  } else if (st.step === "settings") {
    body = (
      <SettingsStep
        form={st.settings}
        errors={w.settingsCheck.errors}
        warnings={w.settingsCheck.warnings}
        onChange={w.setSettings}
        variables={{
          view: sideView(st.variables, (r) => `${r.variables.length}人分の勤怠・変動項目・${describeRowCounts(r.rowCounts).replace(/。$/, "")}`),
          problems: sideProblems(st.variables),
          onFile: (f) => w.onSideFile("variables", f),
          onClear: () => w.onSideClear("variables"),
        }}
        law={{
          view: lawFileView(w.lawFile),
          problems: [],
          onFile: (f) => void w.onLawFile(f),
          onClear: w.onLawClear,
        }}
        previous={{
          view: sideView(st.previous, (r) => `${r.results.length}人分の前回の結果・${describeRowCounts(r.rowCounts).replace(/。$/, "")}`),
          problems: sideProblems(st.previous),
          onFile: (f) => w.onSideFile("previous", f),
          onClear: () => w.onSideClear("previous"),
        }}
        onDownloadVariablesTemplate={w.onDownloadVariablesTemplate}
        onNext={() => w.goTo("build")}
        canNext={gates.build.ok}
      />
    );
  } else if (st.step === "build") {
    const settings = w.settingsCheck.settings;
    const rejected = st.master?.rejected.length ?? 0;
    const summary = [
      `従業員 ${employees.length}人${rejected > 0 ? `（エラーのある ${rejected}行は除外）` : ""}`,
      settings ? `対象年月 ${settings.period}・支給日 ${settings.payDate}・${settings.premiumTiming === "nextMonth" ? "翌月徴収" : "当月徴収"}` : "設定にエラーがあります",
      st.variables.status === "loaded" ? `勤怠・変動: ${st.variables.fileName}` : "勤怠・変動: ブックの「勤怠・変動」シートに入力します",
      st.previous.status === "loaded" ? `前回の計算結果: ${st.previous.fileName}（検算シートを作成し、勤怠は前月同額で補います）` : "前回の計算結果: なし",
      `作成するシート: ${Object.values(SHEET).filter((n) => n !== SHEET.check || st.previous.status === "loaded" || w.plausibility.length > 0).join("・")}`,
      ...(w.plausibility.length > 0 ? [`確認したほうがよい点 ${w.plausibility.length}件（検算シートの備考にも載せます）:`, ...w.plausibility] : []),
    ];
    body = (
      <BuildStep
        summary={summary}
        build={st.build}
        lastBuild={st.lastBuild}
        warnings={w.buildWarnings}
        inExcel={w.inExcel}
        valuesOnly={st.valuesOnly}
        onValuesOnly={w.setValuesOnly}
        payslips={{
          slips: w.payslips,
          title: settings ? `${Number(settings.period.slice(0, 4))}年${Number(settings.period.slice(5, 7))}月分 給与明細（支給日 ${settings.payDate}）` : "給与明細",
          company: st.settings.companyName,
        }}
        overwriteMessage={st.build.status === "confirming" ? st.build.message : undefined}
        onBuild={w.onBuild}
        onCancel={w.onCancelBuild}
        onAnswer={w.onAnswer}
        onNext={() => w.goTo("transfer")}
      />
    );
  } else if (st.step === "transfer") {
    const t = w.transfer;
    const notes: string[] = [];
    if (st.amountSource === "computed" && w.net) {
      notes.push(`${w.net.items.length}人の差引支給額を、取り込んだマスタ・勤怠と設定から給与計算シートと同じ計算で求めました。`);
      for (const k of w.net.skipped) notes.push(k.message);
    }
    if (st.amountSource !== "computed") {
      const a = st.sheetAmounts;
      if (a.status === "loading") notes.push(`シート「${a.sheetName}」を読み込んでいます…`);
      if (a.status === "loaded") notes.push(`シート「${a.sheetName}」の差引支給額（${a.items.length}人）を使います。シートを直したら「シートから読み直す」を押してください。`);
    }
    const failed = w.sourceProblem ?? (st.amountSource !== "computed" && st.sheetAmounts.status === "failed" ? st.sheetAmounts.message : undefined);
    body = (
      <TransferStep
        amountSource={st.amountSource}
        sourcesEnabled={{ payrollSheet: w.inExcel, bonusSheet: w.inExcel, computed: true }}
        onAmountSource={w.setAmountSource}
        onReread={w.rereadAmounts}
        sourceError={failed}
        form={st.transfer}
        onChange={w.setTransfer}
        dateCheck={checkTransferDate(st.transfer.payDate)}
        sourceNotes={notes}
        outcome={
          t && {
            review: t.review,
            nameChanges: t.result.nameChanges,
            fileProblems: t.fileProblems.map((p, i) => ({
              key: String(i),
              row: "",
              column: p.field,
              value: p.value,
              message: p.message,
              severity: p.severity,
              severityLabel: p.severity === "error" ? "エラー" : "注意",
            })),
            summary: t.summary,
            fileName: t.fileName,
            canDownload: t.result.bytes.length > 0,
          }
        }
        bankNames={w.bankNames.status === "loaded" ? { status: "loaded", description: describeDirectory(w.bankNames.dir) } : w.bankNames}
        onLoadBankNames={w.onLoadBankNames}
        onDownload={w.onDownloadTransfer}
        leftOut={st.leftOut}
        remembers={w.inExcel}
        onLeaveOut={w.leaveOut}
      />
    );
  }

  return (
    <main ref={main} className={mergeClasses(s.root, s.focusTarget)}>
      <Subtitle1 as="h1" className={s.title}>Sonae 備え — 給与計算バックアップ</Subtitle1>
      <div className={s.announce} aria-live="polite">
        {mode === "payroll" ? `手順 ${stepNumber(st.step)} / ${STEPS.length}: ${STEPS[stepNumber(st.step) - 1].label}` : ""}
      </div>
      <Caption1 className={s.privacy}>ファイルの読み込みも計算も、このパソコンの中だけで行います。データは外部に送信しません。</Caption1>
      {mode === "payroll" && <StepNav steps={STEPS} current={st.step} gates={gates} onGo={w.goTo} />}
      {w.hostMessage && (
        <MessageBar intent="warning">
          <MessageBarBody>{w.hostMessage}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={w.dismissHostMessage}>
              閉じる
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {mode === "payroll" ? (
        body
      ) : (
        <Suspense fallback={<Spinner size="small" label="年末調整の検算を読み込んでいます…" />}>
          <YearEndFlow thisYear={props.env.today.year} host={props.env.host} onBack={() => setMode("payroll")} />
        </Suspense>
      )}
    </main>
  );
}
