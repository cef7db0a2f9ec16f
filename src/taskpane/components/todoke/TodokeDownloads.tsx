/**
 * The 届書作成プログラム file (SHFD0006.CSV, Shift_JIS as the 年金機構 reads it) — or why there is none yet.
 * Past 4,500,000 bytes the records come in parts, each a file of its own with the next FD通番.
 */
import { Button, Caption1, MessageBar, MessageBarBody, Subtitle2 } from "@fluentui/react-components";
import type { TodokeDownload } from "../../workflow/todoke/todokeView";
import { useTodokeStyles } from "./styles";

export function TodokeDownloads(p: { blocked?: string; noFile?: string; files: readonly TodokeDownload[]; onDownload: (f: TodokeDownload) => void }) {
  const s = useTodokeStyles();
  return (
    <section className={s.part} aria-labelledby="todoke-download-title">
      <Subtitle2 as="h3" id="todoke-download-title">
        届書ファイル
      </Subtitle2>
      {(p.blocked || p.noFile) && (
        <MessageBar intent={p.blocked ? "info" : "warning"}>
          <MessageBarBody>{p.blocked ?? p.noFile}</MessageBarBody>
        </MessageBar>
      )}
      {p.files.length > 1 && (
        <Caption1>
          4,500,000 バイトを超えるため {p.files.length}個に分けました。2つ目からは番号のフォルダ（2、3 …）を作り、その中に SHFD0006.CSV の名前で入れてください（FD通番は1つずつ進みます）。
        </Caption1>
      )}
      {p.files.map((f) => (
        <div key={f.part} className={s.row}>
          <Button appearance="primary" data-testid="todoke-download" onClick={() => p.onDownload(f)}>
            {f.fileName} をダウンロード（{f.records}人）
          </Button>
          <Caption1>FD通番 {f.serial}</Caption1>
        </div>
      ))}
      {p.files.length > 0 && <Caption1>日本年金機構の届書作成プログラムで読み込み、内容を確かめてから提出してください。</Caption1>}
    </section>
  );
}
