/**
 * The month's results as a CSV in the results format (the file `payroll --results-out` writes): kept one
 * file a month, they become the year the 算定基礎届・月額変更届・賞与支払届 are made from.
 */
import { Body1, Button, Caption1, MessageBar, MessageBarBody, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { ProblemTable } from "../ProblemTable";
import type { MonthResultsDownload } from "../../hooks/useMonthResults";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS },
  full: { alignSelf: "stretch" },
});

export function ResultsDownload(p: MonthResultsDownload & { inExcel: boolean; disabled: boolean; onDownload: () => void }) {
  const s = useStyles();
  return (
    <div className={s.root} role="group" aria-labelledby="results-download-title">
      <Subtitle2 as="h3" id="results-download-title">
        今月の結果を保存する
      </Subtitle2>
      <Body1>
        総支給額・支給日・基礎日数などを「給与計算の結果」の形の CSV にします。毎月同じフォルダに保存しておくと、給与システムの出力と合わせて算定基礎届・月額変更届・賞与支払届（「届書を作る」）に使えます。
      </Body1>
      <Button disabled={p.disabled} onClick={p.onDownload} data-testid="results-download">
        今月の結果をダウンロード（CSV）
      </Button>
      {p.inExcel && <Caption1>読み込んだファイルと設定から計算します。シートで直した勤怠・手当は入りません。</Caption1>}
      {p.done && (
        <MessageBar className={s.full} intent="success">
          <MessageBarBody>
            「{p.done.fileName}」（{p.done.rows}人）をダウンロードしました。
          </MessageBarBody>
        </MessageBar>
      )}
      {p.done && p.done.problems.length > 0 && (
        <div className={s.full}>
          <ProblemTable label="結果ファイルの注意" rows={p.done.problems} />
        </div>
      )}
      {p.error && (
        <MessageBar className={s.full} intent="error">
          <MessageBarBody>{p.error}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
