/**
 * The office's facts of a side flow: a form, filled from OFFICE.json (in whatever encoding メモ帳 saved it) or
 * typed, with the file's other keys kept aside so that saving gives back one file for the 届書 and the 年度更新.
 */
import { useState } from "react";
import { readFileBytes } from "../browser/download";
import { messageOf } from "../workflow/messages";

type Extra = Readonly<Record<string, unknown>>;

export interface OfficeFileRead<Form, P> {
  form?: Form;
  extra: Extra;
  problems: P[];
}

export function useOfficeFile<Form extends Record<string, string>, P>(
  empty: () => Form,
  fromFile: (bytes: Uint8Array) => OfficeFileRead<Form, P>,
  withBusy: (text: string, work: () => Promise<void>) => Promise<void>,
) {
  const [office, setOffice] = useState<Form>(empty);
  const [officeExtra, setOfficeExtra] = useState<Extra>({});
  const [officeFile, setOfficeFile] = useState<{ name: string; problems: P[]; error?: string }>();

  const onOfficeFile = (file: File) =>
    withBusy(`「${file.name}」を読み込んでいます…`, async () => {
      try {
        const read = fromFile(await readFileBytes(file));
        if (read.form) {
          setOffice(read.form);
          setOfficeExtra(read.extra);
        }
        setOfficeFile({ name: file.name, problems: read.problems });
      } catch (e) {
        setOfficeFile({ name: file.name, problems: [], error: `「${file.name}」: ${messageOf(e)}` });
      }
    });

  const onOfficeField = (key: keyof Form, value: string) => setOffice((o) => ({ ...o, [key]: value }));

  return { office, officeExtra, officeFile, onOfficeFile, onOfficeField };
}
