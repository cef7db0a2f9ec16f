/**
 * The amounts of the 振込データ作成 step: computed by the pane, or read from the workbook's 給与計算・賞与計算
 * sheet. Entering the step (or choosing a sheet) reads the sheet once; 「シートから読み直す」 reads it again.
 */
import { useCallback, useEffect, useMemo } from "react";
import type { PayrollSettings } from "../../calc/payroll/types";
import type { LawContext } from "../../calc/law/lawContext";
import { employeesOf } from "../workflow/wizard";
import type { AmountSource } from "../workflow/transfer";
import { computeNetPay } from "../workflow/payrollNet";
import type { PayrollInputs } from "../workflow/payrollWorkbook";
import { missingSheet, sheetAmountsOf, sheetOfSource, transferAmountsOf } from "../workflow/transferAmounts";
import { messageOf } from "../workflow/messages";
import type { WizardCore } from "./useWizardState";

export function useTransferAmounts({ host, state, dispatch, latest }: WizardCore, inputs: PayrollInputs, settings: PayrollSettings | undefined, law: LawContext) {
  const onTransferStep = state.step === "transfer";
  const net = useMemo(
    () => (onTransferStep && state.amountSource === "computed" && settings ? computeNetPay({ employees: inputs.employees, variables: inputs.variables, settings, law }) : undefined),
    [onTransferStep, state.amountSource, inputs, settings, law],
  );

  const readAmounts = useCallback(async (source: AmountSource) => {
    if (source === "computed") return;
    const sheetName = sheetOfSource(source);
    dispatch({ type: "sheetAmounts", amounts: { status: "loading", sheetName } });
    try {
      const read = await host.readSheetValues(sheetName);
      const amounts = read ? sheetAmountsOf(read, sheetName, employeesOf(latest.current)) : missingSheet(sheetName);
      dispatch({ type: "sheetAmounts", amounts });
    } catch (e) {
      dispatch({ type: "sheetAmounts", amounts: { status: "failed", sheetName, message: messageOf(e) } });
    }
  }, [host, dispatch, latest]);

  useEffect(() => {
    if (onTransferStep && state.amountSource !== "computed" && state.sheetAmounts.status === "none") void readAmounts(state.amountSource);
  }, [onTransferStep, state.amountSource, state.sheetAmounts.status, readAmounts]);

  const { amountSource, sheetAmounts } = state;
  const amounts = useMemo(() => transferAmountsOf({ amountSource, sheetAmounts }, net), [amountSource, sheetAmounts, net]);

  return {
    net,
    amounts,
    setAmountSource: (source: AmountSource) => dispatch({ type: "amountSource", source }),
    rereadAmounts: () => void readAmounts(latest.current.amountSource),
  };
}
