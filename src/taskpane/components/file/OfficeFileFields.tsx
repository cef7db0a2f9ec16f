/**
 * An office's facts from OFFICE.json, or the same fields typed in, checked as the command line checks --office
 * and saved as OFFICE.json for next time: the 届書's 事業所 and the 年度更新's are the same steps on different
 * fields (one file may hold both).
 */
import { useState } from "react";
import { Button, Field, Input, Link, MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { ProblemTableRow } from "../ProblemTable";
import { FilePicker } from "../FilePicker";
import { FileError } from "../FileError";
import { ProblemTable } from "../ProblemTable";
import { useTodokeStyles } from "../todoke/styles";

export interface OfficeFileFieldsProps<K extends string> {
  fields: readonly { key: K; label: string; hint?: string }[];
  form: Record<K, string>;
  /** The OFFICE.json read, when one was: its name and why it could not be read. */
  file?: { name: string; error?: string };
  /** The file's and the fields' problems, as rows. */
  rows: ProblemTableRow[];
  /** A field's own problem, if any. */
  problemOf: (key: K) => string | undefined;
  ready: boolean;
  /** What the picker says under its button. */
  fileHint: string;
  /** What the clerk is told when the file checks out. */
  readyText: string;
  disabled: boolean;
  onFile: (file: File) => void;
  onField: (key: K, value: string) => void;
  onDownload: () => void;
}

export function OfficeFileFields<K extends string>(p: OfficeFileFieldsProps<K>) {
  const s = useTodokeStyles();
  // The fields open by themselves when there is no file to start from; a file that checks out keeps them shut.
  const [open, setOpen] = useState(false);
  const shown = open || !p.file;
  // A field's own message, once there is something to check: a file read, or the field typed in.
  const fieldError = (key: K) => (p.file || p.form[key].trim() !== "" ? p.problemOf(key) : undefined);
  return (
    <div className={s.part}>
      <FilePicker label="事業所の設定のファイル（OFFICE.json）" buttonText="OFFICE.json を選ぶ" hint={p.fileHint} accept=".json,application/json" compact disabled={p.disabled} onFile={p.onFile} />
      <FileError message={p.file?.error} />
      {p.file && p.ready && (
        <MessageBar intent="success">
          <MessageBarBody>{p.readyText}</MessageBarBody>
        </MessageBar>
      )}
      {p.rows.length > 0 && <ProblemTable label="事業所の設定の問題" rows={p.rows} />}
      {p.file && (
        <div className={s.row}>
          <Link as="button" onClick={() => setOpen(!open)}>
            {open ? "事業所の各項目を閉じる" : "事業所の各項目を見る・直す"}
          </Link>
        </div>
      )}
      {shown && (
        <fieldset className={s.part} aria-label="事業所の設定">
          {p.fields.map((f) => (
            <Field key={f.key} label={f.label} hint={f.hint} validationState={fieldError(f.key) ? "error" : "none"} validationMessage={fieldError(f.key)}>
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
