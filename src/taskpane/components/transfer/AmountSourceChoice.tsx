/** Where the 振込 amounts come from, the button to read the sheet again, and what was found or went wrong. */
import { Body1, Button, Caption1, Field, MessageBar, MessageBarBody, Radio, RadioGroup } from "@fluentui/react-components";
import { AMOUNT_SOURCE_LABELS, type AmountSource } from "../../workflow/transfer";
import { useTransferStyles } from "./styles";

export function AmountSourceChoice(p: {
  amountSource: AmountSource;
  sourcesEnabled: Readonly<Record<AmountSource, boolean>>;
  onAmountSource: (source: AmountSource) => void;
  onReread: () => void;
  sourceError?: string;
  sourceNotes: string[];
}) {
  const s = useTransferStyles();
  return (
    <>
      <Field label="振込金額の出どころ">
        <RadioGroup value={p.amountSource} onChange={(_, x) => p.onAmountSource(x.value as AmountSource)}>
          {(Object.keys(AMOUNT_SOURCE_LABELS) as AmountSource[]).map((k) => (
            <Radio key={k} value={k} label={AMOUNT_SOURCE_LABELS[k]} disabled={!p.sourcesEnabled[k]} />
          ))}
        </RadioGroup>
      </Field>
      {p.amountSource !== "computed" && (
        <div className={s.row}>
          <Button size="small" onClick={p.onReread}>
            シートから読み直す
          </Button>
          <Caption1>シートを直したら読み直してください。</Caption1>
        </div>
      )}
      {p.sourceError && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{p.sourceError}</MessageBarBody>
        </MessageBar>
      )}
      {p.sourceNotes.map((n) => (
        <Body1 key={n}>{n}</Body1>
      ))}
    </>
  );
}
