/**
 * A small, honest in-memory stand-in of the Excel JavaScript API: exactly the part the workbook writer uses
 * (src/workbook/excel/excelApi.ts), with the behaviours that matter for it modelled after Microsoft's
 * documentation (test/support/fakeExcel.test.ts checks each one and cites its page):
 *
 * - Proxy objects: setting a property or calling a method only queues an operation; the workbook changes at
 *   `context.sync()`, in queue order. Reading a property that was not loaded and synced throws
 *   PropertyNotLoaded (OfficeExtension.ErrorCodes.propertyNotLoaded).
 *   https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-core-concepts
 * - A request (the operations queued between two syncs) larger than 5 MB fails as a whole with
 *   RequestPayloadSizeLimitExceeded, as in Excel on the web ("Excel on the web has a payload size limit
 *   for requests and responses of 5MB").
 *   https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
 *   The size is measured as the UTF-8 bytes of the JSON of the queued operations.
 * - Range.values: "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel
 *   interprets this value as a formula" — unless the cell's number format is text "@"; a numeric string
 *   written to a non-text cell becomes a number (leading zeros are lost), as when typed.
 *   https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member
 * - A null in a values / formulas / numberFormat array leaves that cell unchanged (the Range.numberFormat
 *   example sets values and formulas with nulls on the same grid); an array whose size differs from the
 *   range fails with InvalidArgument — except a single value, which applies to every cell as with
 *   Ctrl+Enter, a formula's relative references moving cell by cell ("Single input copy", Excel JavaScript
 *   API programming notes in OfficeDev/office-js-docs).
 * - Range.autoFill(destination, "FillCopy") repeats the range's cells and formats over the destination,
 *   which must extend it downwards, relative references moving with each copy ("FillCopy: Populates the
 *   adjacent cells with the selected value", Excel.AutoFillType; Excel's "Copy Cells").
 * - A response (what the loads of a request return) larger than 5 MB fails with
 *   ResponsePayloadSizeLimitExceeded (same page: "requests and responses"), measured the same way.
 * - worksheets.add with an existing name: ItemAlreadyExists; getItem of a missing sheet: ItemNotFound;
 *   getItemOrNullObject and getUsedRangeOrNullObject: isNullObject is readable after the next sync,
 *   with or without load (the page's own example reads it right after `await context.sync()`); every
 *   other property still needs load.
 *   https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
 *   https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties
 * - Sheet names: at most 31 characters, none of : \ / ? * [ ] (Excel's rule for worksheet names).
 * - Renaming a sheet rewrites every reference to it in every formula of the workbook; deleting a sheet
 *   turns them into #REF!; a copy refers to the same sheets as its original (fakeExcelReferences.ts).
 * - FakeSheet.spillError: #SPILL! when the spill range of a dynamic array is not blank.
 * - worksheet.activate() makes the sheet the active one.
 * - application.suspendApiCalculationUntilNextSync() lasts until the next sync ("Suspends calculation until
 *   the next context.sync() is called").
 * - Reading what a user pasted (the task pane's src/taskpane/excel/excelGlue.ts):
 *   worksheets.getActiveWorksheet() ("Gets the currently active worksheet in the workbook"; a new workbook's
 *   first sheet until worksheet.activate()); worksheet.getUsedRangeOrNullObject(valuesOnly) ("the smallest
 *   range that encompasses any cells that have a value or formatting assigned to them… If the entire worksheet
 *   is blank… isNullObject… true"; valuesOnly "Considers only cells with values as used cells");
 *   range.load("values, text, numberFormat, formulas, address, rowIndex, columnIndex, rowCount, columnCount"):
 *   a snapshot taken when the load runs at sync, each property readable only if it was loaded. `values` of an
 *   empty cell is "" ("Empty strings in responses indicate cells contain no data"); `text` is the value as
 *   Excel displays it through the cell's number format ("Text values of the specified range") — 12 under
 *   "0000" is "0012", a date serial under "yyyy/m/d" is "1985/4/1". Only the number formats in
 *   `formatNumber` (fakeExcelText.ts) are rendered; any other throws, naming the format, rather than guess.
 *   https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-getactiveworksheet-member(1)
 *   https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrangeornullobject-member(1)
 *   https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-text-member
 *   https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values
 *
 * It does not calculate: a formula cell keeps its formula and no value, and loading the values or text of a
 * range with a formula fails (the stand-in cannot know them). Formulas are evaluated by
 * test/support/referenceEvaluator.ts in the tests that need figures.
 */
import type {
  XlConditionalFormat, XlHost, XlPageLayout, XlRange, XlRangeBorder, XlRangeFormat, XlRequestContext, XlWorksheet, XlWorksheetCollection,
} from "../../src/workbook/excel/excelApi";
// Excel's relative-reference rule (tested on its own in test/workbook/relative.test.ts).
import { shiftFormula } from "../../src/workbook/relative";
import { deleteSheetReferences, renameSheetReferences } from "./fakeExcelReferences";
import { displayText } from "./fakeExcelText";

export { formatNumber } from "./fakeExcelText";

export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = "RichApi.Error";
  }
}

/**
 * A cell: its value, its formula ("=…", or undefined) and its number format. A formula copied from another
 * cell (single input copy, AutoFill) keeps the original and its offset, and moves its references when read.
 */
export class FakeCell {
  value: string | number | boolean | null = null;
  numberFormat = "General";
  private source?: { formula: string; rows: number; cols: number };

  get formula(): string | undefined {
    return this.source && shiftFormula(this.source.formula, this.source.rows, this.source.cols);
  }

  set formula(f: string | undefined) {
    this.source = f === undefined ? undefined : { formula: f, rows: 0, cols: 0 };
  }

  /** This cell's formula is `formula` moved by (rows, cols). */
  copyOf(formula: string, rows: number, cols: number) {
    this.source = { formula, rows, cols };
  }

  /** Rewrite the formula's text (a sheet renamed or deleted); its offset stays. */
  rewrite(f: (formula: string) => string) {
    if (this.source) this.source = { ...this.source, formula: f(this.source.formula) };
  }

  clone(rows = 0): FakeCell {
    const c = new FakeCell();
    c.value = this.value;
    c.numberFormat = this.numberFormat;
    if (this.source) c.source = { ...this.source, rows: this.source.rows + rows };
    return c;
  }
}

const KEY_WIDTH = 1 << 14;
const cellKey = (row: number, col: number) => row * KEY_WIDTH + col;

export interface FakeConditionalFormat {
  address: string;
  type: string;
  fill?: string;
  fontColor?: string;
  formula?: string;
}

export class FakeSheet {
  /** Cells by row × 16,384 + column (zero-based). */
  readonly cells = new Map<number, FakeCell>();
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  /** Every format property set, in order: { address, property, value }. */
  readonly formats: { address: string; property: string; value: unknown }[] = [];
  readonly conditionalFormats: FakeConditionalFormat[] = [];
  readonly pageBreaks: number[] = [];
  readonly pageLayout: Record<string, unknown> = {};
  frozen?: { rows: number; cols: number };
  tabColor = "";

  constructor(
    readonly id: number,
    public name: string,
  ) {}

  /** The cell at an A1 address (an empty cell if never written). */
  cell(a1: string): FakeCell {
    const a = parseAddress(a1);
    return this.cells.get(cellKey(a.row, a.col)) ?? new FakeCell();
  }

  at(row: number, col: number): FakeCell {
    return this.cells.get(cellKey(row, col)) ?? new FakeCell();
  }

  /**
   * What Excel shows in the anchor of a dynamic-array formula whose result is rows × cols: "#SPILL!" when
   * any other cell of that spill range holds a value or a formula ("#SPILL! … the spill range isn't blank";
   * Dynamic array formulas and spilled array behavior,
   * https://support.microsoft.com/office/205c6b06-03ba-4151-89a1-87a7eb36e531), else undefined. The
   * stand-in does not calculate, so the caller gives the result's size.
   */
  spillError(anchorA1: string, rows: number, cols: number): "#SPILL!" | undefined {
    const a = parseAddress(anchorA1);
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const cell = this.cells.get(cellKey(a.row + r, a.col + c));
        const used = cell && ((cell.value !== null && cell.value !== "") || cell.formula !== undefined);
        if (used && (r > 0 || c > 0)) return "#SPILL!";
      }
    }
    return undefined;
  }

  copyFrom(other: FakeSheet) {
    for (const [k, v] of other.cells) this.cells.set(k, v.clone());
    for (const [k, v] of other.columnWidths) this.columnWidths.set(k, v);
    for (const [k, v] of other.rowHeights) this.rowHeights.set(k, v);
    for (const c of other.hiddenColumns) this.hiddenColumns.add(c);
    this.formats.push(...other.formats.map((f) => ({ ...f })));
    this.conditionalFormats.push(...other.conditionalFormats.map((f) => ({ ...f })));
    this.pageBreaks.push(...other.pageBreaks);
    Object.assign(this.pageLayout, other.pageLayout);
    this.frozen = other.frozen && { ...other.frozen };
  }
}

export interface SyncRecord {
  /** UTF-8 bytes of the JSON of the operations sent in this request. */
  bytes: number;
  operations: number;
  calculationSuspended: boolean;
  /** Sheets touched by the request's operations. */
  sheets: string[];
  /** UTF-8 bytes of the JSON of what the request's loads returned. */
  responseBytes?: number;
  /** The error code when Excel refused the response (its loads are not readable). */
  refused?: string;
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly syncs: SyncRecord[] = [];
  calculations: string[] = [];
  private nextId = 1;
  private activeSheet?: FakeSheet;

  constructor(readonly payloadLimit = PAYLOAD_LIMIT_BYTES) {}

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  names(): string[] {
    return this.sheets.map((s) => s.name);
  }

  addSheet(name: string): FakeSheet {
    checkName(name);
    if (this.sheet(name)) throw new FakeExcelError("ItemAlreadyExists", `The resource with the name or ID '${name}' already exists.`);
    const s = new FakeSheet(this.nextId++, name);
    this.sheets.push(s);
    return s;
  }

  /** The sheet the user is on: the one last activated, else the first (a new workbook opens on its first sheet). */
  active(): FakeSheet {
    if (this.activeSheet && this.sheets.includes(this.activeSheet)) return this.activeSheet;
    if (this.sheets.length === 0) throw new FakeExcelError("ItemNotFound", "The workbook has no worksheet.");
    return this.sheets[0];
  }

  activate(sheet: FakeSheet) {
    this.activeSheet = sheet;
  }

  /** Rename a sheet: every formula of the workbook that refers to it follows (fakeExcelReferences.ts). */
  renameSheet(sheet: FakeSheet, name: string) {
    checkName(name);
    const other = this.sheet(name);
    if (other && other !== sheet) throw new FakeExcelError("ItemAlreadyExists", `The resource with the name '${name}' already exists.`);
    const from = sheet.name;
    sheet.name = name;
    if (from !== name) this.rewriteFormulas((f) => renameSheetReferences(f, from, name));
  }

  /** Delete a sheet: every formula that referred to it now reads #REF!. */
  deleteSheet(sheet: FakeSheet) {
    if (this.sheets.length === 1) throw new FakeExcelError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.rewriteFormulas((f) => deleteSheetReferences(f, sheet.name));
  }

  private rewriteFormulas(f: (formula: string) => string) {
    for (const s of this.sheets) {
      for (const cell of s.cells.values()) cell.rewrite(f);
      for (const cf of s.conditionalFormats) if (cf.formula) cf.formula = f(cf.formula);
    }
  }

  largestRequest(): number {
    return this.syncs.reduce((m, s) => Math.max(m, s.bytes), 0);
  }
}

function checkName(name: string) {
  if (name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name)) {
    throw new FakeExcelError("InvalidArgument", `The worksheet name '${name}' is not valid: 1–31 characters, none of : \\ / ? * [ ].`);
  }
}

function columnName(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function address(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

function rangeAddress(row: number, col: number, rows: number, cols: number): string {
  return rows === 1 && cols === 1 ? address(row, col) : `${address(row, col)}:${address(row + rows - 1, col + cols - 1)}`;
}

function parseAddress(a1: string): { row: number; col: number; rows: number; cols: number } {
  const [first, last = first] = a1.replace(/^.*!/, "").split(":");
  const p = (s: string) => {
    const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(s.toUpperCase());
    if (!m) throw new FakeExcelError("InvalidArgument", `bad address ${a1}`);
    let c = 0;
    for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64;
    return { row: Number(m[2]) - 1, col: c - 1 };
  };
  const a = p(first);
  const b = p(last);
  return { row: a.row, col: a.col, rows: b.row - a.row + 1, cols: b.col - a.col + 1 };
}

const NUMERIC = /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i;

interface Operation {
  /** What is sent to Excel (its JSON size counts). */
  wire: unknown;
  sheetName?: () => string | undefined;
  run(): void;
}

class NotLoaded {}
const NOT_LOADED = new NotLoaded();

function notLoaded(prop: string): never {
  throw new FakeExcelError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

class Context implements XlRequestContext {
  readonly queue: Operation[] = [];
  suspended = false;
  readonly workbook: { worksheets: WorksheetsProxy };
  readonly application: XlRequestContext["application"];

  constructor(readonly book: FakeWorkbook) {
    this.workbook = { worksheets: new WorksheetsProxy(this) };
    this.application = {
      suspendApiCalculationUntilNextSync: () => {
        this.queue.push({ wire: { m: "application.suspendApiCalculationUntilNextSync" }, run: () => (this.suspended = true) });
      },
      calculate: (type) => {
        this.queue.push({ wire: { m: "application.calculate", a: [type] }, run: () => this.book.calculations.push(type) });
      },
    };
  }

  /** What the loads of the running request send back (its JSON size counts against the response limit). */
  private responses: unknown[] = [];

  respond(loaded: unknown) {
    this.responses.push(loaded);
  }

  async sync(): Promise<void> {
    const ops = this.queue.splice(0, this.queue.length);
    this.responses = [];
    const bytes = new TextEncoder().encode(JSON.stringify(ops.map((o) => o.wire))).length;
    if (bytes > this.book.payloadLimit) {
      this.suspended = false;
      throw new FakeExcelError("RequestPayloadSizeLimitExceeded", `The request payload size (${bytes} bytes) has exceeded the limit.`);
    }
    const record: SyncRecord = { bytes, operations: ops.length, calculationSuspended: false, sheets: [] };
    this.book.syncs.push(record);
    const touched = new Set<string>();
    try {
      for (const op of ops) {
        op.run();
        const name = op.sheetName?.();
        if (name) touched.add(name);
      }
    } finally {
      record.calculationSuspended = this.suspended;
      record.sheets = [...touched];
      this.suspended = false;
    }
    record.responseBytes = new TextEncoder().encode(JSON.stringify(this.responses)).length;
    if (record.responseBytes > this.book.payloadLimit) {
      record.refused = "ResponsePayloadSizeLimitExceeded";
      throw new FakeExcelError("ResponsePayloadSizeLimitExceeded", `The response payload size (${record.responseBytes} bytes) has exceeded the limit.`);
    }
  }
}

class WorksheetsProxy implements XlWorksheetCollection {
  private loadedItems: WorksheetProxy[] | NotLoaded = NOT_LOADED;

  constructor(private readonly ctx: Context) {}

  get items(): XlWorksheet[] {
    if (this.loadedItems instanceof NotLoaded) notLoaded("items");
    return this.loadedItems;
  }

  load(_propertyNames?: string | string[]): unknown {
    this.ctx.queue.push({
      wire: { m: "worksheets.load", a: ["items/name"] },
      run: () => {
        this.loadedItems = this.ctx.book.sheets.map((s) => {
          const p = new WorksheetProxy(this.ctx, () => s, `worksheets[${s.id}]`);
          p.setLoaded(s);
          return p;
        });
      },
    });
    return this;
  }

  add(name?: string): XlWorksheet {
    let created: FakeSheet | undefined;
    const proxy = new WorksheetProxy(this.ctx, () => created!, `worksheets.add(${name})`);
    this.ctx.queue.push({
      wire: { m: "worksheets.add", a: [name] },
      sheetName: () => created?.name,
      run: () => {
        created = this.ctx.book.addSheet(name ?? `Sheet${this.ctx.book.sheets.length + 1}`);
      },
    });
    return proxy;
  }

  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => {
      const s = this.ctx.book.sheet(key);
      if (!s) throw new FakeExcelError("ItemNotFound", `The requested resource '${key}' doesn't exist.`);
      return s;
    }, `worksheets.getItem(${key})`);
  }

  /** A sheet or a null object; isNullObject is readable after the next sync, without load (the documented pattern). */
  getItemOrNullObject(key: string): WorksheetProxy {
    const proxy = new WorksheetProxy(this.ctx, () => this.ctx.book.sheet(key) ?? null, `worksheets.getItemOrNullObject(${key})`);
    proxy.answerIsNullObjectAtSync();
    return proxy;
  }

  /** The sheet the user is on, resolved when the first operation on it runs. */
  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.ctx.book.active(), "worksheets.getActiveWorksheet()");
  }
}

class WorksheetProxy implements XlWorksheet {
  private resolved: FakeSheet | null | undefined;
  private loaded: { name: string; isNullObject: boolean } | NotLoaded = NOT_LOADED;
  private nullAfterSync?: boolean;
  readonly freezePanes: XlWorksheet["freezePanes"];
  readonly pageLayout: XlPageLayout;
  readonly horizontalPageBreaks: XlWorksheet["horizontalPageBreaks"];

  constructor(
    readonly ctx: Context,
    private readonly resolver: () => FakeSheet | null,
    readonly path: string,
  ) {
    this.freezePanes = {
      freezeAt: (a1: string) => {
        this.op({ m: "freezePanes.freezeAt", a: [a1] }, (s) => {
          const a = parseAddress(a1);
          s.frozen = { rows: a.row + a.rows, cols: a.col + a.cols };
        });
      },
      freezeRows: (count: number) => this.op({ m: "freezePanes.freezeRows", a: [count] }, (s) => (s.frozen = { rows: count, cols: 0 })),
      freezeColumns: (count: number) => this.op({ m: "freezePanes.freezeColumns", a: [count] }, (s) => (s.frozen = { rows: 0, cols: count })),
    };
    this.horizontalPageBreaks = {
      add: (a1: string) => {
        this.op({ m: "horizontalPageBreaks.add", a: [a1] }, (s) => s.pageBreaks.push(parseAddress(a1).row));
        return {};
      },
    };
    this.pageLayout = this.pageLayoutProxy();
  }

  /** The sheet, resolved once when the first operation on it runs (as Excel resolves object paths). */
  sheet(): FakeSheet {
    if (this.resolved === undefined) this.resolved = this.resolver();
    // "You must call context.sync() before reading the isNullObject property" (OfficeExtension.ClientObject):
    // once a request has resolved this proxy, isNullObject is known.
    this.nullAfterSync = this.resolved === null;
    if (this.resolved === null) throw new FakeExcelError("InvalidObjectPath", `${this.path} is a null object.`);
    return this.resolved;
  }

  setLoaded(s: FakeSheet | null) {
    this.resolved = s;
    this.loaded = { name: s?.name ?? "", isNullObject: s === null };
  }

  op(wire: object, run: (s: FakeSheet) => void) {
    this.ctx.queue.push({ wire: { o: this.path, ...wire }, sheetName: () => this.resolved?.name, run: () => run(this.sheet()) });
  }

  get name(): string {
    if (this.loaded instanceof NotLoaded) notLoaded("name");
    return this.loaded.name;
  }

  set name(value: string) {
    this.op({ p: "name", v: value }, (s) => this.ctx.book.renameSheet(s, value));
  }

  get isNullObject(): boolean {
    if (!(this.loaded instanceof NotLoaded)) return this.loaded.isNullObject;
    if (this.nullAfterSync === undefined) notLoaded("isNullObject");
    return this.nullAfterSync;
  }

  /**
   * An *OrNullObject proxy: Excel answers isNullObject with the next sync, no load needed ("*OrNullObject
   * methods and properties": getItemOrNullObject, await context.sync(), then `if (sheet.isNullObject)`).
   */
  answerIsNullObjectAtSync() {
    this.ctx.queue.push({
      wire: { o: this.path, p: "isNullObject" },
      run: () => {
        if (this.resolved === undefined) this.resolved = this.resolver();
        this.nullAfterSync = this.resolved === null;
      },
    });
  }

  get tabColor(): string {
    return notLoaded("tabColor");
  }

  set tabColor(value: string) {
    this.op({ p: "tabColor", v: value }, (s) => (s.tabColor = value));
  }

  /** load("name") or load() makes the name readable after sync; loading another property does not. */
  load(propertyNames?: string | string[]): unknown {
    const names = propertyNames === undefined ? ["name"] : (Array.isArray(propertyNames) ? propertyNames : propertyNames.split(",")).map((n) => n.trim());
    for (const n of names) if (n !== "name" && n !== "isNullObject") throw new Error(`fakeExcel: loading Worksheet.${n} is not modelled (only name, isNullObject)`);
    this.ctx.queue.push({
      wire: { o: this.path, m: "load", a: names },
      run: () => {
        if (this.resolved === undefined) this.resolved = this.resolver();
        this.nullAfterSync = this.resolved === null;
        if (names.includes("name")) this.setLoaded(this.resolved);
      },
    });
    return this;
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    return new RangeProxy(this, row, col, rows, cols);
  }

  /**
   * The bounding box of the used cells, or a null object when there are none. With valuesOnly, a used cell
   * holds a value or a formula; without, a number format other than General or a recorded format counts too.
   */
  getUsedRangeOrNullObject(valuesOnly = false): UsedRangeProxy {
    return new UsedRangeProxy(this, valuesOnly);
  }

  /** Make this the active sheet (Worksheet.activate). */
  activate(): void {
    this.op({ m: "activate" }, (s) => this.ctx.book.activate(s));
  }

  copy(position: "None" | "Before" | "After" | "Beginning" | "End" = "None"): XlWorksheet {
    let created: FakeSheet | undefined;
    const proxy = new WorksheetProxy(this.ctx, () => created!, `${this.path}.copy()`);
    this.op({ m: "copy", a: [position] }, (s) => {
      let n = 2;
      while (this.ctx.book.sheet(`${s.name} (${n})`)) n++;
      const name = `${s.name} (${n})`.length <= 31 ? `${s.name} (${n})` : `Sheet${this.ctx.book.sheets.length + 1}`;
      created = this.ctx.book.addSheet(name);
      created.copyFrom(s);
      const book = this.ctx.book.sheets;
      book.splice(book.indexOf(created), 1);
      if (position === "End" || position === "None") book.push(created);
      else if (position === "Beginning") book.unshift(created);
      else book.splice(book.indexOf(s) + (position === "After" ? 1 : 0), 0, created);
    });
    return proxy;
  }

  delete(): void {
    this.op({ m: "delete" }, (s) => this.ctx.book.deleteSheet(s));
  }

  private pageLayoutProxy(): XlPageLayout {
    const props = ["orientation", "paperSize", "centerHorizontally", "topMargin", "bottomMargin", "leftMargin", "rightMargin", "headerMargin", "footerMargin", "zoom"];
    const layout = {
      setPrintArea: (a1: string) => this.op({ m: "pageLayout.setPrintArea", a: [a1] }, (s) => (s.pageLayout.printArea = a1)),
    } as XlPageLayout;
    for (const p of props) {
      Object.defineProperty(layout, p, {
        get: () => notLoaded(`pageLayout.${p}`),
        set: (v: unknown) => this.op({ p: `pageLayout.${p}`, v }, (s) => (s.pageLayout[p] = v)),
      });
    }
    return layout;
  }
}

type Grid = unknown[][];

/**
 * The read-only properties a loaded range answers (Range and the used range alike): each readable only
 * after load + sync, like Excel's proxies.
 */
abstract class LoadedRangeProperties {
  protected abstract read(prop: RangeProperty): any;

  get text(): string[][] {
    return this.read("text");
  }

  get address(): string {
    return this.read("address");
  }

  get rowIndex(): number {
    return this.read("rowIndex");
  }

  get columnIndex(): number {
    return this.read("columnIndex");
  }

  get rowCount(): number {
    return this.read("rowCount");
  }

  get columnCount(): number {
    return this.read("columnCount");
  }

  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
}

class RangeProxy extends LoadedRangeProperties implements XlRange {
  readonly format: XlRangeFormat;
  readonly conditionalFormats: XlRange["conditionalFormats"];
  private readonly a1: string;

  constructor(
    private readonly ws: WorksheetProxy,
    private readonly row: number,
    private readonly col: number,
    private readonly rows: number,
    private readonly cols: number,
  ) {
    super();
    if (row < 0 || col < 0 || rows < 1 || cols < 1 || row + rows > 1_048_576 || col + cols > 16_384) {
      throw new FakeExcelError("InvalidArgument", `range (${row}, ${col}, ${rows}, ${cols}) is outside the sheet`);
    }
    this.a1 = rangeAddress(row, col, rows, cols);
    this.format = this.formatProxy();
    this.conditionalFormats = {
      add: (type: "Custom") => {
        let record: FakeConditionalFormat | undefined;
        this.op({ r: this.a1, m: "conditionalFormats.add", a: [type] }, (s) => {
          record = { address: this.a1, type };
          s.conditionalFormats.push(record);
        });
        const set = (field: "fill" | "fontColor" | "formula") => (v: string) =>
          this.op({ r: this.a1, p: `conditionalFormat.${field}`, v }, () => {
            record![field] = v;
          });
        const cf: XlConditionalFormat = {
          custom: {
            format: { fill: setter({}, "color", set("fill")), font: setter({}, "color", set("fontColor")) },
            rule: setter({}, "formula", set("formula")),
          },
        };
        return cf;
      },
    };
  }

  /** Range.columnHidden (ExcelApi 1.2): hides or shows the range's entire columns. */
  get columnHidden(): boolean {
    return notLoaded("columnHidden");
  }

  set columnHidden(hidden: boolean) {
    this.op({ r: this.a1, p: "columnHidden", v: hidden }, (s) => {
      for (let c = this.col; c < this.col + this.cols; c++) {
        if (hidden) s.hiddenColumns.add(c);
        else s.hiddenColumns.delete(c);
      }
    });
  }

  autoFill(destination: string, type: "FillCopy"): void {
    this.op({ r: this.a1, m: "autoFill", a: [destination, type] }, (s) => {
      const d = parseAddress(destination);
      if (d.row !== this.row || d.col !== this.col || d.cols !== this.cols || d.rows < this.rows) {
        throw new FakeExcelError("InvalidArgument", `autoFill: ${destination} must extend ${this.a1} downwards (only vertical FillCopy is modelled).`);
      }
      const source: (FakeCell | undefined)[][] = [];
      for (let r = 0; r < this.rows; r++) {
        source.push([]);
        for (let c = 0; c < this.cols; c++) source[r].push(s.cells.get(cellKey(this.row + r, this.col + c)));
      }
      const formats = s.formats.filter((f) => {
        const a = parseAddress(f.address);
        return a.row >= this.row && a.row + a.rows <= this.row + this.rows && a.col >= this.col && a.col + a.cols <= this.col + this.cols;
      });
      for (let r = this.rows; r < d.rows; r++) {
        const offset = r - (r % this.rows);
        for (let c = 0; c < this.cols; c++) {
          const from = source[r % this.rows][c];
          const k = cellKey(this.row + r, this.col + c);
          if (from) s.cells.set(k, from.clone(offset));
          else s.cells.delete(k);
        }
        if (r % this.rows === 0) {
          for (const f of formats) {
            const a = parseAddress(f.address);
            s.formats.push({ ...f, address: rangeAddress(a.row + offset, a.col, a.rows, a.cols) });
          }
        }
      }
    });
  }

  private check(grid: Grid, what: string) {
    if (!Array.isArray(grid) || grid.length !== this.rows || grid.some((line) => !Array.isArray(line) || line.length !== this.cols)) {
      throw new FakeExcelError("InvalidArgument", `The number of rows or columns in the input array for ${what} doesn't match the size or dimensions of the range ${this.a1}.`);
    }
  }

  private each(grid: Grid | string | number | boolean, what: string, apply: (cell: FakeCell, v: unknown, r: number, c: number) => void) {
    this.op({ r: this.a1, p: what, v: grid }, (s) => {
      // Single input copy: one value for the whole range, a formula's relative references moving.
      const single = !Array.isArray(grid);
      if (!single) this.check(grid, what);
      for (let r = 0; r < this.rows; r++) {
        for (let c = 0; c < this.cols; c++) {
          const v = single ? grid : grid[r][c];
          if (v === null || v === undefined) continue; // null leaves the cell unchanged
          const key = cellKey(this.row + r, this.col + c);
          let cell = s.cells.get(key);
          if (!cell) {
            cell = new FakeCell();
            s.cells.set(key, cell);
          }
          apply(cell, v, r, c);
        }
      }
    });
  }

  private loaded: Loaded = NOT_LOADED;

  /** Queue a load of range properties: a snapshot of the cells when the load runs at sync. */
  load(propertyNames?: string | string[]): this {
    const names = loadNames(propertyNames);
    this.op({ r: this.a1, m: "load", a: names }, (s) => {
      this.loaded = snapshot(s, { row: this.row, col: this.col, rows: this.rows, cols: this.cols }, names);
      this.ws.ctx.respond(this.loaded);
    });
    return this;
  }

  protected read(prop: RangeProperty): any {
    // "You must call context.sync() before reading the isNullObject property" (OfficeExtension.ClientObject).
    if (prop === "isNullObject" && this.loaded instanceof NotLoaded && this.synced) return false;
    return readLoaded(this.loaded, prop);
  }

  /** A sync has run an operation on this range: Excel has resolved it. */
  private synced = false;

  private op(wire: object, run: (s: FakeSheet) => void) {
    this.ws.op(wire, (s) => {
      this.synced = true;
      run(s);
    });
  }

  get values(): any[][] {
    return this.read("values");
  }

  set values(grid: any[][]) {
    this.each(grid, "values", (cell, v) => {
      const text = cell.numberFormat === "@";
      if (typeof v === "string" && !text && /^[=+-]/.test(v) && v.length > 1 && !NUMERIC.test(v)) {
        cell.formula = v.startsWith("=") ? v : `=${v}`;
        cell.value = null;
      } else if (typeof v === "string" && !text && NUMERIC.test(v)) {
        cell.formula = undefined;
        cell.value = Number(v);
      } else {
        cell.formula = undefined;
        cell.value = v === "" ? null : (v as FakeCell["value"]);
      }
    });
  }

  get formulas(): any[][] {
    return this.read("formulas");
  }

  set formulas(grid: any[][]) {
    const single = !Array.isArray(grid);
    this.each(grid, "formulas", (cell, v, r, c) => {
      if (typeof v === "string" && v.startsWith("=")) {
        // A single formula for the range moves its relative references cell by cell (Ctrl+Enter).
        if (single) cell.copyOf(v, r, c);
        else cell.formula = v;
        cell.value = null;
      } else {
        cell.formula = undefined;
        cell.value = v === "" ? null : (v as FakeCell["value"]);
      }
    });
  }

  get numberFormat(): any[][] {
    return this.read("numberFormat");
  }

  set numberFormat(grid: any[][]) {
    this.each(grid, "numberFormat", (cell, v) => {
      cell.numberFormat = String(v);
    });
  }

  private formatProxy(): XlRangeFormat {
    const record = (property: string) => (value: unknown) =>
      this.op({ r: this.a1, p: `format.${property}`, v: value }, (s) => {
        s.formats.push({ address: this.a1, property, value });
        if (property === "columnWidth") for (let c = 0; c < this.cols; c++) s.columnWidths.set(this.col + c, value as number);
        if (property === "rowHeight") for (let r = 0; r < this.rows; r++) s.rowHeights.set(this.row + r, value as number);
      });
    const format = {} as XlRangeFormat;
    for (const p of ["columnWidth", "rowHeight", "wrapText", "horizontalAlignment"]) setter(format, p, record(p));
    Object.defineProperty(format, "font", { value: setter(setter(setter(setter({}, "bold", record("font.bold")), "color", record("font.color")), "size", record("font.size")), "name", record("font.name")) });
    Object.defineProperty(format, "fill", { value: setter({}, "color", record("fill.color")) });
    Object.defineProperty(format, "borders", {
      value: {
        getItem: (index: string): XlRangeBorder => setter(setter({}, "style", record(`borders.${index}.style`)), "weight", record(`borders.${index}.weight`)) as XlRangeBorder,
      },
    });
    return format;
  }
}

const RANGE_PROPERTIES = ["values", "text", "formulas", "numberFormat", "address", "rowIndex", "columnIndex", "rowCount", "columnCount", "isNullObject"] as const;
type RangeProperty = (typeof RANGE_PROPERTIES)[number];
type Loaded = Partial<Record<RangeProperty, unknown>> | NotLoaded;
interface Box {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** load()'s names: "a, b", ["a", "b"], or nothing (every property). */
function loadNames(propertyNames?: string | string[]): RangeProperty[] {
  const names = propertyNames === undefined ? [...RANGE_PROPERTIES] : (Array.isArray(propertyNames) ? propertyNames : propertyNames.split(",")).map((n) => n.trim());
  for (const n of names) {
    if (!(RANGE_PROPERTIES as readonly string[]).includes(n)) throw new Error(`fakeExcel: loading Range.${n} is not modelled (only ${RANGE_PROPERTIES.join(", ")})`);
  }
  return names as RangeProperty[];
}

function readLoaded(loaded: Loaded, prop: RangeProperty): any {
  if (loaded instanceof NotLoaded || !(prop in loaded)) notLoaded(prop);
  return loaded[prop];
}

/** Sheet-qualified A1 address as Range.address gives it ("Sheet1!A1:B4"); names other than letters, digits, _ and . are quoted. */
function sheetAddress(sheet: string, box: Box): string {
  const quoted = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${quoted}!${rangeAddress(box.row, box.col, box.rows, box.cols)}`;
}

/** The named properties of the cells in `box`, as Excel returns them. */
function snapshot(s: FakeSheet, box: Box, names: readonly RangeProperty[]): Partial<Record<RangeProperty, unknown>> {
  const grid = <T>(f: (cell: FakeCell, a1: string) => T): T[][] =>
    Array.from({ length: box.rows }, (_, r) => Array.from({ length: box.cols }, (_, c) => f(s.at(box.row + r, box.col + c), address(box.row + r, box.col + c))));
  const calculated = (cell: FakeCell, a1: string) => {
    if (cell.formula !== undefined) throw new Error(`fakeExcel: ${s.name}!${a1} holds ${cell.formula}; the stand-in does not calculate, so its value and text are unknown`);
    return cell.value;
  };
  const out: Partial<Record<RangeProperty, unknown>> = { isNullObject: false };
  for (const n of names) {
    if (n === "values") out.values = grid((cell, a1) => calculated(cell, a1) ?? "");
    else if (n === "text") out.text = grid((cell, a1) => displayText(calculated(cell, a1), cell.numberFormat));
    else if (n === "formulas") out.formulas = grid((cell) => cell.formula ?? cell.value ?? "");
    else if (n === "numberFormat") out.numberFormat = grid((cell) => cell.numberFormat);
    else if (n === "address") out.address = sheetAddress(s.name, box);
    else if (n === "rowIndex") out.rowIndex = box.row;
    else if (n === "columnIndex") out.columnIndex = box.col;
    else if (n === "rowCount") out.rowCount = box.rows;
    else if (n === "columnCount") out.columnCount = box.cols;
  }
  return out;
}

/** The smallest box holding every used cell of the sheet, or null when none is. */
function usedBox(s: FakeSheet, valuesOnly: boolean): Box | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  const use = (row: number, col: number, rows = 1, cols = 1) => {
    top = Math.min(top, row);
    left = Math.min(left, col);
    bottom = Math.max(bottom, row + rows - 1);
    right = Math.max(right, col + cols - 1);
  };
  for (const [k, cell] of s.cells) {
    const hasValue = (cell.value !== null && cell.value !== "") || cell.formula !== undefined;
    if (hasValue || (!valuesOnly && cell.numberFormat !== "General")) use(Math.floor(k / KEY_WIDTH), k % KEY_WIDTH);
  }
  if (!valuesOnly) {
    for (const f of s.formats) {
      const a = parseAddress(f.address);
      use(a.row, a.col, a.rows, a.cols);
    }
  }
  return bottom < 0 ? null : { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}

/** worksheet.getUsedRangeOrNullObject(): its position is known only once the load has run at sync. */
class UsedRangeProxy extends LoadedRangeProperties {
  private loaded: Loaded = NOT_LOADED;

  constructor(
    private readonly ws: WorksheetProxy,
    private readonly valuesOnly: boolean,
  ) {
    super();
    // An *OrNullObject: isNullObject is answered by the next sync, without load.
    ws.op({ m: "getUsedRangeOrNullObject", a: [valuesOnly], p: "isNullObject" }, (s) => {
      this.nullAfterSync = usedBox(s, valuesOnly) === null;
    });
  }

  private nullAfterSync?: boolean;

  load(propertyNames?: string | string[]): this {
    const names = loadNames(propertyNames);
    this.ws.op({ m: "getUsedRangeOrNullObject", a: [this.valuesOnly], load: names }, (s) => {
      const box = usedBox(s, this.valuesOnly);
      this.loaded = box ? snapshot(s, box, names) : { isNullObject: true };
      this.ws.ctx.respond(this.loaded);
    });
    return this;
  }

  protected read(prop: RangeProperty): any {
    if (prop === "isNullObject" && this.loaded instanceof NotLoaded && this.nullAfterSync !== undefined) return this.nullAfterSync;
    if (!(this.loaded instanceof NotLoaded) && this.loaded.isNullObject && prop !== "isNullObject") {
      throw new Error(`fakeExcel: the used range is a null object (the sheet is empty); reading its ${prop} is not modelled`);
    }
    return readLoaded(this.loaded, prop);
  }

  get values(): any[][] {
    return this.read("values");
  }
  get formulas(): any[][] {
    return this.read("formulas");
  }
  get numberFormat(): any[][] {
    return this.read("numberFormat");
  }
}

/** Define a write-only proxy property: reading it before load + sync throws PropertyNotLoaded. */
function setter<T extends object>(target: T, prop: string, write: (v: any) => void): any {
  Object.defineProperty(target, prop, { get: () => notLoaded(prop), set: write, enumerable: true });
  return target;
}

/** The stand-in's request context: the writer's part (XlRequestContext) and the reading the task pane does. */
export type FakeRequestContext = Context;
export type FakeWorksheet = WorksheetProxy;
export type FakeRange = RangeProxy;
export type FakeUsedRange = UsedRangeProxy;

/** `Excel.run` of the stand-in; usable wherever the writer's XlHost is expected. */
export interface FakeHost extends XlHost {
  run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T>;
}

export interface FakeExcel {
  host: FakeHost;
  workbook: FakeWorkbook;
}

/**
 * A fresh stand-in workbook with the given sheets (Excel's new workbook has "Sheet1"). `host.run` is
 * `Excel.run`: the batch gets a new context; operations still queued when it returns are sent in one last
 * sync, as Excel.run does.
 */
export function createFakeExcel(options: { sheets?: string[]; payloadLimit?: number } = {}): FakeExcel {
  const workbook = new FakeWorkbook(options.payloadLimit);
  for (const name of options.sheets ?? ["Sheet1"]) workbook.addSheet(name);
  const host: FakeHost = {
    async run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> {
      const ctx = new Context(workbook);
      const result = await batch(ctx);
      if (ctx.queue.length > 0) await ctx.sync();
      return result;
    },
  };
  return { host, workbook };
}
