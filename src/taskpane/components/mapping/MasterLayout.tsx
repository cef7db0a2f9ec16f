/** The master's layout in the 列の対応付け step: the preset found, fields from several columns, no header row, a row filter, the export. */
import { Subtitle2 } from "@fluentui/react-components";
import { PresetNotice, type PresetNoticeProps } from "./PresetNotice";
import { FieldColumnsList, type FieldColumnsLineView } from "./FieldColumnsList";
import { FileLayoutFields, type FileLayoutFieldsProps } from "./FileLayoutFields";
import { MappingExportButton } from "./MappingExportButton";

export interface MasterLayoutProps {
  preset: Omit<PresetNoticeProps, "busy">;
  combined: FieldColumnsLineView[];
  onCombined: (field: string, columns: string[]) => void;
  layout: Omit<FileLayoutFieldsProps, "what" | "busy">;
  onExport: () => void;
}

export function PresetSection(p: { layout: MasterLayoutProps; busy?: boolean }) {
  return <PresetNotice {...p.layout.preset} busy={p.busy} />;
}

export function MasterLayout(p: { layout: MasterLayoutProps; busy?: boolean }) {
  const l = p.layout;
  return (
    <>
      <Subtitle2 as="h3">複数の列から作る項目</Subtitle2>
      <FieldColumnsList label="複数の列から作る項目" lines={l.combined} options={l.layout.options} busy={p.busy} onChange={l.onCombined} />
      <Subtitle2 as="h3">ファイルの形</Subtitle2>
      <FileLayoutFields what="従業員マスタ" {...l.layout} busy={p.busy} />
      <MappingExportButton option="--mapping" busy={p.busy} onExport={l.onExport} />
    </>
  );
}
