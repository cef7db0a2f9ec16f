/**
 * The 全銀 file of the 振込データ作成 step: the form, the clerk's decisions on rows, the optional 全銀 code
 * table, and the download (which remembers the 依頼人 in the workbook).
 */
import { useMemo, useState } from "react";
import { amountSourceProblem, prepareTransfer, storedTransfer, TRANSFER_SETTING_KEY, type TransferForm } from "../workflow/transfer";
import { sourceForType, type TransferAmounts } from "../workflow/transferAmounts";
import { BankNamesState, bankNamesDecorator, loadBankNames } from "../workflow/bankNames";
import { downloadBytes } from "../browser/download";
import type { WizardCore } from "./useWizardState";

export function useTransferFile({ state, dispatch, latest, remember, inExcel }: WizardCore, amounts: TransferAmounts | undefined) {
  const [bankNames, setBankNames] = useState<BankNamesState>({ status: "none" });
  const sourceProblem = amountSourceProblem(state.transfer.type, state.amountSource);
  const onTransferStep = state.step === "transfer";
  const outcome = useMemo(() => {
    if (!onTransferStep || !amounts || sourceProblem) return undefined;
    return prepareTransfer({ form: state.transfer, leftOut: state.leftOut, items: amounts.items, orphans: amounts.orphans, decorate: bankNamesDecorator(bankNames) });
  }, [onTransferStep, amounts, state.transfer, state.leftOut, bankNames, sourceProblem]);

  const setTransfer = (transfer: TransferForm) => {
    const source = sourceForType(latest.current, transfer.type, inExcel);
    dispatch({ type: "transferChanged", transfer });
    if (source) dispatch({ type: "amountSource", source });
  };

  const onLoadBankNames = async () => {
    setBankNames({ status: "loading" });
    setBankNames(await loadBankNames());
  };

  const onDownloadTransfer = () => {
    if (!outcome || outcome.result.bytes.length === 0) return;
    downloadBytes(outcome.result.bytes, outcome.fileName, "text/plain");
    remember({ [TRANSFER_SETTING_KEY]: storedTransfer(latest.current.transfer) });
  };

  return {
    outcome,
    sourceProblem,
    bankNames,
    setTransfer,
    leaveOut: (employeeId: string, reason: string | undefined) => dispatch({ type: "leaveOut", employeeId, reason }),
    onLoadBankNames,
    onDownloadTransfer,
  };
}
