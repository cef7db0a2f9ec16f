/** The staff list to read (or its template to start from) and the 年分 it is checked for. */
import { Field, Input, Link, Spinner } from "@fluentui/react-components";
import { FilePicker } from "../FilePicker";
import { FileError } from "../FileError";
import { useYearEndStyles } from "./styles";

export function StaffListInput(p: {
  busy?: string;
  fileError?: string;
  /** A write is under way: the inputs wait. */
  running: boolean;
  yearText: string;
  yearError?: string;
  onFile: (file: File) => void;
  onYear: (text: string) => void;
  onDownloadTemplate: () => void;
}) {
  const s = useYearEndStyles();
  return (
    <>
      <FilePicker
        label="年末調整の従業員一覧のファイル"
        buttonText="従業員一覧（CSV）を選ぶ"
        hint="またはここにファイルをドラッグ＆ドロップ（.csv / .txt、UTF-8・Shift_JIS）"
        accept=".csv,.txt,.tsv,text/csv,text/plain"
        disabled={!!p.busy || p.running}
        onFile={p.onFile}
      />
      <div className={s.row}>
        <Link as="button" onClick={p.onDownloadTemplate}>
          年末調整の従業員一覧のテンプレート（CSV）をダウンロード
        </Link>
      </div>
      <Field className={s.year} label="年分" hint="西暦（2026）または和暦（令和8年・R8）" validationState={p.yearError ? "error" : "none"} validationMessage={p.yearError}>
        <Input value={p.yearText} disabled={p.running} onChange={(_, d) => p.onYear(d.value)} />
      </Field>
      {p.busy && <Spinner size="small" label={p.busy} />}
      <FileError message={p.fileError} />
    </>
  );
}
