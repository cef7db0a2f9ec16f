/**
 * The office's 年度更新 facts: an OFFICE.json file (the 届書's file serves too), or 労災保険率 and 事業の種類 typed in,
 * checked as the command line checks --office, and saved as OFFICE.json for next year.
 */
import { useState } from "react";
import { Button, Field, Input, Link, MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { JobProblem } from "../../../jobs/problem";
import { NENDO_OFFICE_FIELDS, type NendoOfficeForm, type NendoOfficeKey } from "../../workflow/nendo/nendoOfficeForm";
import type { ProblemRowView } from "../../workflow/problemRows";
import { FilePicker } from "../FilePicker";
import { FileError } from "../FileError";
import { ProblemTable } from "../ProblemTable";
import { useTodokeStyles } from "../todoke/styles";

const rowOf = (x: JobProblem, i: number): ProblemRowView => ({ key: String(i), row: "", column: x.column, value: x.value, message: x.message, severity: "error", severityLabel: "エラー" });

export function NendoOfficeInput(p: {
  form: NendoOfficeForm;
  file?: { name: string; problems: JobProblem[]; error?: string };
  problems: JobProblem[];
  ready: boolean;
  disabled: boolean;
  onFile: (file: File) => void;
  onField: (key: NendoOfficeKey, value: string) => void;
  onDownload: () => void;
}) {
  const s = useTodokeStyles();
  // The fields open by themselves when there is no file to start from; a file that checks out keeps them shut.
  const [open, setOpen] = useState(false);
  const shown = open || !p.file;
  const rows = [...(p.file?.problems ?? []), ...(p.file ? p.problems : [])].map(rowOf);
  // A field's own message, once there is something to check: a file read, or the field typed in.
  const fieldError = (key: NendoOfficeKey) => (p.file || p.form[key].trim() !== "" ? p.problems.find((x) => x.column.startsWith(`${key}（`))?.message : undefined);
  return (
    <div className={s.part}>
      <FilePicker
        label="事業所の設定のファイル（OFFICE.json）"
        buttonText="OFFICE.json を選ぶ"
        hint="前回保存した事業所の設定（届書と同じファイルで構いません）。ないときは下の各項目を入力"
        accept=".json,application/json"
        compact
        disabled={p.disabled}
        onFile={p.onFile}
      />
      <FileError message={p.file?.error} />
      {p.file && p.ready && (
        <MessageBar intent="success">
          <MessageBarBody>
            「{p.file.name}」の事業所{p.form.name ? ` ${p.form.name}` : ""}（労災保険率 {p.form.rosaiRatePermille}/1000・事業の種類 {p.form.rosaiBusinessType}）を使います。
          </MessageBarBody>
        </MessageBar>
      )}
      {rows.length > 0 && <ProblemTable label="事業所の設定の問題" rows={rows} />}
      {p.file && (
        <div className={s.row}>
          <Link as="button" onClick={() => setOpen(!open)}>
            {open ? "事業所の各項目を閉じる" : "事業所の各項目を見る・直す"}
          </Link>
        </div>
      )}
      {shown && (
        <fieldset className={s.part} aria-label="事業所の設定">
          {NENDO_OFFICE_FIELDS.map((f) => (
            <Field key={f.key} label={f.label} hint={"hint" in f ? f.hint : undefined} validationState={fieldError(f.key) ? "error" : "none"} validationMessage={fieldError(f.key)}>
              <Input value={p.form[f.key]} disabled={p.disabled} onChange={(_, d) => p.onField(f.key, d.value)} />
            </Field>
          ))}
        </fieldset>
      )}
      <div className={s.row}>
        <Button size="small" disabled={!p.ready} onClick={p.onDownload}>
          事業所の設定を OFFICE.json で保存
        </Button>
      </div>
    </div>
  );
}
