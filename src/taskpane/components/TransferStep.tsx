/**
 * Step 6 振込データ作成: the type (給与 11・賞与 12・総合 21), the 振込指定日 (a bank holiday is warned about
 * and the previous business day offered), the 依頼人 as the bank assigned it, the list of transfers with
 * what was found, the names changed for the bank's character set (before → after), and the download.
 */
import { TransferList } from "./TransferList";
import { StickyActions } from "./StickyActions";
import {
  Body1, Button, Caption1, Checkbox, Field, Input, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Radio,
  RadioGroup, Select, Subtitle2, makeStyles, tokens,
} from "@fluentui/react-components";
import type { ZenginType } from "../../zengin/layout";
import type { NameChange } from "../../zengin/build";
import {
  AMOUNT_SOURCE_LABELS, AmountSource, DateCheck, SENDER_LABELS, SenderForm, TransferForm, TransferReviewRow, ZENGIN_TYPE_CHOICES,
} from "../workflow/transfer";
import { ProblemTable, ProblemTableRow } from "./ProblemTable";

export type BankNamesView = { status: "none" } | { status: "loading" } | { status: "loaded"; description: string } | { status: "failed"; message: string };

/** The file and its review, once the amounts are known. */
export interface TransferOutcomeView {
  review: TransferReviewRow[];
  nameChanges: NameChange[];
  /** Problems of the file as a whole (依頼人, 振込指定日…). */
  fileProblems: ProblemTableRow[];
  summary: string;
  fileName: string;
  canDownload: boolean;
}

export interface TransferStepProps {
  amountSource: AmountSource;
  /** Sources that can be chosen now (the sheets only inside Excel). */
  sourcesEnabled: Readonly<Record<AmountSource, boolean>>;
  onAmountSource: (s: AmountSource) => void;
  onReread: () => void;
  /** Why the amounts could not be read. */
  sourceError?: string;
  form: TransferForm;
  onChange: (form: TransferForm) => void;
  dateCheck: DateCheck;
  /** Sentences about where the amounts come from (人数, 差引支給額 by computePayroll, skipped employees). */
  sourceNotes: string[];
  /** Undefined while the amounts are being read or when they could not be. */
  outcome?: TransferOutcomeView;
  bankNames: BankNamesView;
  onLoadBankNames: () => void;
  onDownload: () => void;
  /** 社員番号 → why the clerk left the person out of this file. */
  leftOut: Readonly<Record<string, string>>;
  /** The 依頼人 is remembered in the workbook (inside Excel); the plain page keeps nothing. */
  remembers: boolean;
  onLeaveOut: (employeeId: string, reason: string | undefined) => void;
}

const useStyles = makeStyles({
  // Inputs fill their grid cell and may shrink below their intrinsic width (a narrow task pane).
  fill: { width: "100%", minWidth: 0 },
  cell: { minWidth: 0 },
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  grid: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(160px, 1fr))", gap: tokens.spacingHorizontalM },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  mono: { fontFamily: tokens.fontFamilyMonospace },
  messages: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});


const SENDER_KEYS: (keyof SenderForm)[] = ["requesterCode", "requesterName", "bankCode", "bankName", "branchCode", "branchName", "accountType", "accountNumber"];
const SENDER_HINTS: Partial<Record<keyof SenderForm, string>> = {
  requesterCode: "銀行から通知された10桁",
  requesterName: "カナ（半角に直します）",
  bankCode: "4桁",
  bankName: "任意（カナ）",
  branchCode: "3桁",
  branchName: "任意（カナ）",
  accountNumber: "7桁まで",
};



export function TransferStep(p: TransferStepProps) {
  const s = useStyles();
  const f = p.form;
  const set = <K extends keyof TransferForm>(k: K, v: TransferForm[K]) => p.onChange({ ...f, [k]: v });
  const setSender = (k: keyof SenderForm, v: string) => p.onChange({ ...f, sender: { ...f.sender, [k]: v } });
  const o = p.outcome;
  const senderError = (k: keyof SenderForm) => o?.fileProblems.find((x) => x.column === SENDER_LABELS[k] && x.severity === "error")?.message;
  const d = p.dateCheck;
  return (
    <section className={s.root} aria-labelledby="step-transfer-title">
      <Subtitle2 as="h2" id="step-transfer-title">
        6. 振込データ作成
      </Subtitle2>
      <Field label="振込金額の出どころ">
        <RadioGroup value={p.amountSource} onChange={(_, x) => p.onAmountSource(x.value as AmountSource)}>
          {(Object.keys(AMOUNT_SOURCE_LABELS) as AmountSource[]).map((k) => (
            <Radio key={k} value={k} label={AMOUNT_SOURCE_LABELS[k]} disabled={!p.sourcesEnabled[k]} />
          ))}
        </RadioGroup>
      </Field>
      {p.amountSource !== "computed" && (
        <div className={s.row}>
          <Button size="small" onClick={p.onReread}>
            シートから読み直す
          </Button>
          <Caption1>シートを直したら読み直してください。</Caption1>
        </div>
      )}
      {p.sourceError && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{p.sourceError}</MessageBarBody>
        </MessageBar>
      )}
      {p.sourceNotes.map((n) => (
        <Body1 key={n}>{n}</Body1>
      ))}
      <Field label="種別">
        <RadioGroup layout="horizontal" value={f.type} onChange={(_, x) => set("type", x.value as ZenginType)}>
          {ZENGIN_TYPE_CHOICES.map((c) => (
            <Radio key={c.value} value={c.value} label={c.label} />
          ))}
        </RadioGroup>
      </Field>
      <Field
        label="振込指定日"
        required
        validationState={d.kind === "invalid" ? "error" : d.kind === "ok" ? "none" : "warning"}
        validationMessage={d.kind === "ok" ? undefined : d.message}
      >
        <Input className={s.fill} type="date" value={f.payDate} onChange={(_, x) => set("payDate", x.value)} />
      </Field>
      {d.kind === "holiday" && d.proposed && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>振込指定日が銀行の休業日です</MessageBarTitle>
            前営業日 {d.proposed} にしますか。
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => set("payDate", d.proposed!)}>
              {d.proposed} にする
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}

      <Subtitle2 as="h3">依頼人（振込元）</Subtitle2>
      <div className={s.grid}>
        {SENDER_KEYS.map((k) =>
          k === "accountType" ? (
            <Field className={s.cell} key={k} label={SENDER_LABELS[k]} required validationState={senderError(k) ? "error" : undefined} validationMessage={senderError(k)}>
              <Select className={s.fill} value={f.sender.accountType} onChange={(_, x) => setSender(k, x.value)}>
                <option value="1">1 普通</option>
                <option value="2">2 当座</option>
                <option value="9">9 その他</option>
              </Select>
            </Field>
          ) : (
            <Field
              className={s.cell}
              key={k}
              label={SENDER_LABELS[k]}
              required={!["bankName", "branchName"].includes(k)}
              hint={SENDER_HINTS[k]}
              validationState={senderError(k) ? "error" : undefined}
              validationMessage={senderError(k)}
            >
              <Input className={s.fill} value={f.sender[k]} inputMode={/Code|Number/.test(k) ? "numeric" : undefined} onChange={(_, x) => setSender(k, x.value)} />
            </Field>
          ),
        )}
      </div>
      <Caption1>{p.remembers ? "依頼人の情報はこのブックに保存され、次回も使われます。" : "ブラウザ版は依頼人の情報を保存しません（タブを閉じると消えます）。"}</Caption1>

      <Subtitle2 as="h3">ファイルの形式</Subtitle2>
      <div className={s.grid}>
        <Field className={s.cell} label="レコードの区切り">
          <Select className={s.fill} value={f.lineBreak} onChange={(_, x) => set("lineBreak", x.value as TransferForm["lineBreak"])}>
            <option value="crlf">改行（CR+LF）あり</option>
            <option value="none">改行なし</option>
          </Select>
        </Field>
        <Field className={s.cell} label="長音「ー」の変換">
          <Select className={s.fill} value={f.longVowel} onChange={(_, x) => set("longVowel", x.value as TransferForm["longVowel"])}>
            <option value="-">- （ハイフン）</option>
            <option value="ｰ">ｰ （半角長音）</option>
          </Select>
        </Field>
      </div>
      <div className={s.row}>
        <Checkbox checked={f.finalLineBreak} disabled={f.lineBreak === "none"} onChange={(_, x) => set("finalLineBreak", !!x.checked)} label="最後のレコードの後にも改行" />
        <Checkbox checked={f.eof} onChange={(_, x) => set("eof", !!x.checked)} label="ファイルの終わりに EOF（1A）" />
        <Checkbox checked={f.useSecondAccount} onChange={(_, x) => set("useSecondAccount", !!x.checked)} label="2つ目の口座に定額を振り込む" />
      </div>

      <div className={s.row}>
        <Button disabled={p.bankNames.status === "loading" || p.bankNames.status === "loaded"} onClick={p.onLoadBankNames}>
          全銀コード表で銀行名・支店名を確認
        </Button>
        <Caption1>
          {p.bankNames.status === "none" && "コード表（約5MB）をこのパソコンの中で読み込み、銀行名・支店名を補い、番号の誤りを探します。"}
          {p.bankNames.status === "loading" && "コード表を読み込んでいます…"}
          {p.bankNames.status === "loaded" && `${p.bankNames.description}で確認しました。表にない番号も振込はできます。`}
          {p.bankNames.status === "failed" && p.bankNames.message}
        </Caption1>
      </div>

      {o && o.fileProblems.length > 0 && <ProblemTable label="振込データ全体の問題" rows={o.fileProblems} />}
      {!o && !p.sourceError && <Body1>振込金額を準備しています…</Body1>}

      {o && (
        <>
          <Subtitle2 as="h3">振込の一覧</Subtitle2>
          <TransferList rows={o.review} leftOut={p.leftOut} onLeaveOut={p.onLeaveOut} />

          {o.nameChanges.length > 0 && (
            <>
              <Subtitle2 as="h3">銀行の文字に直した名前（{o.nameChanges.length}件）</Subtitle2>
              <Body1>振込データには右の形で書き込みます。口座の名義と同じか確かめてください。</Body1>
              <ul className={s.messages} aria-label="変換した名前の一覧">
                {o.nameChanges.map((c) => (
                  <li key={`${c.row}-${c.field}`}>
                    {c.row === 0 ? "依頼人" : `${c.row}行目 ${c.employeeId}`} {c.field}: {c.before} → <span className={s.mono}>{c.after}</span>
                  </li>
                ))}
              </ul>
        </>
      )}

      <MessageBar intent={o.canDownload ? "success" : "error"} role="status">
        <MessageBarBody>{o.summary}</MessageBarBody>
      </MessageBar>
      <StickyActions>
        <Button appearance="primary" data-testid="next" disabled={!o.canDownload} onClick={p.onDownload}>
          振込データ（{o.fileName}）をダウンロード
        </Button>
      </StickyActions>
        </>
      )}
    </section>
  );
}
