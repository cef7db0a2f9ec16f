/// <reference types="office-js" />
/**
 * The real Excel host for the task pane: `Excel.run` seen through the writer's structural types. The
 * assignments below make the compiler check that Excel's objects really have what excelApi.ts declares.
 */
import { XlHost, XlRange, XlRequestContext, XlWorksheet } from "./excelApi";

export const officeHost: XlHost = {
  run: <T>(batch: (context: XlRequestContext) => Promise<T>) => Excel.run((context) => batch(context)),
};

// Compile-time checks (never called): Excel's types must satisfy the structural ones.
export function _typeCheck(context: Excel.RequestContext, sheet: Excel.Worksheet, range: Excel.Range): [XlRequestContext, XlWorksheet, XlRange] {
  return [context, sheet, range];
}
