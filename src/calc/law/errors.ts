/** CalcError and its makers live in the shared vocabulary; this path stays for the many modules that name it. */
export { CalcError, invalid, noData, notApplicable, show } from "../vocabulary/errors";
export type { ErrorCode, Refusal } from "../vocabulary/errors";
