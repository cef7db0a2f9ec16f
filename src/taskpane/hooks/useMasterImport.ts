/**
 * Reading the 従業員マスタ (a file or the active sheet) and reading it again with another mapping; the
 * optional files are read again against each new master.
 */
import type { ColumnMapping, MasterField } from "../../import";
import type { MappingOrigin, MasterSource } from "../workflow/wizard";
import { MAPPING_SETTING_KEY, presetMapping, savedMappingFor } from "../workflow/mappingForm";
import { importMasterSource, rereadSideFiles, sourceName } from "../workflow/masterImport";
import { messageOf } from "../workflow/messages";
import { readFileBytes } from "../browser/download";
import type { WizardCore } from "./useWizardState";

export function useMasterImport({ host, dispatch, latest, setHostMessage }: WizardCore) {
  async function loadMaster(source: MasterSource, mapping?: ColumnMapping<MasterField>, origin: MappingOrigin = "suggested") {
    dispatch({ type: "busy", message: `「${sourceName(source)}」を読み込んでいます…` });
    try {
      let master = await importMasterSource(source, mapping);
      let used = origin;
      if (!mapping) {
        // A mapping the clerk confirmed in this workbook wins over the suggestion when the file has its columns.
        const saved = savedMappingFor(host.loadSetting(MAPPING_SETTING_KEY), master.headers);
        if (saved.problem) setHostMessage(saved.problem);
        if (saved.mapping) {
          master = await importMasterSource(source, saved.mapping);
          used = "saved";
        }
      }
      const sides = await rereadSideFiles(latest.current, master, source === latest.current.source);
      dispatch({ type: "masterLoaded", source, master, origin: used, ...sides });
    } catch (e) {
      dispatch({ type: "masterFailed", message: messageOf(e) });
    }
  }

  const failed = (e: unknown) => dispatch({ type: "masterFailed", message: messageOf(e) });

  const onFile = async (file: File) => {
    try {
      await loadMaster({ kind: "file", fileName: file.name, bytes: await readFileBytes(file) });
    } catch (e) {
      failed(e);
    }
  };

  const onReadSheet = async () => {
    dispatch({ type: "busy", message: "作業中のシートを読み込んでいます…" });
    try {
      const pasted = await host.readActiveSheetCells();
      await loadMaster({ kind: "sheet", sheetName: pasted.sheetName, cells: pasted.cells, firstRow: pasted.firstRow });
    } catch (e) {
      failed(e);
    }
  };

  const remap = (mapping: ColumnMapping<MasterField>, origin: MappingOrigin) => {
    const source = latest.current.source;
    if (source) void loadMaster(source, mapping, origin);
  };

  const onPreset = (id: string) => {
    const source = latest.current.source;
    if (!source) return;
    const mapping = presetMapping(id);
    if (id === "auto") void loadMaster(source, undefined);
    else if (mapping) remap(mapping, "preset");
  };

  return { onFile, onReadSheet, remap, onPreset };
}
