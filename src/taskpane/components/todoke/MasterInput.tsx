/**
 * The 従業員マスタ the 届書 take 被保険者整理番号・氏名カナ・生年月日・勤務区分・従前の標準報酬月額 from — or, with its
 * own label and hint, the one another side flow (the 年度更新) reads.
 */
import { Caption1 } from "@fluentui/react-components";
import { FilePicker } from "../FilePicker";
import { FileError } from "../FileError";
import { useTodokeStyles } from "./styles";

export function MasterInput(p: { name?: string; employees?: number; rejected?: number; error?: string; disabled: boolean; onFile: (file: File) => void; label?: string; hint?: string }) {
  const s = useTodokeStyles();
  return (
    <div className={s.part}>
      <FilePicker
        label={p.label ?? "届書の従業員マスタのファイル"}
        buttonText="従業員マスタを選ぶ"
        hint={p.hint ?? "給与計算と同じマスタ（被保険者整理番号・氏名カナ・勤務区分の列を使います）"}
        accept=".csv,.txt,.tsv,.xlsx,text/csv,text/plain"
        compact
        disabled={p.disabled}
        onFile={p.onFile}
      />
      {p.name && p.employees !== undefined && (
        <Caption1 aria-label="従業員マスタの読み込み結果">
          {p.name}: {p.employees}人{p.rejected ? `（エラーで除外 ${p.rejected}行）` : ""}
        </Caption1>
      )}
      <FileError message={p.error} />
    </div>
  );
}
