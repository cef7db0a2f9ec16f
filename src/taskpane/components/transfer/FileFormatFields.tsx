/** The file's form as the bank wants it: record breaks, the long vowel, EOF, and the second account. */
import { Checkbox, Field, Select, Subtitle2 } from "@fluentui/react-components";
import type { TransferForm } from "../../workflow/transfer";
import { useTransferStyles } from "./styles";

export function FileFormatFields(p: { form: TransferForm; onChange: (form: TransferForm) => void }) {
  const s = useTransferStyles();
  const form = p.form;
  const set = <K extends keyof TransferForm>(k: K, v: TransferForm[K]) => p.onChange({ ...form, [k]: v });
  return (
    <>
      <Subtitle2 as="h3">ファイルの形式</Subtitle2>
      <div className={s.grid}>
        <Field className={s.cell} label="レコードの区切り">
          <Select className={s.fill} value={form.lineBreak} onChange={(_, x) => set("lineBreak", x.value as TransferForm["lineBreak"])}>
            <option value="crlf">改行（CR+LF）あり</option>
            <option value="none">改行なし</option>
          </Select>
        </Field>
        <Field className={s.cell} label="長音「ー」の変換">
          <Select className={s.fill} value={form.longVowel} onChange={(_, x) => set("longVowel", x.value as TransferForm["longVowel"])}>
            <option value="-">- （ハイフン）</option>
            <option value="ｰ">ｰ （半角長音）</option>
          </Select>
        </Field>
      </div>
      <div className={s.row}>
        <Checkbox checked={form.finalLineBreak} disabled={form.lineBreak === "none"} onChange={(_, x) => set("finalLineBreak", !!x.checked)} label="最後のレコードの後にも改行" />
        <Checkbox checked={form.eof} onChange={(_, x) => set("eof", !!x.checked)} label="ファイルの終わりに EOF（1A）" />
        <Checkbox checked={form.useSecondAccount} onChange={(_, x) => set("useSecondAccount", !!x.checked)} label="2つ目の口座に定額を振り込む" />
      </div>
    </>
  );
}
