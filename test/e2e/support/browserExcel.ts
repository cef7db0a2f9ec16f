/**
 * Browser entry (bundled by excelStub.ts with esbuild) that puts the in-memory Excel stand-in
 * (test/support/fakeExcel.ts) where office.js would put Excel: `Excel.run` writes into a FakeWorkbook the
 * test reads back with page.evaluate (window.__sonaeWorkbook). Office.context.document.settings is a
 * small in-memory store with the API the pane uses (get, set, saveAsync); Office.context.requirements
 * answers isSetSupported like an Excel with ExcelApi 1.1–1.9, the sets the stand-in models.
 */
import { createFakeExcel } from "../../support/fakeExcel";

const fake = createFakeExcel({ sheets: ["Sheet1"] });
const w = window as unknown as Record<string, any>;
w.Excel = { run: fake.host.run };
w.__sonaeWorkbook = fake.workbook;

const store = new Map<string, unknown>();
w.__sonaeSettings = store;
w.__sonaeSettingsSaves = 0;
w.Office.AsyncResultStatus = { Succeeded: "succeeded", Failed: "failed" };
/** "1.9" ≥ "1.10" is false: versions compare part by part. */
function atMost(version: string, highest: string): boolean {
  const [a, b] = [version, highest].map((v) => v.split(".").map(Number));
  return a[0] < b[0] || (a[0] === b[0] && (a[1] ?? 0) <= (b[1] ?? 0));
}

w.Office.context = {
  requirements: { isSetSupported: (name: string, version = "1.1") => name === "ExcelApi" && atMost(version, "1.9") },
  document: {
    settings: {
      get: (key: string) => (store.has(key) ? store.get(key) : null),
      set: (key: string, value: unknown) => void store.set(key, JSON.parse(JSON.stringify(value))),
      remove: (key: string) => void store.delete(key),
      saveAsync: (callback?: (r: { status: string }) => void) => {
        w.__sonaeSettingsSaves++;
        setTimeout(() => callback?.({ status: "succeeded" }), 0);
      },
    },
  },
};
