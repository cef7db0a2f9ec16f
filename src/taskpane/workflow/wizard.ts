/**
 * The task pane's workflow as pure state: which step the clerk is on, what was imported, what was
 * decided, how the build went. One reducer, no I/O: the pane's controller (hooks/useWizard.ts) reads files and
 * talks to Excel, then dispatches what happened; tests drive the same reducer with plain objects.
 *
 * Steps: 1 ファイルを選択 → 2 列の対応付け → 3 確認 → 4 設定 → 5 ブック作成 → 6 振込データ作成. A step can be
 * entered only when the steps before it allow it (canEnter says why not, in Japanese).
 */
import type { BankImportResult, ColumnMapping, ImportResult, MasterField, PreviousResultsImportResult, VariablesImportResult } from "../../import";
import type { Employee } from "../../calc/payroll/employee";
import { MASTER_SCHEMA } from "../../import/template";
import { missingRequired } from "../../import/mapping";
import { SettingsForm, validateSettingsForm } from "./settingsForm";
import { AmountSource, TransferForm, defaultTransferForm } from "./transfer";
import type { TransferRow } from "../../zengin/transfers";
import { ProblemRow, reviewSummary } from "./review";

export type StepId = "file" | "mapping" | "review" | "settings" | "build" | "transfer";

export const STEPS: ReadonlyArray<{ id: StepId; label: string }> = [
  { id: "file", label: "ファイルを選択" },
  { id: "mapping", label: "列の対応付け" },
  { id: "review", label: "確認" },
  { id: "settings", label: "設定" },
  { id: "build", label: "ブック作成" },
  { id: "transfer", label: "振込データ作成" },
];

export type MasterSource =
  | { kind: "file"; fileName: string; bytes: Uint8Array }
  | { kind: "sheet"; sheetName: string; cells: unknown[][]; firstRow: number };

/** An optional file (振込口座・勤怠・前回の結果): its bytes are kept so that it can be read again after a change of master. */
export type SideFile<R> =
  | { status: "none" }
  | { status: "loading"; fileName: string }
  | { status: "loaded"; fileName: string; bytes: Uint8Array; result: R }
  | { status: "failed"; fileName: string; message: string };

export type MappingOrigin = "suggested" | "saved" | "preset" | "edited";

export type BuildState =
  | { status: "idle" }
  | { status: "running"; done: number; total: number; label: string; cancelling: boolean }
  | { status: "confirming"; existing: string[]; message: string }
  | { status: "done"; sheets: string[]; backups: string[]; employees: number; fileName?: string }
  | { status: "cancelled"; message: string }
  | { status: "failed"; message: string };

/** Amounts read from a computed sheet of the workbook (給与計算・賞与計算). */
export type SheetAmounts =
  | { status: "none" }
  | { status: "loading"; sheetName: string }
  | { status: "loaded"; sheetName: string; items: { employee: Employee; net: number }[]; orphans: TransferRow[] }
  | { status: "failed"; sheetName: string; message: string };

export interface WizardState {
  step: StepId;
  source?: MasterSource;
  /** A long operation under way ("ファイルを読み込んでいます…"). */
  busy?: string;
  /** Why the last file could not be read at all (ImportError), shown on the file step. */
  fileError?: string;
  /** A message for the file step after 「ファイルを修正する」. */
  notice?: string;
  /** The problems of the file the clerk went to fix: shown on the file step until another file is read. */
  toFix?: { sourceName: string; problems: ProblemRow[] };
  master?: ImportResult;
  mappingOrigin: MappingOrigin;
  /** The clerk chose 「正しい行だけ取り込む」 for this import. */
  acceptedValidOnly: boolean;
  bank: SideFile<BankImportResult>;
  settings: SettingsForm;
  variables: SideFile<VariablesImportResult>;
  previous: SideFile<PreviousResultsImportResult>;
  build: BuildState;
  /** The last build that succeeded: a later cancelled or failed build does not undo it. */
  lastBuild?: Extract<BuildState, { status: "done" }>;
  transfer: TransferForm;
  amountSource: AmountSource;
  sheetAmounts: SheetAmounts;
  /** 社員番号 → why the clerk left that person out of the 全銀 file (paid in cash or separately). */
  leftOut: Readonly<Record<string, string>>;
  /** The downloaded workbook holds values only (no SONAE formulas), for a PC without the add-in. */
  valuesOnly: boolean;
}

export type SideKind = "bank" | "variables" | "previous";
type SideResult<K extends SideKind> = K extends "bank" ? BankImportResult : K extends "variables" ? VariablesImportResult : PreviousResultsImportResult;

export type WizardAction =
  | { type: "goTo"; step: StepId }
  | { type: "busy"; message?: string }
  | { type: "masterLoaded"; source: MasterSource; master: ImportResult; origin: MappingOrigin; bank?: SideFile<BankImportResult>; variables?: SideFile<VariablesImportResult>; previous?: SideFile<PreviousResultsImportResult> }
  | { type: "masterFailed"; message: string }
  | { type: "fixFile" }
  | { type: "acceptValidOnly" }
  | { type: "sideLoading"; kind: SideKind; fileName: string }
  | { type: "sideLoaded"; kind: SideKind; fileName: string; bytes: Uint8Array; result: SideResult<SideKind> }
  | { type: "sideFailed"; kind: SideKind; fileName: string; message: string }
  | { type: "sideCleared"; kind: SideKind }
  | { type: "settingsChanged"; settings: SettingsForm }
  | { type: "transferChanged"; transfer: TransferForm }
  | { type: "buildConfirm"; existing: string[]; message: string }
  | { type: "buildProgress"; done: number; total: number; label: string }
  | { type: "buildCancelling" }
  | { type: "buildDone"; sheets: string[]; backups: string[]; employees: number; fileName?: string }
  | { type: "buildCancelled"; message: string }
  | { type: "buildFailed"; message: string }
  | { type: "buildReset" }
  | { type: "valuesOnly"; valuesOnly: boolean }
  | { type: "leaveOut"; employeeId: string; reason: string | undefined }
  | { type: "amountSource"; source: AmountSource }
  | { type: "sheetAmounts"; amounts: SheetAmounts };

export function initialWizardState(settings: SettingsForm, transfer?: TransferForm, amountSource: AmountSource = "computed"): WizardState {
  return {
    step: "file",
    mappingOrigin: "suggested",
    acceptedValidOnly: false,
    bank: { status: "none" },
    settings,
    variables: { status: "none" },
    previous: { status: "none" },
    build: { status: "idle" },
    transfer: transfer ?? defaultTransferForm(settings.payDate),
    amountSource,
    sheetAmounts: { status: "none" },
    valuesOnly: false,
    leftOut: {},
  };
}

/** The name of the downloaded payroll workbook: 給与計算_2026-04.xlsx. */
export function payrollFileName(period: string): string {
  return `給与計算_${period}.xlsx`;
}

/** The employees the workbook gets: the master's valid rows, with the accounts of the bank file when one was read. */
export function employeesOf(state: WizardState): Employee[] {
  if (!state.master) return [];
  return state.bank.status === "loaded" ? state.bank.result.employees : state.master.employees;
}

/** The required fields (by their template header) that have no column and no default. */
function missingRequiredHeaders(mapping: ColumnMapping<MasterField>): string[] {
  return missingRequired(MASTER_SCHEMA, mapping).map((f) => f.header);
}

export interface Gate {
  ok: boolean;
  /** Why the step cannot be entered yet, in Japanese. */
  reason?: string;
}

const OK: Gate = { ok: true };

/** Whether the clerk may enter a step now, and if not, what to do first. */
export function canEnter(state: WizardState, step: StepId): Gate {
  if (state.busy) return { ok: false, reason: "処理が終わるまでお待ちください。" };
  if (state.build.status === "running" && step !== "build") return { ok: false, reason: "ブックの作成中です。終わるか中止するまでお待ちください。" };
  if (step === "file") return OK;
  if (!state.master) return { ok: false, reason: "先に「ファイルを選択」で従業員マスタを読み込んでください。" };
  if (step === "mapping") return OK;
  const missing = missingRequiredHeaders(state.master.mapping);
  if (missing.length > 0) return { ok: false, reason: `必須の項目 ${missing.join("・")} の列を「列の対応付け」で選んでください。` };
  if (step === "review") return OK;
  if (employeesOf(state).length === 0) return { ok: false, reason: "取り込める行が1行もありません。ファイルを修正してください。" };
  if (state.master.rejected.length > 0 && !state.acceptedValidOnly) {
    return { ok: false, reason: "エラーのある行があります。「確認」で「ファイルを修正する」か「正しい行だけ取り込む」を選んでください。" };
  }
  if (step === "settings") return OK;
  if (!validateSettingsForm(state.settings).settings) return { ok: false, reason: "「設定」の入力にエラーがあります。" };
  if ([state.variables, state.previous, state.bank].some((f) => f.status === "loading")) return { ok: false, reason: "ファイルの読み込みが終わるまでお待ちください。" };
  return OK;
}

/** The step after `step`, or undefined at the end. */
export function nextStep(step: StepId): StepId | undefined {
  const i = STEPS.findIndex((x) => x.id === step);
  return STEPS[i + 1]?.id;
}

export function previousStep(step: StepId): StepId | undefined {
  const i = STEPS.findIndex((x) => x.id === step);
  return i > 0 ? STEPS[i - 1].id : undefined;
}

/** Whether each step may be entered now (the step list disables the others and says why). */
export type StepGates = Readonly<Record<StepId, Gate>>;

export function stepGates(state: WizardState): StepGates {
  return Object.fromEntries(STEPS.map((x) => [x.id, canEnter(state, x.id)])) as Record<StepId, Gate>;
}

/** 「手順 2 / 6: 列の対応付け」, read out by the screen reader when the step changes. */
export function stepAnnouncement(step: StepId): string {
  const index = STEPS.findIndex((x) => x.id === step);
  return `手順 ${index + 1} / ${STEPS.length}: ${STEPS[index].label}`;
}

function withSide<K extends SideKind>(state: WizardState, kind: K, value: SideFile<SideResult<K>>): WizardState {
  return { ...state, [kind]: value } as WizardState;
}

/** A master read (a new file, or the same file with another mapping): every decision about the last import is made again. */
function withMaster(state: WizardState, action: Extract<WizardAction, { type: "masterLoaded" }>): WizardState {
  const sameSource = state.source !== undefined && state.source === action.source;
  return {
    ...state,
    busy: undefined,
    fileError: undefined,
    notice: undefined,
    toFix: undefined,
    source: action.source,
    master: action.master,
    mappingOrigin: action.origin,
    // Every import (a new file or a new mapping of the same file) rejects its own rows: decide again.
    acceptedValidOnly: false,
    bank: action.bank ?? (sameSource ? state.bank : { status: "none" }),
    variables: action.variables ?? state.variables,
    previous: action.previous ?? state.previous,
    build: { status: "idle" },
    lastBuild: undefined,
    leftOut: {},
    sheetAmounts: { status: "none" },
    step: sameSource ? state.step : "mapping",
  };
}

/** 「ファイルを修正する」: the import stops; its problems stay on the file step as a list to fix from. */
function backToFile(state: WizardState): WizardState {
  return {
    ...state,
    toFix: state.master && state.source
      ? {
          sourceName: state.source.kind === "file" ? state.source.fileName : `シート「${state.source.sheetName}」`,
          problems: reviewSummary(state.master, state.bank.status === "loaded" ? state.bank.result : undefined).problems,
        }
      : undefined,
    step: "file",
    source: undefined,
    master: undefined,
    bank: { status: "none" },
    acceptedValidOnly: false,
    build: { status: "idle" },
    lastBuild: undefined,
    sheetAmounts: { status: "none" },
    notice: "取り込みを中止しました。一覧のエラーを元のファイルで修正して保存し、もう一度ファイルを選んでください。",
  };
}

export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  switch (action.type) {
    case "goTo":
      return canEnter(state, action.step).ok ? { ...state, step: action.step, notice: undefined } : state;
    case "busy":
      return { ...state, busy: action.message };
    case "masterLoaded":
      return withMaster(state, action);
    case "masterFailed":
      return { ...state, busy: undefined, fileError: action.message, step: "file" };
    case "fixFile":
      return backToFile(state);
    case "acceptValidOnly":
      if (!state.master || employeesOf(state).length === 0) return state;
      return { ...state, acceptedValidOnly: true, step: "settings" };
    case "sideLoading":
      return withSide(state, action.kind, { status: "loading", fileName: action.fileName });
    case "sideLoaded":
      return withSide(state, action.kind, { status: "loaded", fileName: action.fileName, bytes: action.bytes, result: action.result });
    case "sideFailed":
      return withSide(state, action.kind, { status: "failed", fileName: action.fileName, message: action.message });
    case "sideCleared":
      return withSide(state, action.kind, { status: "none" });
    case "settingsChanged": {
      // The 振込指定日 follows the 支給日 until the clerk sets it apart.
      const follows = state.transfer.payDate === state.settings.payDate;
      return { ...state, settings: action.settings, transfer: follows ? { ...state.transfer, payDate: action.settings.payDate } : state.transfer };
    }
    case "transferChanged":
      return { ...state, transfer: action.transfer };
    case "buildConfirm":
      return { ...state, build: { status: "confirming", existing: action.existing, message: action.message } };
    case "buildProgress":
      return {
        ...state,
        build: { status: "running", done: action.done, total: action.total, label: action.label, cancelling: state.build.status === "running" && state.build.cancelling },
      };
    case "buildCancelling":
      return state.build.status === "running" ? { ...state, build: { ...state.build, cancelling: true } } : state;
    case "buildDone":
    {
      const build = { status: "done" as const, sheets: action.sheets, backups: action.backups, employees: action.employees, fileName: action.fileName };
      return { ...state, build, lastBuild: build, sheetAmounts: { status: "none" } };
    }
    case "buildCancelled":
      return { ...state, build: { status: "cancelled", message: action.message } };
    case "buildFailed":
      return { ...state, build: { status: "failed", message: action.message } };
    case "buildReset":
      return { ...state, build: { status: "idle" } };
    case "leaveOut": {
      const { [action.employeeId]: _, ...others } = state.leftOut;
      return { ...state, leftOut: action.reason === undefined ? others : { ...others, [action.employeeId]: action.reason } };
    }
    case "valuesOnly":
      return { ...state, valuesOnly: action.valuesOnly };
    case "amountSource":
      return { ...state, amountSource: action.source, sheetAmounts: { status: "none" } };
    case "sheetAmounts":
      return { ...state, sheetAmounts: action.amounts };
  }
}
