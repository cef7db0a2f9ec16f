/**
 * The same 社員番号 in files from different places: a bank file keeps 顧客コード1 without the leading zeros of
 * "0001", and a spreadsheet may have dropped them, so an all-digit 社員番号 is compared as a number. Other ids
 * ("A-12") are compared as written.
 * @example employeeIdKey("0001") // "1"
 */
export function employeeIdKey(id: string): string {
  return /^\d+$/.test(id) ? id.replace(/^0+(?=\d)/, "") : id;
}
