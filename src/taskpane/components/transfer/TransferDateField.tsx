/** The 振込指定日: a bank holiday is warned about and the previous business day offered. */
import { Button, Field, Input, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { DateCheck } from "../../workflow/transfer";
import { useTransferStyles } from "./styles";

export function TransferDateField(p: { payDate: string; check: DateCheck; onChange: (payDate: string) => void }) {
  const s = useTransferStyles();
  const check = p.check;
  return (
    <>
      <Field
        label="振込指定日"
        required
        validationState={check.kind === "invalid" ? "error" : check.kind === "ok" ? "none" : "warning"}
        validationMessage={check.kind === "ok" ? undefined : check.message}
      >
        <Input className={s.fill} type="date" value={p.payDate} onChange={(_, x) => p.onChange(x.value)} />
      </Field>
      {check.kind === "holiday" && check.proposed && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>振込指定日が銀行の休業日です</MessageBarTitle>
            前営業日 {check.proposed} にしますか。
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => p.onChange(check.proposed!)}>
              {check.proposed} にする
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </>
  );
}
