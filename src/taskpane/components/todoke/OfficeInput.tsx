/**
 * The 事業所 the 届書 are filed for: an OFFICE.json file, or the same fields typed in (templates/office.json),
 * checked as the command line checks --office, and saved as OFFICE.json for next time.
 */
import { useState } from "react";
import { Button, Field, Input, Link, MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { TodokeProblem } from "../../../todoke";
import { OFFICE_FIELDS, type OfficeForm, type OfficeKey } from "../../workflow/todoke/officeForm";
import { todokeProblemRow } from "../../workflow/todoke/todokeView";
import { FilePicker } from "../FilePicker";
import { FileError } from "../FileError";
import { ProblemTable } from "../ProblemTable";
import { useTodokeStyles } from "./styles";

export function OfficeInput(p: {
  form: OfficeForm;
  file?: { name: string; problems: TodokeProblem[]; error?: string };
  problems: TodokeProblem[];
  disabled: boolean;
  onFile: (file: File) => void;
  onField: (key: OfficeKey, value: string) => void;
  onDownload: () => void;
}) {
  const s = useTodokeStyles();
  // The fields open by themselves when there is no file to start from; a file that checks out keeps them shut.
  const [open, setOpen] = useState(false);
  const shown = open || !p.file;
  const ok = p.problems.length === 0;
  const rows = [...(p.file?.problems ?? []), ...(p.file ? p.problems : [])].map((x, i) => todokeProblemRow(x, String(i)));
  // A field's own message, once there is something to check: a file read, or the field typed in.
  const fieldError = (key: OfficeKey) => (p.file || p.form[key].trim() !== "" ? p.problems.find((x) => x.field.startsWith(`${key}（`))?.message : undefined);
  return (
    <div className={s.part}>
      <FilePicker
        label="事業所の設定のファイル（OFFICE.json）"
        buttonText="OFFICE.json を選ぶ"
        hint="前回保存した事業所の設定。ないときは下の各項目を入力"
        accept=".json,application/json"
        compact
        disabled={p.disabled}
        onFile={p.onFile}
      />
      <FileError message={p.file?.error} />
      {p.file && ok && (
        <MessageBar intent="success">
          <MessageBarBody>「{p.file.name}」の事業所 {p.form.name} を使います。</MessageBarBody>
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
          {OFFICE_FIELDS.map((f) => (
            <Field key={f.key} label={f.label} hint={"hint" in f ? f.hint : undefined} validationState={fieldError(f.key) ? "error" : "none"} validationMessage={fieldError(f.key)}>
              <Input value={p.form[f.key]} disabled={p.disabled} onChange={(_, d) => p.onField(f.key, d.value)} />
            </Field>
          ))}
        </fieldset>
      )}
      <div className={s.row}>
        <Button size="small" disabled={!ok} onClick={p.onDownload}>
          事業所の設定を OFFICE.json で保存
        </Button>
      </div>
    </div>
  );
}
