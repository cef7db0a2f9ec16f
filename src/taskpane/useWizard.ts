/**
 * The pane's controller: it owns the workflow state (workflow/wizard.ts), reads files, calls the import
 * library, the plan and the Excel glue, and dispatches what happened. Components get data and callbacks
 * only. Every failure ends as a Japanese message on screen; nothing is swallowed.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import {
  importBankAccountsFile, importMasterCells, importMasterFile, importPreviousResultsFile, importVariablesFile,
  ColumnMapping, ImportResult, MasterField, MasterRef,
} from "../import";
import { ImportError } from "../import/types";
import { masterTemplateCsv } from "../import/template";
import { variablesTemplateCsv } from "../import/variables";
import { SONAE_TEMPLATE_PRESET } from "../import/presets";
import { CalcError } from "../calc/law/errors";
import type { Employee } from "../calc/payroll/employee";
import { planWorkbook } from "../workbook/plan";
import { collectLawInfo } from "../workbook/lawInfo";
import { LawFileState, lawOf, readLawFile } from "./workflow/lawFile";
import type { LawContext } from "../calc/law/lawContext";
import { lawHorizonWarnings } from "./workflow/lawHorizon";
import { SHEET } from "../workbook/layout";
import type { OverwriteChoice } from "../workbook/excel/writer";
// bankNames.ts is small; the 5 MB code table it loads is a dynamic import of its own (a separate chunk).
import { BankDirectory, applyBankNames as applyNames, loadBankDirectory } from "../zengin/bankNames";
import {
  MasterSource, MappingOrigin, SideFile, SideKind, StepId, WizardState, canEnter, employeesOf, initialWizardState, payrollFileName, wizardReducer,
} from "./workflow/wizard";
import { MAPPING_SETTING_KEY, savedMappingFor, serializeMapping } from "./workflow/mappingForm";
import { SETTINGS_SETTING_KEY, restoreSettingsForm, validateSettingsForm } from "./workflow/settingsForm";
import {
  AmountSource, TRANSFER_SETTING_KEY, TransferForm, amountSourceProblem, amountsFromSheet, prepareTransfer, restoreTransferForm, storedTransfer,
} from "./workflow/transfer";
import { computeNetPay } from "./workflow/payrollNet";
import { monthPlausibility, plausibilityLines } from "./workflow/plausibility";
import { buildWarnings } from "./workflow/buildWarnings";
import { CsvProblem, problemsCsv } from "./workflow/problemsCsv";
import type { PaneHost } from "./host/types";
import { downloadBytes, readFileBytes } from "./browser/download";

export function messageOf(e: unknown): string {
  if (e instanceof ImportError || e instanceof CalcError) return e.message;
  if (e instanceof Error) return `予期しないエラーが起きました: ${e.message}`;
  return `予期しないエラーが起きました: ${String(e)}`;
}

export type BankNamesState = { status: "none" } | { status: "loading" } | { status: "loaded"; dir: BankDirectory } | { status: "failed"; message: string };

export interface WizardEnv {
  /** Today's year and month (the pane's only clock: the default 対象年月). */
  today: { year: number; month: number };
  /** Excel (write into the open workbook) or a plain browser (download the .xlsx). */
  host: PaneHost;
  /** Tells the custom functions' runtime which law the clerk's table makes (only the add-in has one). */
  onLawChange?: (law: LawContext) => void;
}

function sourceName(s: MasterSource): string {
  return s.kind === "file" ? s.fileName : `シート「${s.sheetName}」`;
}

function refsOf(employees: readonly Employee[]): MasterRef[] {
  return employees.map((e) => ({ id: e.id, name: e.name, payType: e.payType }));
}

export function useWizard(env: WizardEnv) {
  const host = env.host;
  const inExcel = host.kind === "excel";
  const [state, dispatch] = useReducer(wizardReducer, undefined, () => {
    const settings = restoreSettingsForm(host.loadSetting(SETTINGS_SETTING_KEY), env.today);
    return initialWizardState(settings, restoreTransferForm(host.loadSetting(TRANSFER_SETTING_KEY), settings.payDate), inExcel ? "payrollSheet" : "computed");
  });
  // Async handlers read the state of the moment, not that of the render that created them.
  const ref = useRef<WizardState>(state);
  ref.current = state;
  /** A message about the workbook's settings that could not be saved (not blocking). */
  const [hostMessage, setHostMessage] = useState<string>();
  const [bankNames, setBankNames] = useState<BankNamesState>({ status: "none" });
  const abort = useRef<AbortController | undefined>(undefined);
  const answer = useRef<((c: OverwriteChoice) => void) | undefined>(undefined);

  const remember = useCallback((values: Record<string, unknown>) => {
    host.saveSettings(values).catch((e) => setHostMessage(messageOf(e)));
  }, [host]);

  // ---- side files ------------------------------------------------------------------------------

  async function readSide<K extends SideKind>(kind: K, fileName: string, bytes: Uint8Array, employees: readonly Employee[]): Promise<SideFile<any>> {
    try {
      const result =
        kind === "bank"
          ? await importBankAccountsFile(bytes, fileName, employees)
          : kind === "variables"
            ? await importVariablesFile(bytes, fileName, undefined, refsOf(employees))
            : await importPreviousResultsFile(bytes, fileName, undefined, refsOf(employees));
      return { status: "loaded", fileName, bytes, result };
    } catch (e) {
      return { status: "failed", fileName, message: messageOf(e) };
    }
  }

  /** Read the optional files again against a new master (their checks name the master's employees). */
  async function rereadSides(master: ImportResult, keepBank: boolean) {
    const s = ref.current;
    const bank = keepBank && s.bank.status === "loaded" ? await readSide("bank", s.bank.fileName, s.bank.bytes, master.employees) : undefined;
    const employees = bank?.status === "loaded" ? bank.result.employees : master.employees;
    const variables = s.variables.status === "loaded" ? await readSide("variables", s.variables.fileName, s.variables.bytes, employees) : undefined;
    const previous = s.previous.status === "loaded" ? await readSide("previous", s.previous.fileName, s.previous.bytes, employees) : undefined;
    return { bank, variables, previous };
  }

  // ---- master ----------------------------------------------------------------------------------

  async function importSource(source: MasterSource, mapping?: ColumnMapping<MasterField>): Promise<ImportResult> {
    return source.kind === "file" ? importMasterFile(source.bytes, source.fileName, mapping) : importMasterCells(source.cells, mapping, source.firstRow);
  }

  async function loadMaster(source: MasterSource, mapping?: ColumnMapping<MasterField>, origin: MappingOrigin = "suggested") {
    dispatch({ type: "busy", message: `「${sourceName(source)}」を読み込んでいます…` });
    try {
      let master = await importSource(source, mapping);
      let used = origin;
      if (!mapping) {
        // A mapping the clerk confirmed in this workbook wins over the suggestion when the file has its columns.
        const saved = savedMappingFor(host.loadSetting(MAPPING_SETTING_KEY), master.headers);
        if (saved.problem) setHostMessage(saved.problem);
        if (saved.mapping) {
          master = await importSource(source, saved.mapping);
          used = "saved";
        }
      }
      const sides = await rereadSides(master, source === ref.current.source);
      dispatch({ type: "masterLoaded", source, master, origin: used, ...sides });
    } catch (e) {
      dispatch({ type: "masterFailed", message: messageOf(e) });
    }
  }

  const onFile = async (file: File) => {
    try {
      const bytes = await readFileBytes(file);
      await loadMaster({ kind: "file", fileName: file.name, bytes });
    } catch (e) {
      dispatch({ type: "masterFailed", message: messageOf(e) });
    }
  };

  const onReadSheet = async () => {
    dispatch({ type: "busy", message: "作業中のシートを読み込んでいます…" });
    try {
      const pasted = await host.readActiveSheetCells();
      await loadMaster({ kind: "sheet", sheetName: pasted.sheetName, cells: pasted.cells, firstRow: pasted.firstRow });
    } catch (e) {
      dispatch({ type: "masterFailed", message: messageOf(e) });
    }
  };

  const remap = (mapping: ColumnMapping<MasterField>, origin: MappingOrigin) => {
    const source = ref.current.source;
    if (source) void loadMaster(source, mapping, origin);
  };

  const onPreset = (id: string) => {
    const source = ref.current.source;
    if (!source) return;
    if (id === "auto") void loadMaster(source, undefined);
    else if (id === SONAE_TEMPLATE_PRESET.id) remap(SONAE_TEMPLATE_PRESET.mapping, "preset");
  };

  const onSideFile = async (kind: SideKind, file: File) => {
    dispatch({ type: "sideLoading", kind, fileName: file.name });
    try {
      const bytes = await readFileBytes(file);
      const master = ref.current.master;
      const base = kind === "bank" ? (master?.employees ?? []) : employeesOf(ref.current);
      const side = await readSide(kind, file.name, bytes, base);
      if (side.status === "loaded") dispatch({ type: "sideLoaded", kind, fileName: file.name, bytes, result: side.result });
      else dispatch({ type: "sideFailed", kind, fileName: file.name, message: side.status === "failed" ? side.message : "" });
    } catch (e) {
      dispatch({ type: "sideFailed", kind, fileName: file.name, message: messageOf(e) });
    }
  };

  // ---- navigation ------------------------------------------------------------------------------

  const goTo = (step: StepId) => {
    const s = ref.current;
    if (!canEnter(s, step).ok) return;
    // Leaving 列の対応付け: remember the mapping the clerk confirmed.
    if (s.step === "mapping" && step !== "file" && s.master) remember({ [MAPPING_SETTING_KEY]: serializeMapping(s.master.mapping) });
    if (s.step === "settings") remember({ [SETTINGS_SETTING_KEY]: s.settings });
    dispatch({ type: "goTo", step });
  };

  // ---- build -----------------------------------------------------------------------------------

  // The user's law table (法令データを追加): the workbook, its formulas and the look-ahead use it.
  const [lawFile, setLawFile] = useState<LawFileState>({ status: "none" });
  const law = lawOf(lawFile);
  const onLawChange = env.onLawChange;
  useEffect(() => onLawChange?.(law), [onLawChange, law]);
  const onLawFile = async (file: File) => setLawFile(readLawFile(file.name, await readFileBytes(file)));
  const settingsCheck = useMemo(() => {
    const check = validateSettingsForm(state.settings);
    return check.settings ? { ...check, warnings: [...check.warnings, ...lawHorizonWarnings({ settings: check.settings, law })] } : check;
  }, [state.settings, law]);

  const onBuild = async () => {
    const s = ref.current;
    const settings = validateSettingsForm(s.settings).settings;
    if (!settings) return;
    remember({ [SETTINGS_SETTING_KEY]: s.settings });
    dispatch({ type: "buildProgress", done: 0, total: 0, label: "シートの内容を準備しています" });
    const employees = employeesOf(s);
    let plan;
    try {
      plan = planWorkbook({
        employees,
        variables: s.variables.status === "loaded" ? s.variables.result.variables : [],
        settings,
        previousResults: s.previous.status === "loaded" ? s.previous.result.results : undefined,
        lawInfo: collectLawInfo({ settings, law }),
        userLaw: law.userRows,
        plausibility: monthPlausibility({
          employees,
          variables: s.variables.status === "loaded" ? s.variables.result.variables : [],
          settings,
          previous: s.previous.status === "loaded" ? s.previous.result.results : undefined,
          law,
        }),
      });
    } catch (e) {
      dispatch({ type: "buildFailed", message: messageOf(e) });
      return;
    }
    const controller = new AbortController();
    abort.current = controller;
    try {
      const report = await host.deliverWorkbook(plan, {
        fileName: payrollFileName(settings.period),
        valuesOnly: s.valuesOnly,
        signal: controller.signal,
        onProgress: (p) => dispatch({ type: "buildProgress", done: p.done, total: p.total, label: p.sheet ? `シート「${p.sheet}」を書き込んでいます` : "準備中" }),
        confirmOverwrite: (existing, message) =>
          new Promise<OverwriteChoice>((resolve) => {
            answer.current = resolve;
            dispatch({ type: "buildConfirm", existing, message });
          }),
      });
      if (report.status === "written") {
        const fileName = host.kind === "browser" ? payrollFileName(settings.period) : undefined;
        dispatch({ type: "buildDone", sheets: report.written, backups: report.backups.map((b) => b.backup), employees: employees.length, fileName });
      } else if (report.status === "failed") {
        dispatch({ type: "buildFailed", message: report.message });
      } else {
        dispatch({ type: "buildCancelled", message: report.message });
      }
    } catch (e) {
      dispatch({ type: "buildFailed", message: messageOf(e) });
    } finally {
      abort.current = undefined;
    }
  };

  const onCancelBuild = () => {
    dispatch({ type: "buildCancelling" });
    abort.current?.abort();
  };

  const onAnswer = (choice: OverwriteChoice) => {
    const resolve = answer.current;
    answer.current = undefined;
    if (choice !== "cancel") dispatch({ type: "buildProgress", done: 1, total: 0, label: "準備中" });
    resolve?.(choice);
  };

  // ---- transfer --------------------------------------------------------------------------------

  const employees = useMemo(() => employeesOf(state), [state.master, state.bank]);
  const variables = state.variables.status === "loaded" ? state.variables.result.variables : undefined;
  const onTransferStep = state.step === "transfer";

  // The plausibility 注意 the build step lists before the clerk builds (the same as 検算's 備考).
  const plausibility = useMemo(
    () =>
      state.step === "build" && settingsCheck.settings
        ? plausibilityLines(monthPlausibility({ employees, variables, settings: settingsCheck.settings, previous: state.previous.status === "loaded" ? state.previous.result.results : undefined, law }))
        : [],
    [state.step, employees, variables, settingsCheck.settings, state.previous, law],
  );

  const net = useMemo(
    () => (onTransferStep && state.amountSource === "computed" && settingsCheck.settings ? computeNetPay({ employees, variables, settings: settingsCheck.settings }) : undefined),
    [onTransferStep, state.amountSource, employees, variables, settingsCheck.settings],
  );

  const onBuildStep = state.step === "build";
  const buildNet = useMemo(
    () => (onBuildStep && settingsCheck.settings ? computeNetPay({ employees, variables, settings: settingsCheck.settings }) : undefined),
    [onBuildStep, employees, variables, settingsCheck.settings],
  );
  const warnings = useMemo(() => {
    const settings = settingsCheck.settings;
    if (!buildNet || !settings) return [];
    // With the clerk's own law rows, as the workbook will use them: a table they supply is not missing.
    return buildWarnings({ lawInfo: collectLawInfo({ settings, law }), employees, variables, net: buildNet });
  }, [buildNet, employees, variables, settingsCheck.settings, law]);
  const payslips = useMemo(
    () => (buildNet ? buildNet.items.map((it, i) => ({ id: it.employee.id, name: it.employee.name, line: buildNet.lines[i] })) : []),
    [buildNet],
  );

  const readAmounts = useCallback(async (source: AmountSource) => {
    if (source === "computed") return;
    const sheetName = source === "payrollSheet" ? SHEET.payroll : SHEET.bonus;
    dispatch({ type: "sheetAmounts", amounts: { status: "loading", sheetName } });
    try {
      const read = await host.readSheetValues(sheetName);
      if (!read) {
        dispatch({ type: "sheetAmounts", amounts: { status: "failed", sheetName, message: `シート「${sheetName}」がありません。先に「ブック作成」でブックを作ってください。` } });
        return;
      }
      const r = amountsFromSheet({ ...read, employees: employeesOf(ref.current) });
      if (r.problem) dispatch({ type: "sheetAmounts", amounts: { status: "failed", sheetName, message: r.problem } });
      else dispatch({ type: "sheetAmounts", amounts: { status: "loaded", sheetName, items: r.items, orphans: r.orphans } });
    } catch (e) {
      dispatch({ type: "sheetAmounts", amounts: { status: "failed", sheetName, message: messageOf(e) } });
    }
  }, [host]);

  // Entering the step (or choosing a sheet) reads the sheet once; 「シートから読み直す」 reads it again.
  useEffect(() => {
    if (onTransferStep && state.amountSource !== "computed" && state.sheetAmounts.status === "none") void readAmounts(state.amountSource);
  }, [onTransferStep, state.amountSource, state.sheetAmounts.status, readAmounts]);

  const amounts = useMemo(() => {
    if (state.amountSource === "computed") {
      if (!net) return undefined;
      const failed = net.failures.map((f) => ({
        employeeId: f.employeeId,
        name: f.name,
        amount: 0,
        notes: [{ severity: "error" as const, field: "差引支給額", value: "", message: `給与を計算できません: ${f.message}` }],
      }));
      return { items: net.items, orphans: failed };
    }
    return state.sheetAmounts.status === "loaded" ? { items: state.sheetAmounts.items, orphans: state.sheetAmounts.orphans } : undefined;
  }, [state.amountSource, net, state.sheetAmounts]);

  const sourceProblem = amountSourceProblem(state.transfer.type, state.amountSource);
  const transfer = useMemo(() => {
    if (!onTransferStep || !amounts || sourceProblem) return undefined;
    const dir = bankNames.status === "loaded" ? bankNames.dir : undefined;
    const decorate = dir ? (rows: Parameters<typeof applyNames>[1]) => applyNames(dir, rows) : undefined;
    return prepareTransfer({ form: state.transfer, leftOut: state.leftOut, items: amounts.items, orphans: amounts.orphans, decorate });
  }, [onTransferStep, amounts, state.transfer, state.leftOut, bankNames, sourceProblem]);

  const onLoadBankNames = async () => {
    setBankNames({ status: "loading" });
    try {
      setBankNames({ status: "loaded", dir: await loadBankDirectory() });
    } catch (e) {
      setBankNames({ status: "failed", message: `全銀コード表を読み込めませんでした（振込データは作れます）: ${messageOf(e)}` });
    }
  };

  const onDownloadTransfer = () => {
    if (!transfer || transfer.result.bytes.length === 0) return;
    downloadBytes(transfer.result.bytes, transfer.fileName, "text/plain");
    remember({ [TRANSFER_SETTING_KEY]: storedTransfer(ref.current.transfer) });
  };

  return {
    state,
    dispatch,
    inExcel,
    hostMessage,
    dismissHostMessage: () => setHostMessage(undefined),
    settingsCheck,
    buildWarnings: warnings,
    payslips,
    employees,
    net,
    plausibility,
    transfer,
    sourceProblem,
    bankNames,
    sourceName: state.source ? sourceName(state.source) : "",
    onFile,
    onReadSheet,
    onDownloadTemplate: () => downloadBytes(masterTemplateCsv(), "sonae-従業員マスタ-テンプレート.csv", "text/csv;charset=utf-8"),
    onDownloadProblems: (problems: readonly CsvProblem[], source: string) => downloadBytes(problemsCsv(problems), `問題一覧_${source}.csv`, "text/csv;charset=utf-8"),
    onDownloadVariablesTemplate: () => downloadBytes(variablesTemplateCsv(), "sonae-勤怠変動-テンプレート.csv", "text/csv;charset=utf-8"),
    remap,
    onPreset,
    lawFile,
    onLawFile,
    onLawClear: () => setLawFile({ status: "none" }),
    onSideFile,
    onSideClear: (kind: SideKind) => dispatch({ type: "sideCleared", kind }),
    goTo,
    fixFile: () => dispatch({ type: "fixFile" }),
    acceptValidOnly: () => {
      if (ref.current.master) remember({ [MAPPING_SETTING_KEY]: serializeMapping(ref.current.master.mapping) });
      dispatch({ type: "acceptValidOnly" });
    },
    setSettings: (settings: WizardState["settings"]) => dispatch({ type: "settingsChanged", settings }),
    setTransfer: (t: TransferForm) => {
      const before = ref.current;
      dispatch({ type: "transferChanged", transfer: t });
      if (t.type !== before.transfer.type && inExcel) {
        if (t.type === "12" && before.amountSource !== "bonusSheet") dispatch({ type: "amountSource", source: "bonusSheet" });
        if (t.type === "11" && before.amountSource === "bonusSheet") dispatch({ type: "amountSource", source: "payrollSheet" });
      }
    },
    leaveOut: (employeeId: string, reason: string | undefined) => dispatch({ type: "leaveOut", employeeId, reason }),
    setValuesOnly: (valuesOnly: boolean) => dispatch({ type: "valuesOnly", valuesOnly }),
    setAmountSource: (source: AmountSource) => dispatch({ type: "amountSource", source }),
    rereadAmounts: () => void readAmounts(ref.current.amountSource),
    onBuild,
    onCancelBuild,
    onAnswer,
    onLoadBankNames,
    onDownloadTransfer,
  };
}
