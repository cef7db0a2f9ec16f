/** Step 6 振込データ作成, wired to the controller. */
import { TransferStep } from "../components/TransferStep";
import { checkTransferDate } from "../workflow/transfer";
import { transferSourceError, transferSourceNotes } from "../workflow/transferAmounts";
import { transferOutcomeView } from "../workflow/transferView";
import { bankNamesView } from "../workflow/bankNames";
import type { WizardStepProps } from "./stepProps";

export function WizardTransferStep({ wizard }: WizardStepProps) {
  const state = wizard.state;
  const { transfer, transferAmounts } = wizard;
  return (
    <TransferStep
      amountSource={state.amountSource}
      sourcesEnabled={{ payrollSheet: wizard.inExcel, bonusSheet: wizard.inExcel, computed: true }}
      onAmountSource={transferAmounts.setAmountSource}
      onReread={transferAmounts.rereadAmounts}
      sourceError={transferSourceError(state, transfer.sourceProblem)}
      form={state.transfer}
      onChange={transfer.setTransfer}
      dateCheck={checkTransferDate(state.transfer.payDate)}
      sourceNotes={transferSourceNotes(state, transferAmounts.net)}
      outcome={transfer.outcome && transferOutcomeView(transfer.outcome)}
      bankNames={bankNamesView(transfer.bankNames)}
      onLoadBankNames={transfer.onLoadBankNames}
      onDownload={transfer.onDownloadTransfer}
      leftOut={state.leftOut}
      remembers={wizard.inExcel}
      onLeaveOut={transfer.leaveOut}
    />
  );
}
