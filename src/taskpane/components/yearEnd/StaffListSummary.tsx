/** What the staff list held: the counts, the notes on reading it, and who is 対象外 under 所得税法第190条. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { YearEndSummary } from "../../workflow/yearEndCheck";
import { useYearEndStyles } from "./styles";

export function StaffListSummary(p: { summary: YearEndSummary; fileName?: string; yearError?: string }) {
  const s = useYearEndStyles();
  const sum = p.summary;
  return (
    <>
      <dl className={s.counts} aria-label="従業員一覧の読み込み結果">
        <dt className={s.term}>ファイル</dt>
        <dd className={s.number}>{p.fileName}</dd>
        <dt className={s.term}>データの行</dt>
        <dd className={s.number}>{sum.rows}行</dd>
        <dt className={s.term}>シートに載せる行</dt>
        <dd className={s.number}>{sum.usable}行</dd>
        <dt className={s.term}>エラーのある行</dt>
        <dd className={s.number}>{sum.rejected}行（{sum.problems}件）</dd>
        <dt className={s.term}>年末調整の対象外</dt>
        <dd className={s.number}>{sum.scopeUnknown ? "—" : `${sum.outOfScope.length}人`}</dd>
      </dl>
      {sum.warnings.map((w) => (
        <MessageBar key={w} intent="info">
          <MessageBarBody>{w}</MessageBarBody>
        </MessageBar>
      ))}
      {sum.outOfScope.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>年末調整の対象外の従業員がいます（所得税法第190条）</MessageBarTitle>
            <ul className={s.list} aria-label="年末調整の対象外の従業員">
              {sum.outOfScope.map((o) => (
                <li key={o.row}>
                  {o.row}行目 {o.id} {o.name}: {o.message}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {sum.scopeUnknown && p.fileName && !p.yearError && (
        <MessageBar intent="warning">
          <MessageBarBody>{sum.scopeUnknown}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
