/**
 * The clerk's law table (法令データを追加): the workbook, its formulas and the look-ahead use it, and the
 * settings are checked against it (a month past the built-in data is fine when the table covers it).
 */
import { useEffect, useMemo, useState } from "react";
import type { LawContext } from "../../calc/law/lawContext";
import { LawFileState, lawOf, readLawFile } from "../workflow/lawFile";
import { lawHorizonWarnings } from "../workflow/lawHorizon";
import { SettingsForm, validateSettingsForm } from "../workflow/settingsForm";
import { readFileBytes } from "../browser/download";

export function useLawTable(onLawChange?: (law: LawContext) => void) {
  const [lawFile, setLawFile] = useState<LawFileState>({ status: "none" });
  const law = lawOf(lawFile);
  useEffect(() => onLawChange?.(law), [onLawChange, law]);
  return {
    lawFile,
    law,
    onLawFile: async (file: File) => setLawFile(readLawFile(file.name, await readFileBytes(file))),
    onLawClear: () => setLawFile({ status: "none" }),
  };
}

/** The settings as typed, checked; with the warnings of a month the law data does not reach. */
export function useSettingsCheck(form: SettingsForm, law: LawContext) {
  return useMemo(() => {
    const check = validateSettingsForm(form);
    return check.settings ? { ...check, warnings: [...check.warnings, ...lawHorizonWarnings({ settings: check.settings, law })] } : check;
  }, [form, law]);
}
