/** Workbook plan for 10,000 employees (target < 1 s), and its write to the in-memory Excel stand-in: sync calls and the largest request. */
import { benchPlan, benchWorkbook, formatWorkbookBench } from "./workbookPlan";
import { createFakeExcel } from "../test/support/fakeExcel";

export async function run(): Promise<void> {
  benchPlan(1_000); // warm up
  const { host, workbook } = createFakeExcel();
  const r = await benchWorkbook({ host, measure: () => ({ syncs: workbook.syncs.length, largestRequestBytes: workbook.largestRequest() }) });
  for (const line of formatWorkbookBench(r)) console.log(line);
}
