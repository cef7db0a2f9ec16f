/**
 * The office's 年度更新 facts: an OFFICE.json file (the 届書's file serves too), or 労災保険率 and 事業の種類 typed in,
 * checked as the command line checks --office, and saved as OFFICE.json for next year.
 */
import type { JobProblem } from "../../../jobs/problem";
import { NENDO_OFFICE_FIELDS, type NendoOfficeForm, type NendoOfficeKey } from "../../workflow/nendo/nendoOfficeForm";
import type { ProblemRowView } from "../../workflow/problemRows";
import { OfficeFileFields } from "../file/OfficeFileFields";

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
  const rows = [...(p.file?.problems ?? []), ...(p.file ? p.problems : [])].map(rowOf);
  return (
    <OfficeFileFields
      fields={NENDO_OFFICE_FIELDS}
      form={p.form}
      file={p.file}
      rows={rows}
      problemOf={(key) => p.problems.find((x) => x.column.startsWith(`${key}（`))?.message}
      ready={p.ready}
      fileHint="前回保存した事業所の設定（届書と同じファイルで構いません）。ないときは下の各項目を入力"
      readyText={`「${p.file?.name}」の事業所${p.form.name ? ` ${p.form.name}` : ""}（労災保険率 ${p.form.rosaiRatePermille}/1000・事業の種類 ${p.form.rosaiBusinessType}）を使います。`}
      disabled={p.disabled}
      onFile={p.onFile}
      onField={p.onField}
      onDownload={p.onDownload}
    />
  );
}
