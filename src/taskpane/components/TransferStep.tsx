/**
 * Step 6 振込データ作成: the type (給与 11・賞与 12・総合 21), the 振込指定日 (a bank holiday is warned about
 * and the previous business day offered), the 依頼人 as the bank assigned it, the list of transfers with
 * what was found, the names changed for the bank's character set (before → after), and the download.
 */
import { Body1, Field, Radio, RadioGroup, Subtitle2 } from "@fluentui/react-components";
import { type AmountSource, type DateCheck, type TransferForm, ZENGIN_TYPE_CHOICES } from "../workflow/transfer";
import type { TransferOutcomeView } from "../workflow/transferView";
import type { BankNamesView } from "../workflow/bankNames";
import { ProblemTable } from "./ProblemTable";
import { AmountSourceChoice } from "./transfer/AmountSourceChoice";
import { TransferDateField } from "./transfer/TransferDateField";
import { SenderFields } from "./transfer/SenderFields";
import { FileFormatFields } from "./transfer/FileFormatFields";
import { BankNamesCheck } from "./transfer/BankNamesCheck";
import { TransferOutcome } from "./transfer/TransferOutcome";
import { useTransferStyles } from "./transfer/styles";

export interface TransferStepProps {
  amountSource: AmountSource;
  /** Sources that can be chosen now (the sheets only inside Excel). */
  sourcesEnabled: Readonly<Record<AmountSource, boolean>>;
  onAmountSource: (s: AmountSource) => void;
  onReread: () => void;
  /** Why the amounts could not be read. */
  sourceError?: string;
  form: TransferForm;
  onChange: (form: TransferForm) => void;
  dateCheck: DateCheck;
  /** Sentences about where the amounts come from (人数, 差引支給額 by computePayroll, skipped employees). */
  sourceNotes: string[];
  /** Undefined while the amounts are being read or when they could not be. */
  outcome?: TransferOutcomeView;
  bankNames: BankNamesView;
  onLoadBankNames: () => void;
  onDownload: () => void;
  /** 社員番号 → why the clerk left the person out of this file. */
  leftOut: Readonly<Record<string, string>>;
  /** The 依頼人 is remembered in the workbook (inside Excel); the plain page keeps nothing. */
  remembers: boolean;
  onLeaveOut: (employeeId: string, reason: string | undefined) => void;
}

export function TransferStep(p: TransferStepProps) {
  const s = useTransferStyles();
  const form = p.form;
  const outcome = p.outcome;
  return (
    <section className={s.root} aria-labelledby="step-transfer-title">
      <Subtitle2 as="h2" id="step-transfer-title">
        6. 振込データ作成
      </Subtitle2>
      <AmountSourceChoice {...p} />
      <Field label="種別">
        <RadioGroup layout="horizontal" value={form.type} onChange={(_, x) => p.onChange({ ...form, type: x.value as TransferForm["type"] })}>
          {ZENGIN_TYPE_CHOICES.map((c) => (
            <Radio key={c.value} value={c.value} label={c.label} />
          ))}
        </RadioGroup>
      </Field>
      <TransferDateField payDate={form.payDate} check={p.dateCheck} onChange={(payDate) => p.onChange({ ...form, payDate })} />
      <SenderFields sender={form.sender} fileProblems={outcome?.fileProblems ?? []} remembers={p.remembers} onChange={(sender) => p.onChange({ ...form, sender })} />
      <FileFormatFields form={form} onChange={p.onChange} />
      <BankNamesCheck bankNames={p.bankNames} onLoad={p.onLoadBankNames} />
      {outcome && outcome.fileProblems.length > 0 && <ProblemTable label="振込データ全体の問題" rows={outcome.fileProblems} />}
      {!outcome && !p.sourceError && <Body1>振込金額を準備しています…</Body1>}
      {outcome && <TransferOutcome outcome={outcome} leftOut={p.leftOut} onLeaveOut={p.onLeaveOut} onDownload={p.onDownload} />}
    </section>
  );
}
