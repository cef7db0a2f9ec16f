/** The accounts in a file of their own (社労夢's 振込口座情報 and the like), read beside the master. */
import { Body1, Subtitle2 } from "@fluentui/react-components";
import { FilePicker } from "../FilePicker";
import { SideFileStatus, type SideFileView } from "../SideFileStatus";

export function BankFileInput(p: { bank: SideFileView; busy?: string; onBankFile: (file: File) => void; onBankClear: () => void }) {
  return (
    <>
      <Subtitle2 as="h3">振込口座が別のファイルの場合（任意）</Subtitle2>
      <Body1>
        口座情報を別のファイルで出力するシステム（社労夢の汎用マスタ「振込口座情報」など）は、そのファイルも選んでください。
        見出しから形式を判別し、社労夢の預金種目（0=普通・1=当座）は全銀のコード（1・2）に直します。
      </Body1>
      <FilePicker
        compact
        label="振込口座のファイル"
        buttonText="振込口座のファイルを選ぶ"
        hint="1行に1口座（社員番号・銀行コード・支店コード・預金種目・口座番号・口座名義カナ）"
        accept=".csv,.txt,.xlsx"
        disabled={!!p.busy}
        onFile={p.onBankFile}
      />
      <SideFileStatus view={p.bank} onClear={p.onBankClear} />
    </>
  );
}
