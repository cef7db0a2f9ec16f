/**
 * How the 勤怠・変動 file is read, under its status: the preset found, the 時間の表記 with the values as read, the
 * columns of each item (several are added up), no header row, a row filter, and the export for the command line.
 */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, makeStyles, tokens } from "@fluentui/react-components";
import { PresetNotice, type PresetNoticeProps } from "../mapping/PresetNotice";
import { FieldColumnsList, type FieldColumnsLineView } from "../mapping/FieldColumnsList";
import { FileLayoutFields, type FileLayoutFieldsProps } from "../mapping/FileLayoutFields";
import { MappingExportButton } from "../mapping/MappingExportButton";
import { HoursNotationField, type HoursNotationProps } from "./HoursNotationField";

export interface VariablesLayoutProps {
  preset: Omit<PresetNoticeProps, "busy">;
  hours: HoursNotationProps;
  fields: FieldColumnsLineView[];
  onFieldColumns: (field: string, columns: string[]) => void;
  layout: Omit<FileLayoutFieldsProps, "what" | "busy">;
  onExport: () => void;
  busy?: boolean;
}

const useStyles = makeStyles({ root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS }, panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS } });

export function VariablesLayout(p: VariablesLayoutProps) {
  const s = useStyles();
  return (
    <div className={s.root} data-testid="variables-layout">
      <PresetNotice {...p.preset} busy={p.busy} />
      <HoursNotationField {...p.hours} busy={p.busy} />
      <Accordion collapsible>
        <AccordionItem value="columns">
          <AccordionHeader>勤怠の列の対応付け</AccordionHeader>
          <AccordionPanel className={s.panel}>
            <FieldColumnsList label="勤怠の項目に使う列" lines={p.fields} options={p.layout.options} busy={p.busy} onChange={p.onFieldColumns} />
            <FileLayoutFields what="勤怠・変動のファイル" {...p.layout} busy={p.busy} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      <MappingExportButton option="--variables-mapping" busy={p.busy} onExport={p.onExport} />
    </div>
  );
}
