/**
 * The controller of 「仮払い・精算」: the files the clerk chose, the pay date, and what the workflow
 * (workflow/provisionalPay.ts) makes of them — recomputed whenever an input changes; downloads through the browser.
 */
import { useEffect, useState } from "react";
import { ChosenFile, provisionalPayOf, ProvisionalPayView, settlementOf, SettlementView } from "../workflow/provisionalPay";
import type { DownloadFile } from "../workflow/downloads";
import { messageOf } from "../workflow/messages";
import { downloadBytes, readFileBytes } from "../browser/download";

export type ProvisionalMode = "pay" | "settle";

export interface PayInputs {
  previous?: ChosenFile;
  payDate: string;
  changes?: ChosenFile;
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

export function useProvisionalPay() {
  const [mode, setMode] = useState<ProvisionalMode>("pay");
  const [pay, setPay] = useState<PayInputs>({ payDate: "" });
  const [settle, setSettle] = useState<SettleInputs>({});
  const payResult = useDerived(pay, (p) => (p.previous ? provisionalPayOf({ previous: p.previous, payDate: p.payDate, changes: p.changes }) : undefined));
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
