/**
 * (b) 精算: the 仮払い台帳, the true month's results and, optionally, next month's results → per person what was
 * paid, the true net pay and the difference (those who need a decision flagged), and the 前月精算 lines to download
 * as next month's 勤怠・変動.
 */
import { Body1, Button, MessageBar, MessageBarBody, Subtitle2 } from "@fluentui/react-components";
import { mergeClasses } from "@fluentui/react-components";
import { ProblemTable } from "../ProblemTable";
import type { ProvisionalPayController } from "../../hooks/useProvisionalPay";
import { ChosenFileLine } from "./ChosenFileLine";
import { signedYen, useProvisionalStyles, yen } from "./styles";

export function SettleSection({ c }: { c: ProvisionalPayController }) {
  const s = useProvisionalStyles();
  const v = c.settleView;
  const flagged = v?.rows.filter((r) => r.warnings.length > 0).length ?? 0;
  return (
    <div className={s.root}>
      <Body1>
        今月の確定した結果（復旧したシステムの給与結果、または Sonae の給与計算の結果）が出たら、仮払い台帳と比べて差額を翌月の給与で精算します。差額は「前月精算（支給）」「前月精算（控除）」として差引支給額だけを動かします。
      </Body1>
      <ChosenFileLine label="仮払い台帳" buttonText="仮払い台帳を選ぶ" hint="仮払いのときにダウンロードした CSV" accept=".csv,.txt,.xlsx" file={c.settle.ledger} onFile={c.onSettleFile("ledger")} />
      <ChosenFileLine label="確定した結果" buttonText="確定した結果を選ぶ" hint="CSV: 社員番号・差引支給額（あれば各項目）" accept=".csv,.txt,.xlsx" file={c.settle.actual} onFile={c.onSettleFile("actual")} />
      <ChosenFileLine label="翌月の結果（任意）" buttonText="翌月の結果を選ぶ" hint="精算前の翌月の差引支給額。過払いが翌月の給与を超える人を知らせます" accept=".csv,.txt,.xlsx" file={c.settle.next} onFile={c.onSettleFile("next")} onClear={c.onClearNext} />
      {c.settleError && (
        <MessageBar intent="error">
          <MessageBarBody>{c.settleError}</MessageBarBody>
        </MessageBar>
      )}
      {v && v.problems.length > 0 && <ProblemTable label="精算の問題の一覧" rows={v.problems} showFile />}
      {v && (
        <>
          <Subtitle2 as="h3">社員ごとの差額</Subtitle2>
          <dl className={s.totals} aria-label="精算の合計">
            <dt className={s.term}>仮払い</dt>
            <dd className={s.number}>{yen(v.totals.provisional)}</dd>
            <dt className={s.term}>確定した差引支給額</dt>
            <dd className={s.number}>{yen(v.totals.actualNet)}</dd>
            <dt className={s.term}>差額</dt>
            <dd className={s.number}>{signedYen(v.totals.difference)}</dd>
          </dl>
          {flagged > 0 && (
            <MessageBar intent="warning">
              <MessageBarBody>{`${flagged}人は担当者の判断が必要です（赤い線の人）。`}</MessageBarBody>
            </MessageBar>
          )}
          <ul className={s.list} aria-label="社員ごとの精算">
            {v.rows.map((r) => (
              <li key={r.employeeId} className={mergeClasses(s.item, r.warnings.length > 0 && s.flagged)} data-testid="settlement">
                <div className={s.line}>
                  <strong>{r.employeeId}</strong>
                  <span className={s.amount}>{r.line}</span>
                </div>
                <div className={s.muted}>{`仮払い ${yen(r.provisional)} → 確定 ${yen(r.actualNet)}（差額 ${signedYen(r.difference)}）`}</div>
                {r.warnings.map((w) => (
                  <div key={w} className={s.warning}>
                    {w}
                  </div>
                ))}
              </li>
            ))}
          </ul>
          {v.adjustments ? (
            <Button appearance="primary" onClick={() => c.onDownload(v.adjustments!)}>
              前月精算の行をダウンロード（翌月の勤怠・変動）
            </Button>
          ) : (
            <Body1>読めない行があるため、精算の行は作っていません（その人を払っていない・確定した給与がないと誤って精算しないように）。</Body1>
          )}
        </>
      )}
    </div>
  );
}
