/** Where the master comes from: a file (picked or dropped), the cells pasted into the active sheet, or the template to start from. */
import { Body1, Button, Link, makeStyles, tokens } from "@fluentui/react-components";
import { FilePicker } from "../FilePicker";

const useStyles = makeStyles({ row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS } });

export function MasterSourcePicker(p: { busy?: string; inExcel: boolean; onFile: (file: File) => void; onReadSheet: () => void; onDownloadTemplate: () => void }) {
  const s = useStyles();
  return (
    <>
      <FilePicker
        label="従業員マスタのファイル"
        testId="master-file"
        buttonText="ファイルを選ぶ"
        hint="またはここにファイルをドラッグ＆ドロップ（.csv / .txt / .xlsx）"
        accept=".csv,.txt,.tsv,.xlsx,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        disabled={!!p.busy}
        onFile={p.onFile}
      />
      <div className={s.row}>
        <Button disabled={!!p.busy || !p.inExcel} onClick={p.onReadSheet}>
          貼り付けたシートから読み込む
        </Button>
        {!p.inExcel && <Body1>（Excel の中で開いたときに使えます）</Body1>}
      </div>
      <Body1>
        作業中のシートに見出し行とデータを貼り付けた場合は「貼り付けたシートから読み込む」を押してください。
      </Body1>
      <div className={s.row}>
        <Link as="button" onClick={p.onDownloadTemplate}>
          従業員マスタのテンプレート（CSV）をダウンロード
        </Link>
      </div>
    </>
  );
}
