/**
 * The controller of 「仮払い・精算」: the files the clerk chose, the pay date, and what the workflow
 * (workflow/provisionalPay.ts) makes of them — recomputed whenever an input changes; downloads through the browser.
 */
import { useEffect, useState } from "react";
import { ChosenFile, provisionalPayOf, ProvisionalPayView, settlementOf, SettlementView } from "../workflow/provisionalPay";
import { provisionalFromResultsOf, senderFormFromFile } from "../workflow/provisionalFromResults";
import { EMPTY_SENDER, type SenderForm } from "../workflow/transfer";
import { importMasterFile, type ImportResult } from "../../import";
import type { LoadedMaster } from "../sideFlows";
import type { DownloadFile } from "../workflow/downloads";
import { messageOf } from "../workflow/messages";
import { downloadBytes, readFileBytes } from "../browser/download";

export type ProvisionalMode = "pay" | "settle";

/** What this month is paid from: last month's bank file, or (without one) the last results into the master's accounts. */
export type PaySource = "previous" | "results";

/** The master the results are paid into: the payroll steps' or a file read here. */
export interface PayMaster {
  name: string;
  result?: ImportResult;
  fromPayroll: boolean;
  error?: string;
}

export interface PayInputs {
  source: PaySource;
  previous?: ChosenFile;
  payDate: string;
  changes?: ChosenFile;
  results?: ChosenFile;
  master?: PayMaster;
  sender: SenderForm;
  /** SENDER.json as read: its name, and what was wrong with it. */
  senderFile?: { name: string; error?: string; unknownKeys: string[] };
}

function payOf(p: PayInputs): Promise<ProvisionalPayView | { error: string }> | undefined {
  if (p.source === "previous") return p.previous ? provisionalPayOf({ previous: p.previous, payDate: p.payDate, changes: p.changes }) : undefined;
  if (!p.results || !p.master?.result) return undefined;
  return provisionalFromResultsOf({ results: p.results, master: p.master.result, sender: p.sender, payDate: p.payDate, changes: p.changes });
}

export interface SettleInputs {
  ledger?: ChosenFile;
  actual?: ChosenFile;
  next?: ChosenFile;
}

/** A computation that follows its inputs: the latest answer wins, an earlier one still running is dropped. */
function useDerived<I, V>(inputs: I, compute: (inputs: I) => Promise<V> | undefined): { value?: V; error?: string } {
  const [state, setState] = useState<{ value?: V; error?: string }>({});
  useEffect(() => {
    let current = true;
    const running = compute(inputs);
    if (!running) setState({});
    else running.then((value) => current && setState({ value }), (e) => current && setState({ error: messageOf(e) }));
    return () => {
      current = false;
    };
  }, [inputs]);
  return state;
}

async function chosen(file: File): Promise<ChosenFile> {
  return { name: file.name, bytes: await readFileBytes(file) };
}

/** The inputs of 仮払い from the last results: the results file, the master (the payroll steps' or a file), the 依頼人. */
function fromResultsHandlers(setPay: (f: (p: PayInputs) => PayInputs) => void) {
  return {
    onResultsFile: async (file: File) => {
      const f = await chosen(file);
      setPay((p) => ({ ...p, results: f }));
    },
    onLoadedMaster: (m: LoadedMaster) => setPay((p) => ({ ...p, master: { name: m.name, result: m.result, fromPayroll: true } })),
    onMasterFile: async (file: File) => {
      let master: PayMaster;
      try {
        master = { name: file.name, result: await importMasterFile(await readFileBytes(file), file.name), fromPayroll: false };
      } catch (e) {
        master = { name: file.name, fromPayroll: false, error: messageOf(e) };
      }
      setPay((p) => ({ ...p, master }));
    },
    onSenderFile: async (file: File) => {
      try {
        const read = senderFormFromFile(await readFileBytes(file));
        setPay((p) => ({ ...p, sender: read.form, senderFile: { name: file.name, unknownKeys: read.unknownKeys } }));
      } catch (e) {
        setPay((p) => ({ ...p, senderFile: { name: file.name, unknownKeys: [], error: `「${file.name}」: ${messageOf(e)}` } }));
      }
    },
    onSender: (sender: SenderForm) => setPay((p) => ({ ...p, sender })),
  };
}

export function useProvisionalPay() {
  const [mode, setMode] = useState<ProvisionalMode>("pay");
  const [pay, setPay] = useState<PayInputs>({ source: "previous", payDate: "", sender: EMPTY_SENDER });
  const [settle, setSettle] = useState<SettleInputs>({});
  const payResult = useDerived(pay, payOf);
  const settleResult = useDerived(settle, (s) => (s.ledger && s.actual ? settlementOf({ ledger: s.ledger, actual: s.actual, next: s.next }) : undefined));
  const payView = payResult.value && "error" in payResult.value ? undefined : (payResult.value as ProvisionalPayView | undefined);
  return {
    mode,
    setMode,
    pay,
    payView,
    payError: payResult.error ?? (payResult.value && "error" in payResult.value ? payResult.value.error : undefined),
    settle,
    settleView: settleResult.value as SettlementView | undefined,
    settleError: settleResult.error,
    onPayFile: (key: "previous" | "changes") => async (file: File) => {
      const f = await chosen(file);
      setPay((p) => ({ ...p, [key]: f }));
    },
    onClearChanges: () => setPay((p) => ({ ...p, changes: undefined })),
    onPaySource: (source: PaySource) => setPay((p) => ({ ...p, source })),
    ...fromResultsHandlers(setPay),
    onPayDate: (payDate: string) => setPay((p) => ({ ...p, payDate })),
    onSettleFile: (key: keyof SettleInputs) => async (file: File) => {
      const f = await chosen(file);
      setSettle((s) => ({ ...s, [key]: f }));
    },
    onClearNext: () => setSettle((s) => ({ ...s, next: undefined })),
    onDownload: (file: DownloadFile) => downloadBytes(file.bytes, file.fileName, file.mimeType),
  };
}

export type ProvisionalPayController = ReturnType<typeof useProvisionalPay>;
