/** A file input of the flow and, once chosen, its name (with 取り消す for an optional one). */
import { Body1, Button } from "@fluentui/react-components";
import { FilePicker } from "../FilePicker";
import type { ChosenFile } from "../../workflow/provisionalPay";
import { useProvisionalStyles } from "./styles";

export function ChosenFileLine(p: { label: string; buttonText: string; hint: string; accept: string; file?: ChosenFile; onFile: (f: File) => void; onClear?: () => void }) {
  const s = useProvisionalStyles();
  return (
    <>
      <FilePicker compact label={p.label} buttonText={p.buttonText} hint={p.hint} accept={p.accept} onFile={p.onFile} />
      {p.file && (
        <div className={s.row}>
          <Body1>
            {p.label}: <strong>{p.file.name}</strong>
          </Body1>
          {p.onClear && (
            <Button size="small" onClick={p.onClear}>
              取り消す
            </Button>
          )}
        </div>
      )}
    </>
  );
}
