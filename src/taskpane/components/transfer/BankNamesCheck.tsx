/** The optional 全銀 code table: load it to fill bank and branch names and find wrong codes. */
import { Button, Caption1 } from "@fluentui/react-components";
import type { BankNamesView } from "../../workflow/bankNames";
import { useTransferStyles } from "./styles";

export function BankNamesCheck(p: { bankNames: BankNamesView; onLoad: () => void }) {
  const s = useTransferStyles();
  const names = p.bankNames;
  return (
    <div className={s.row}>
      <Button disabled={names.status === "loading" || names.status === "loaded"} onClick={p.onLoad}>
        全銀コード表で銀行名・支店名を確認
      </Button>
      <Caption1>
        {names.status === "none" && "コード表（約5MB）をこのパソコンの中で読み込み、銀行名・支店名を補い、番号の誤りを探します。"}
        {names.status === "loading" && "コード表を読み込んでいます…"}
        {names.status === "loaded" && `${names.description}で確認しました。表にない番号も振込はできます。`}
        {names.status === "failed" && names.message}
      </Caption1>
    </div>
  );
}
