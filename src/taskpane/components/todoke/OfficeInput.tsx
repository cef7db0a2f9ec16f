/**
 * The 事業所 the 届書 are filed for: an OFFICE.json file, or the same fields typed in (templates/office.json),
 * checked as the command line checks --office, and saved as OFFICE.json for next time.
 */
import type { TodokeProblem } from "../../../todoke";
import { OFFICE_FIELDS, type OfficeForm, type OfficeKey } from "../../workflow/todoke/officeForm";
import { todokeProblemRow } from "../../workflow/todoke/todokeView";
import { OfficeFileFields } from "../file/OfficeFileFields";

export function OfficeInput(p: {
  form: OfficeForm;
  file?: { name: string; problems: TodokeProblem[]; error?: string };
  problems: TodokeProblem[];
  disabled: boolean;
  onFile: (file: File) => void;
  onField: (key: OfficeKey, value: string) => void;
  onDownload: () => void;
}) {
  const rows = [...(p.file?.problems ?? []), ...(p.file ? p.problems : [])].map((x, i) => todokeProblemRow(x, String(i)));
  return (
    <OfficeFileFields
      fields={OFFICE_FIELDS}
      form={p.form}
      file={p.file}
      rows={rows}
      problemOf={(key) => p.problems.find((x) => x.field.startsWith(`${key}（`))?.message}
      ready={p.problems.length === 0}
      fileHint="前回保存した事業所の設定。ないときは下の各項目を入力"
      readyText={`「${p.file?.name}」の事業所 ${p.form.name} を使います。`}
      disabled={p.disabled}
      onFile={p.onFile}
      onField={p.onField}
      onDownload={p.onDownload}
    />
  );
}
