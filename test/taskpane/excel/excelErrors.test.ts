/**
 * Every Excel error the pane can show is Japanese, with Excel's code kept for support; the pane checks the
 * ExcelApi set before writing; and after writing it shows 給与計算. Through the glue, against the in-memory
 * stand-in (test/support/fakeExcel.ts), whose errors carry Excel's codes.
 */
import { defaultPayrollSettings } from "../../../src/calc/payroll/settings";
import { readActiveSheetCells, readSheetValues, writePlanToExcel } from "../../../src/taskpane/excel/excelGlue";
import { ExcelFailure, excelErrorMessage } from "../../../src/taskpane/excel/excelErrors";
import { EXCEL_API_VERSION, missingExcelFeatures } from "../../../src/taskpane/excel/requirements";
import { syntheticEmployees, syntheticVariables } from "../../../bench/synthetic";
import { collectLawInfo } from "../../../src/workbook/lawInfo";
import { planWorkbook } from "../../../src/workbook/plan";
import { createFakeExcel, FakeExcel, FakeExcelError } from "../../support/fakeExcel";

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

function install(fake: FakeExcel, excelApi = true) {
  (globalThis as any).Excel = { run: fake.host.run };
  (globalThis as any).Office = { context: { requirements: { isSetSupported: (name: string, v: string) => name === "ExcelApi" && excelApi && Number(v) <= 1.9 } } };
}

afterEach(() => {
  delete (globalThis as any).Excel;
  delete (globalThis as any).Office;
});

describe("excelErrorMessage: Japanese words, Excel's code kept", () => {
  const codes = [
    "PropertyNotLoaded", "InvalidArgument", "ItemNotFound", "ItemAlreadyExists", "InvalidOperationInCellEditMode", "AccessDenied",
    "RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded", "GeneralException", "InvalidObjectPath", "ApiNotFound",
  ];
  test.each(codes)("%s", (code) => {
    const message = excelErrorMessage(new FakeExcelError(code, "The property 'x' is not available."));
    expect(message).toMatch(JAPANESE);
    expect(message).toContain(`（Excel のエラーコード: ${code}）`);
    expect(message).not.toMatch(/is not available/);
  });

  test("a code we have no words for still says what to do, in Japanese, with the code", () => {
    expect(excelErrorMessage({ code: "SomethingNew", message: "English" })).toBe(
      "Excel でエラーが起きました。もう一度実行し、続く場合はこのエラーコードをサポートにお伝えください。（Excel のエラーコード: SomethingNew）",
    );
  });

  test("an error of our own is shown as it is", () => {
    expect(excelErrorMessage(new Error("シート「貼り付け」は空です。"))).toBe("シート「貼り付け」は空です。");
  });
});

describe("reading through the glue", () => {
  test("a missing sheet is undefined: getItemOrNullObject, sync, isNullObject without load (the documented pattern)", async () => {
    const fake = createFakeExcel({ sheets: ["メモ"] });
    install(fake);
    await expect(readSheetValues("給与計算")).resolves.toBeUndefined();
  });

  test("an Excel error while reading reaches the pane in Japanese, its code kept", async () => {
    install(createFakeExcel({ sheets: [] }));
    const failure = await readActiveSheetCells().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ExcelFailure);
    expect((failure as ExcelFailure).code).toBe("ItemNotFound");
    expect((failure as Error).message).toMatch(/^対象のシートなどが見つかりませんでした.*（Excel のエラーコード: ItemNotFound）$/);
  });
});

describe("writing through the glue", () => {
  const settings = defaultPayrollSettings("2026-11");
  const employees = syntheticEmployees(2);
  const plan = () => planWorkbook({ employees, variables: syntheticVariables(employees), settings, lawInfo: collectLawInfo({ settings }) });
  const never = async (): Promise<never> => {
    throw new Error("no sheet exists: nothing to confirm");
  };

  test(`an Excel without ExcelApi ${EXCEL_API_VERSION}: nothing is written, and the user is told what is missing`, async () => {
    const fake = createFakeExcel();
    install(fake, false);
    expect(missingExcelFeatures()).toMatch(new RegExp(`Excel JavaScript API ${EXCEL_API_VERSION}`));
    await expect(writePlanToExcel(plan(), { confirmOverwrite: never })).rejects.toThrow(/この Excel ではブックを作成できません/);
    expect(fake.workbook.syncs).toHaveLength(0);
  });

  test("written: 給与計算 is the sheet the user sees", async () => {
    const fake = createFakeExcel();
    install(fake);
    const report = await writePlanToExcel(plan(), { confirmOverwrite: never });
    expect(report.status).toBe("written");
    expect(fake.workbook.active().name).toBe("給与計算");
  });

  test("a request Excel refuses: the report says why in Japanese, with the code", async () => {
    const fake = createFakeExcel({ payloadLimit: 20_000 });
    install(fake);
    const report = await writePlanToExcel(plan(), { confirmOverwrite: never });
    expect(report.status).toBe("failed");
    expect(report.message).toContain("一度に書き込むデータが Excel の上限（5 MB）を超えました。（Excel のエラーコード: RequestPayloadSizeLimitExceeded）");
    expect(report.message).not.toMatch(/payload size/);
  });
});
