/**
 * The Excel writer against the in-memory stand-in (test/support/fakeExcel.ts): whole-range writes, a
 * number of requests that does not depend on the number of employees (until the imported values alone
 * need more than one ~2 MB request), every request well under Excel on the web's 5 MB, calculation
 * suspended, never an existing sheet overwritten without asking, a backup when chosen, and a cancel that
 * leaves no half-written sheet.
 */
import { defaultPayrollSettings } from "../../src/calc/payroll/settings";
import { columnName } from "../../src/workbook/address";
import { syntheticEmployees, syntheticVariables } from "../../bench/synthetic";
import { DEFAULT_REQUEST_BUDGET, planRequests } from "../../src/workbook/excel/sheetRequests";
import { overwriteMessage, writeWorkbook, WriteOptions } from "../../src/workbook/excel/writer";
import { collectLawInfo } from "../../src/workbook/lawInfo";
import { planWorkbook } from "../../src/workbook/plan";
import { createFakeExcel, FakeExcel, PAYLOAD_LIMIT_BYTES } from "../support/fakeExcel";
import { mapSheetReferences, renameSheetReferences } from "../support/fakeExcelReferences";

const settings = defaultPayrollSettings("2026-11");
function planFor(n: number) {
  const employees = syntheticEmployees(n);
  return planWorkbook({ employees, variables: syntheticVariables(employees), settings, lawInfo: collectLawInfo({ settings }) });
}

const never: WriteOptions["confirmOverwrite"] = async () => {
  throw new Error("confirmation asked although no sheet exists");
};

async function write(fake: FakeExcel, n: number, o: Partial<WriteOptions> = {}) {
  return writeWorkbook(planFor(n), { host: fake.host, confirmOverwrite: never, ...o });
}

describe("requests", () => {
  test.each([1, 10, 100, 1_000])("%i employees: the same number of requests, one per sheet plus 5", async (n) => {
    const fake = createFakeExcel();
    const report = await write(fake, n);
    expect(report.status).toBe("written");
    const sheets = planFor(n).sheets.length;
    // 2 looks at the existing sheets (before asking and before writing), 1 to move old sheets (none here), 1 to add the sheets, 1 per sheet, 1 to recalculate.
    expect(fake.workbook.syncs).toHaveLength(sheets + 5);
    expect(report.requests).toBe(fake.workbook.syncs.length);
  });

  test("10,000 employees: every request under the 2 MB budget and the 5 MB limit; only the imported values need more requests", async () => {
    const plan = planFor(10_000);
    const planned = planRequests(plan);
    const fake = createFakeExcel();
    const report = await writeWorkbook(plan, { host: fake.host, confirmOverwrite: never });
    expect(report.status).toBe("written");
    const largest = fake.workbook.largestRequest();
    expect(largest).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(largest).toBeLessThanOrEqual(DEFAULT_REQUEST_BUDGET);
    // Sheets of formulas and layouts take one request whatever the size; 従業員 (its values) takes a few.
    for (const p of planned.filter((x) => x.sheet !== "従業員")) expect({ sheet: p.sheet, requests: p.requests }).toEqual({ sheet: p.sheet, requests: 1 });
    expect(fake.workbook.syncs.length).toBeLessThan(plan.sheets.length + 10);
    // The writer's estimate is close to what the host measured.
    expect(report.largestRequestBytes).toBeGreaterThanOrEqual(largest * 0.8);
  }, 30_000);

  test("calculation is suspended in every request that writes, and recalculated once at the end", async () => {
    const fake = createFakeExcel();
    await write(fake, 10);
    const writes = fake.workbook.syncs.slice(2, -1); // after the two looks at the existing sheets
    expect(writes.every((s) => s.calculationSuspended)).toBe(true);
    expect(fake.workbook.calculations).toEqual(["Full"]);
  });
});

describe("what is written", () => {
  const fake = createFakeExcel();
  beforeAll(() => write(fake, 12));

  test("sheets in order after the user's own", () => {
    expect(fake.workbook.names()).toEqual(["Sheet1", "設定", "従業員", "勤怠・変動", "給与計算", "賞与計算", "給与明細", "振込一覧", "集計", "法令データ"]);
  });

  test("codes keep their zeros as text; amounts are numbers with #,##0", () => {
    const s = fake.workbook.sheet("従業員")!;
    expect(s.cell("A2")).toMatchObject({ value: "000001", numberFormat: "@" });
    expect(s.cell("I3")).toMatchObject({ value: 190_000, numberFormat: "#,##0" }); // synthetic employee 2: 月給 180,000 + 1 × 10,000
  });

  test("per-row formulas are filled: row 3 refers to row 3", () => {
    const s = fake.workbook.sheet("給与計算")!;
    expect(s.cell("AD3").formula).toBe("=P3-AA3+AB3-AC3");
    expect(s.cell("AD13").formula).toBe("=P13-AA13+AB13-AC13");
    expect(s.cell("AD14").formula).toBe("=SUM(AD2:AD13)");
  });

  test("a custom function is one formula at the top of its column", () => {
    const s = fake.workbook.sheet("給与計算")!;
    const spills = [...Array(120).keys()].map((c) => s.at(1, c).formula).filter((f) => f?.startsWith("=SONAE."));
    expect(spills.length).toBeGreaterThan(5);
    for (let c = 0; c < 120; c++) if (s.at(1, c).formula?.startsWith("=SONAE.")) expect(s.at(2, c).formula).toBeUndefined();
  });

  test("every spill range is left blank, so no custom function shows #SPILL! in Excel", () => {
    const spills = planFor(12).sheets.flatMap((sheet) => sheet.blocks.flatMap((b) => (b.kind === "spill" ? [{ sheet: sheet.name, b }] : [])));
    expect(spills.length).toBeGreaterThan(5);
    const blocked = spills.filter(({ sheet, b }) => fake.workbook.sheet(sheet)!.spillError(columnName(b.col) + (b.row + 1), b.rows, b.cols));
    expect(blocked).toEqual([]);
  });

  test("payslips: the layout copied down, page breaks, A4 portrait", () => {
    const s = fake.workbook.sheet("給与明細")!;
    // The second payslip (17 rows each) starts on row 18.
    expect(s.cell("E18").value).toBe("給与明細書");
    expect(s.cell("I18").formula).toBe("=INT((ROW()-1)/17)+1+0");
    expect(s.cell("E20").formula).toBe(`=INDEX('給与計算'!$B$2:$B$13,$I18)&" 様"`);
    expect(s.pageBreaks).toEqual([34, 68, 102, 136, 170]);
    expect(s.pageLayout).toMatchObject({ paperSize: "A4", orientation: "Portrait", printArea: "A1:H204" });
    expect([...s.hiddenColumns]).toEqual([8]);
    const payroll = fake.workbook.sheet("給与計算")!;
    const firstHelper = [...Array(120).keys()].find((c) => payroll.at(0, c).value === "賃金計算期間に在籍")!;
    expect([firstHelper - 1, firstHelper].map((c) => payroll.hiddenColumns.has(c))).toEqual([false, true]); // 差引支給額 shown, 計算用 hidden
    expect(s.formats).toContainEqual({ address: "A1:H17", property: "font.name", value: "游ゴシック" });
    expect(s.frozen).toBeUndefined();
    expect(fake.workbook.sheet("給与計算")!.frozen).toEqual({ rows: 1, cols: 2 });
    expect(fake.workbook.sheet("設定")!.frozen).toEqual({ rows: 1, cols: 0 });
  });
});

test("imported text that looks like a formula is text in Excel too", async () => {
  const fake = createFakeExcel();
  const [e] = syntheticEmployees(1);
  const plan = planWorkbook({ employees: [{ ...e, name: "=1+1", department: "-5" }], variables: [], settings, lawInfo: collectLawInfo({ settings }) });
  await writeWorkbook(plan, { host: fake.host, confirmOverwrite: never });
  const s = fake.workbook.sheet("従業員")!;
  expect(s.cell("B2")).toMatchObject({ value: "=1+1", numberFormat: "@" });
  expect(s.cell("B2").formula).toBeUndefined();
  expect(s.cell("G2")).toMatchObject({ value: "-5" });
});

describe("existing sheets are never overwritten without asking", () => {
  async function existing() {
    const fake = createFakeExcel({ sheets: ["メモ", "給与計算"] });
    await fake.host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("給与計算").getRangeByIndexes(0, 0, 1, 1).values = [["先月の手入力"]];
      await ctx.sync();
    });
    fake.workbook.syncs.length = 0;
    return fake;
  }

  test("the user is asked, with the sheet names and the warning that Excel cannot undo it", async () => {
    const fake = await existing();
    const asked: [string[], string][] = [];
    await write(fake, 3, { confirmOverwrite: async (names, message) => (asked.push([names, message]), "cancel") });
    expect(asked).toHaveLength(1);
    expect(asked[0][0]).toEqual(["給与計算"]);
    expect(asked[0][1]).toBe(overwriteMessage(["給与計算"]));
    expect(asked[0][1]).toMatch(/元に戻す/);
  });

  test("cancel: nothing changes", async () => {
    const fake = await existing();
    const report = await write(fake, 3, { confirmOverwrite: async () => "cancel" });
    expect(report.status).toBe("declined");
    expect(fake.workbook.names()).toEqual(["メモ", "給与計算"]);
    expect(fake.workbook.sheet("給与計算")!.cell("A1").value).toBe("先月の手入力");
  });

  test("backup and overwrite: the old sheet is kept under a backup name, then replaced", async () => {
    const fake = await existing();
    const report = await write(fake, 3, { confirmOverwrite: async () => "backup-and-overwrite" });
    expect(report.status).toBe("written");
    expect(report.backups).toEqual([{ sheet: "給与計算", backup: "給与計算_バックアップ" }]);
    expect(fake.workbook.sheet("給与計算_バックアップ")!.cell("A1").value).toBe("先月の手入力");
    expect(fake.workbook.sheet("給与計算")!.cell("A1").value).toBe("社員番号");
    expect(fake.workbook.names()).not.toContain("給与計算_旧");
    expect(report.message).toMatch(/バックアップ/);
  });

  test("backups survive Excel's rename and delete: their formulas refer to each other, never #REF! nor a deleted sheet", async () => {
    const fake = createFakeExcel();
    await write(fake, 3);
    const planNames = planFor(3).sheets.map((s) => s.name);
    const before = formulasOf(fake, planNames);
    const report = await write(fake, 3, { confirmOverwrite: async () => "backup-and-overwrite" });
    expect(report.backups.map((b) => b.sheet)).toEqual(planNames);
    const backups = report.backups.map((b) => b.backup);
    const after = formulasOf(fake, backups);
    expect(after.length).toBe(before.length);
    expect(after.length).toBeGreaterThan(100);
    expect(after.filter((f) => f.includes("#REF!"))).toEqual([]);
    // Every sheet a backup refers to is another backup (or the sheet itself).
    const referred = new Set<string>();
    for (const f of after) mapSheetReferences(f, (sheet) => void referred.add(sheet));
    expect(referred.size).toBeGreaterThan(1);
    for (const name of referred) expect(backups).toContain(name);
    // The formulas are the old ones, their sheet names following the renames.
    const renamed = (f: string) => report.backups.reduce((g, b) => renameSheetReferences(g, b.sheet, b.backup), f);
    expect(after).toEqual(before.map(renamed));
  });

  test("overwrite without a backup: a user's formula that referred to the old sheet reads #REF!, as the warning says", async () => {
    const fake = await existing();
    await fake.host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("メモ").getRangeByIndexes(0, 0, 1, 1).formulas = [["='給与計算'!A1"]];
    });
    await write(fake, 3, { confirmOverwrite: async () => "overwrite" });
    expect(fake.workbook.sheet("メモ")!.cell("A1").formula).toBe("=#REF!A1");
    expect(overwriteMessage(["給与計算"])).toMatch(/#REF!/);
  });

  test("overwrite: the old sheet is gone, the user's other sheets stay", async () => {
    const fake = await existing();
    const report = await write(fake, 3, { confirmOverwrite: async () => "overwrite" });
    expect(report.status).toBe("written");
    expect(fake.workbook.names()[0]).toBe("メモ");
    expect(fake.workbook.names().filter((n) => n.startsWith("給与計算"))).toEqual(["給与計算"]);
  });

  test("a sheet made while the user was asked: nothing is changed, and the run says why", async () => {
    const fake = await existing();
    const report = await write(fake, 3, {
      confirmOverwrite: async () => {
        await fake.host.run(async (ctx) => {
          ctx.workbook.worksheets.add("集計");
          await ctx.sync();
        });
        return "overwrite";
      },
    });
    expect(report.status).toBe("failed");
    expect(report.message).toMatch(/「集計」が作られたため、何も変更せずに中止/);
    expect(fake.workbook.names()).toEqual(["メモ", "給与計算", "集計"]);
    expect(fake.workbook.sheet("給与計算")!.cell("A1").value).toBe("先月の手入力");
  });

  test("a second backup gets a new name", async () => {
    const fake = await existing();
    await write(fake, 3, { confirmOverwrite: async () => "backup-and-overwrite" });
    const report = await write(fake, 3, { confirmOverwrite: async () => "backup-and-overwrite" });
    expect(report.backups.find((b) => b.sheet === "給与計算")!.backup).toBe("給与計算_バックアップ2");
  });
});

test("the sheet to start from is shown once everything is written", async () => {
  const fake = createFakeExcel();
  await write(fake, 2, { activate: "給与計算" });
  expect(fake.workbook.active().name).toBe("給与計算");
});

/** Every formula of the named sheets, sheet by sheet in cell order. */
function formulasOf(fake: FakeExcel, sheets: string[]): string[] {
  return sheets.flatMap((n) => [...fake.workbook.sheet(n)!.cells.values()].map((c) => c.formula).filter((f): f is string => f !== undefined));
}

describe("cancel or failure midway leaves no half-written sheet, and says so", () => {
  test("cancel after the first sheet: every added sheet removed, the old sheet back under its name, reported", async () => {
    const fake = createFakeExcel({ sheets: ["給与計算"] });
    const controller = new AbortController();
    const progress: string[] = [];
    const report = await write(fake, 20, {
      confirmOverwrite: async () => "overwrite",
      signal: controller.signal,
      onProgress: (p) => {
        progress.push(`${p.done}/${p.total} ${p.sheet}`);
        if (p.sheet === "設定") controller.abort();
      },
    });
    expect(report.status).toBe("cancelled");
    expect(fake.workbook.names()).toEqual(["給与計算"]);
    expect(report.restored).toEqual(["給与計算"]);
    expect(report.removed).toContain("設定");
    expect(report.written).toEqual([]);
    expect(report.message).toMatch(/中止しました。作りかけのシート/);
    expect(progress.length).toBeGreaterThan(0);
  });

  test("cancel after a backup was chosen: the old sheet has its own name again, and no backup is claimed", async () => {
    const fake = createFakeExcel({ sheets: ["給与計算"] });
    const controller = new AbortController();
    const report = await write(fake, 5, {
      confirmOverwrite: async () => "backup-and-overwrite",
      signal: controller.signal,
      onProgress: (p) => p.sheet === "設定" && controller.abort(),
    });
    expect(report.status).toBe("cancelled");
    expect(fake.workbook.names()).toEqual(["給与計算"]);
    expect(report.backups).toEqual([]);
    expect(report.message).not.toMatch(/バックアップ/);
  });

  test("a request the host refuses: the run fails, is cleaned up and reported", async () => {
    const fake = createFakeExcel({ payloadLimit: 50_000 });
    const report = await write(fake, 2_000);
    expect(report.status).toBe("failed");
    expect(String(report.error)).toMatch(/RequestPayloadSizeLimitExceeded/);
    expect(fake.workbook.names()).toEqual(["Sheet1"]);
    expect(report.message).toMatch(/エラーのため中止しました/);
  });
});
