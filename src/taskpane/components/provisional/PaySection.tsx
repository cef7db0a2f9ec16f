/**
 * (a) 仮払い: last month's 全銀 file, the pay date and the optional changes — or, without a bank file, the last
 * results, the master and the 依頼人 — → the list of payees with this month's amounts, the totals, the problems,
 * and the downloads (the new 全銀 file, the 仮払い台帳).
 */
import { Body1, Button, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Subtitle2 } from "@fluentui/react-components";
import { ProblemTable } from "../ProblemTable";
import type { PaySource, ProvisionalPayController } from "../../hooks/useProvisionalPay";
import type { LoadedMaster } from "../../sideFlows";
import { FromResultsInputs } from "./FromResultsInputs";
import { ChosenFileLine } from "./ChosenFileLine";
import { signedYen, useProvisionalStyles, yen } from "./styles";

export function PaySection({ c, loadedMaster }: { c: ProvisionalPayController; loadedMaster?: LoadedMaster }) {
  const s = useProvisionalStyles();
  const v = c.payView;
  const fromResults = c.pay.source === "results";
  return (
    <div className={s.root}>
      <Body1>
        給与計算システムが止まって何も出力できない月に、前月と同じ金額を、振込指定日だけを変えて振り込む全銀ファイルを作ります。
      </Body1>
      <Field label="何から作りますか">
        <RadioGroup value={c.pay.source} onChange={(_, d) => c.onPaySource(d.value as PaySource)}>
          <Radio value="previous" label="前月の振込ファイル（インターネットバンキングの「過去の振込データ」）" />
          <Radio value="results" label="前月の給与計算の結果と従業員マスタ（振込ファイルがないとき）" />
        </RadioGroup>
      </Field>
      {fromResults ? (
        <FromResultsInputs c={c} loadedMaster={loadedMaster} />
      ) : (
        <ChosenFileLine label="前月の振込ファイル（全銀）" buttonText="前月の振込ファイルを選ぶ" hint=".txt（全銀協規定形式）" accept=".txt,.dat,text/plain" file={c.pay.previous} onFile={c.onPayFile("previous")} />
      )}
      <Field className={s.date} label="支給日（振込指定日）" hint="銀行の休業日なら注意を出します">
        <Input type="date" value={c.pay.payDate} onChange={(_, d) => c.onPayDate(d.value)} />
      </Field>
      <ChosenFileLine
        label="今月の変更（任意）"
        buttonText="今月の変更のファイルを選ぶ"
        hint={fromResults ? "CSV: 社員番号・振込金額・除外（○）" : "CSV: 社員番号（または口座）・振込金額・除外（○）"}
        accept=".csv,.txt,.xlsx"
        file={c.pay.changes}
        onFile={c.onPayFile("changes")}
        onClear={c.onClearChanges}
      />
      {c.payError && (
        <MessageBar intent="warning">
          <MessageBarBody>{c.payError}</MessageBarBody>
        </MessageBar>
      )}
      {v && v.problems.length > 0 && <ProblemTable label="仮払いの問題の一覧" rows={v.problems} showFile />}
      {v && v.payees.length > 0 && <PayeeList c={c} />}
      {v?.files && (
        <div className={s.row}>
          <Button appearance="primary" onClick={() => c.onDownload(v.files!.transfer)}>
            振込ファイルをダウンロード
          </Button>
          <Button onClick={() => c.onDownload(v.files!.ledger)}>仮払い台帳をダウンロード</Button>
        </div>
      )}
      {v?.files && <Body1>仮払い台帳は、確定した結果が出たあとの「精算」で使います。なくさないように保存してください。</Body1>}
    </div>
  );
}

function PayeeList({ c }: { c: ProvisionalPayController }) {
  const s = useProvisionalStyles();
  const v = c.payView!;
  return (
    <>
      <Subtitle2 as="h3">今月の振込（仮払い・前月同額）</Subtitle2>
      <dl className={s.totals} aria-label="仮払いの合計">
        <dt className={s.term}>件数</dt>
        <dd className={s.number}>{`${v.count}件（前月 ${v.previousCount}件）`}</dd>
        <dt className={s.term}>合計</dt>
        <dd className={s.number}>{`${yen(v.total)}（前月との差 ${signedYen(v.total - v.previousTotal)}）`}</dd>
      </dl>
      <ul className={s.list} aria-label="仮払いの振込先">
        {v.payees.map((p) => (
          <li key={p.key} className={s.item}>
            <div className={s.line}>
              <span>{p.who}</span>
              <span className={s.amount}>{yen(p.amount)}</span>
            </div>
            {p.change && <div className={s.muted}>{p.change}</div>}
          </li>
        ))}
      </ul>
    </>
  );
}
