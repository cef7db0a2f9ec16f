/** The 依頼人 (振込元) as the bank assigned it, each field with the file's error about it. */
import { Caption1, Field, Input, Select, Subtitle2 } from "@fluentui/react-components";
import { SENDER_LABELS, type SenderForm } from "../../workflow/transfer";
import type { ProblemTableRow } from "../ProblemTable";
import { useTransferStyles } from "./styles";

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

export function SenderFields(p: { sender: SenderForm; fileProblems: readonly ProblemTableRow[]; remembers: boolean; onChange: (sender: SenderForm) => void }) {
  const s = useTransferStyles();
  const set = (k: keyof SenderForm, v: string) => p.onChange({ ...p.sender, [k]: v });
  const errorOf = (k: keyof SenderForm) => p.fileProblems.find((x) => x.column === SENDER_LABELS[k] && x.severity === "error")?.message;
  const common = (k: keyof SenderForm) => ({ className: s.cell, label: SENDER_LABELS[k], validationState: errorOf(k) ? ("error" as const) : undefined, validationMessage: errorOf(k) });
  return (
    <>
      <Subtitle2 as="h3">依頼人（振込元）</Subtitle2>
      <div className={s.grid}>
        {SENDER_KEYS.map((k) =>
          k === "accountType" ? (
            <Field key={k} {...common(k)} required>
              <Select className={s.fill} value={p.sender.accountType} onChange={(_, x) => set(k, x.value)}>
                <option value="1">1 普通</option>
                <option value="2">2 当座</option>
                <option value="9">9 その他</option>
              </Select>
            </Field>
          ) : (
            <Field key={k} {...common(k)} required={!["bankName", "branchName"].includes(k)} hint={SENDER_HINTS[k]}>
              <Input className={s.fill} value={p.sender[k]} inputMode={/Code|Number/.test(k) ? "numeric" : undefined} onChange={(_, x) => set(k, x.value)} />
            </Field>
          ),
        )}
      </div>
      <Caption1>{p.remembers ? "依頼人の情報はこのブックに保存され、次回も使われます。" : "ブラウザ版は依頼人の情報を保存しません（タブを閉じると消えます）。"}</Caption1>
    </>
  );
}
