/**
 * The controller of 「年度更新（労働保険）」: the files (useNendoFiles), the 保険年度, 締め日 and 見込額, and the
 * outcome of the makeNendo job — recomputed as anything changes, with the reason when it cannot run yet.
 */
import { useEffect, useMemo, useState } from "react";
import { downloadBytes } from "../browser/download";
import type { DownloadFile } from "../workflow/downloads";
import { checkNendoOfficeForm, nendoOfficeJsonText } from "../workflow/nendo/nendoOfficeForm";
import { checkNendoParams, initialNendoParams, type NendoParamKey, type NendoParams } from "../workflow/nendo/nendoParams";
import { nendoBlockedReason, runNendo } from "../workflow/nendo/nendoRun";
import { nendoView } from "../workflow/nendo/nendoView";
import type { PaneHost } from "../host/types";
import { useNendoFiles } from "./useNendoFiles";
import { useYearEndBuild as useSheetWriter } from "./useYearEndBuild";

const save = (f: DownloadFile) => downloadBytes(f.bytes, f.fileName, f.mimeType);

export function useNendo(a: { host: PaneHost; defaultYear: number }) {
  const files = useNendoFiles();
  // The workbook goes through the host: sheets in the open workbook in Excel, an .xlsx in the plain page.
  const writer = useSheetWriter(a.host);
  const [params, setParams] = useState<NendoParams>(() => initialNendoParams(a.defaultYear));
  const checked = useMemo(() => checkNendoParams(params), [params]);
  const office = useMemo(() => checkNendoOfficeForm(files.office, files.officeExtra), [files.office, files.officeExtra]);
  const master = files.master?.result;
  const read = useMemo(() => files.results.flatMap((r) => (r.read ? [r.read] : [])), [files.results]);
  const blocked = nendoBlockedReason({ master: files.master && { name: files.master.file.name, result: master }, results: files.results, office: office.office, checked });
  const view = useMemo(() => {
    if (blocked || !master || !office.office) return undefined;
    const outcome = runNendo({ masterFile: files.master!.file.name, master, results: read, office: office.office, checked });
    return nendoView({ outcome, office: office.office, year: checked.year!, employees: master.employees });
  }, [blocked, master, read, office.office, checked]);

  // A written workbook belongs to the inputs it was made from: another input, another workbook to write.
  const workbook = view?.workbook;
  useEffect(() => writer.resetBuild(), [workbook]);

  return {
    files,
    params,
    checked,
    officeProblems: office.problems,
    officeReady: office.office !== undefined,
    blocked,
    view,
    onParam: (key: NendoParamKey, value: string) => setParams((p) => ({ ...p, [key]: value })),
    onDownloadOffice: () => save({ bytes: nendoOfficeJsonText(files.office, files.officeExtra), fileName: "OFFICE.json", mimeType: "application/json" }),
    onDownloadJson: () => view?.json && save(view.json),
    writer,
    onWriteWorkbook: () => workbook && void writer.write(workbook.plan, workbook.fileName),
  };
}
