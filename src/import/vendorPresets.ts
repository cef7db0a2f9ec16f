/**
 * Every vendor preset (see vendorPreset.ts for what a preset is), by the import it serves, and the name the clerk
 * is shown for the one that mapped a file.
 */
import { BANK_VENDORS } from "./vendors/bankPresets";
import { MASTER_VENDORS } from "./vendors/masterPresets";
import { RESULTS_VENDORS, VARIABLES_VENDORS } from "./vendors/monthlyPresets";

export type { VendorPreset } from "./vendorPreset";
export { recognisedPreset, vendorMapping } from "./vendorPreset";
export { BANK_PAYEE_LIST, BANK_VENDORS } from "./vendors/bankPresets";
export { JOBCAN_EMPLOYEES, MASTER_VENDORS, MONEYFORWARD_EMPLOYEES, SMARTHR_EMPLOYEES, YAYOI_EMPLOYEES } from "./vendors/masterPresets";
export { FREEE_WAGE_LEDGER, KOT_MONTHLY, RESULTS_VENDORS, VARIABLES_VENDORS, YAYOI_PAYSLIPS } from "./vendors/monthlyPresets";

export const VENDOR_PRESETS = [...MASTER_VENDORS, ...VARIABLES_VENDORS, ...RESULTS_VENDORS, ...BANK_VENDORS] as const;

/** The name shown for a preset id ("KING OF TIME 月別データ"), or undefined. */
export function vendorPresetName(id: string | undefined): string | undefined {
  return VENDOR_PRESETS.find((p) => p.id === id)?.name;
}
