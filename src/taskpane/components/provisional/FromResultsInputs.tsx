/**
 * 仮払い without a bank file: the system's last results, the master whose accounts are paid (the payroll steps'
 * or another file) and the 依頼人 — SENDER.json, or typed and saved as SENDER.json for the command line and next month.
 */
import { Body1, Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { ProvisionalPayController } from "../../hooks/useProvisionalPay";
import type { LoadedMaster } from "../../sideFlows";
import { senderJsonFile } from "../../workflow/provisionalFromResults";
import { MasterChoice } from "../file/MasterChoice";
import { FileError } from "../FileError";
import { SenderFields } from "../transfer/SenderFields";
import { ChosenFileLine } from "./ChosenFileLine";
import { useProvisionalStyles } from "./styles";

export function FromResultsInputs({ c, loadedMaster }: { c: ProvisionalPayController; loadedMaster?: LoadedMaster }) {
  const s = useProvisionalStyles();
  const m = c.pay.master;
  const senderFile = c.pay.senderFile;
  return (
    <>
      <ChosenFileLine label="前月の給与計算の結果" buttonText="前月の結果を選ぶ" hint="CSV / .xlsx（社員番号・差引支給額）" accept=".csv,.txt,.tsv,.xlsx" file={c.pay.results} onFile={c.onResultsFile} />
      <MasterChoice
        label="振込先の従業員マスタのファイル"
        hint="口座（銀行コード・支店コード・預金種目・口座番号・口座名義カナ）の列を使います"
        loaded={loadedMaster}
        chosen={m?.result ? { name: m.name, employees: m.result.employees.length, rejected: m.result.rejected.length, fromPayroll: m.fromPayroll } : undefined}
        error={m?.error}
        disabled={false}
        onUseLoaded={c.onLoadedMaster}
        onFile={c.onMasterFile}
      />
      <ChosenFileLine label="依頼人の設定（SENDER.json）" buttonText="SENDER.json を選ぶ" hint="コマンドラインの --sender と同じファイル。なければ下に入力" accept=".json,application/json" file={senderFile && !senderFile.error ? { name: senderFile.name, bytes: new Uint8Array() } : undefined} onFile={c.onSenderFile} />
      <FileError message={senderFile?.error} />
      {senderFile && senderFile.unknownKeys.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{`「${senderFile.name}」の ${senderFile.unknownKeys.join("・")} は依頼人の項目ではないため使いません。`}</MessageBarBody>
        </MessageBar>
      )}
      <SenderFields sender={c.pay.sender} fileProblems={c.payView?.problems.filter((p) => p.file === "依頼人") ?? []} remembers={false} onChange={c.onSender} />
      <div className={s.row}>
        <Button onClick={() => c.onDownload(senderJsonFile(c.pay.sender))}>依頼人を SENDER.json で保存</Button>
      </div>
      <Body1>保存した SENDER.json は、次の月にここで選ぶほか、コマンドラインの --sender にも使えます。</Body1>
    </>
  );
}
