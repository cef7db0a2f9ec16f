/**
 * Writes a workbook plan into the open workbook with batched Excel JS calls:
 * - whole-range writes (`range.values`, `range.formulas`, `range.numberFormat`), never cell by cell; a
 *   column of per-row formulas is one formula for the whole column (single input copy), and the payslips
 *   one laid-out payslip copied down with AutoFill;
 * - one request (`context.sync()`) per sheet, plus one more per ~2 MB of imported values for a very large
 *   sheet:
 *   rows are chunked so that every request stays well under Excel on the web's 5 MB limit
 *   (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins);
 *   the number of requests depends on the bytes written, never on a loop over rows;
 * - calculation suspended in every request (`suspendApiCalculationUntilNextSync`), one full recalculation
 *   at the end;
 * - progress after each request and a cancel signal checked between requests.
 *
 * Existing sheets are never overwritten silently: `confirmOverwrite` is asked first. The user's old sheets
 * are renamed out of the way while the new ones are written; at the very end they are deleted, or, when a
 * backup was chosen, kept under their "_バックアップ" names — renamed, not copied, because Excel rewrites
 * every reference to a renamed sheet, so the backups keep referring to each other and keep working, where
 * copies would refer to the deleted originals and read #REF!. A cancel or a failure removes every sheet
 * this run added and gives the old sheets their names back, so no half-written sheet is ever left behind
 * silently.
 */
import { nonZeroRule } from "../conditional";
import { area, columnName } from "../address";
import { XlHost, XlRange, XlRequestContext, XlWorksheet } from "./excelApi";
import { assertValuesStayValues } from "../safety";
import { FormatArea, NonZeroHighlight, SheetPlan, WorkbookPlan } from "../types";

export type OverwriteChoice = "overwrite" | "backup-and-overwrite" | "cancel";

export interface WriteProgress {
  /** Requests done and planned (a request = one context.sync()). */
  done: number;
  total: number;
  /** The sheet being written ("" for the preparation and the final recalculation). */
  sheet: string;
}

export interface WriteOptions {
  host: XlHost;
  /** Asked when sheets of the plan already exist; the message says that Excel cannot undo the change. */
  confirmOverwrite: (sheetNames: string[], message: string) => Promise<OverwriteChoice>;
  onProgress?: (p: WriteProgress) => void;
  signal?: AbortSignal;
  /** Largest payload one request may carry (estimated JSON bytes). Default 2,000,000: 40% of the 5 MB limit. */
  requestBudgetBytes?: number;
  /** The plan sheet to show the user once everything is written (e.g. 給与計算). */
  activate?: string;
  /** An Excel error in words for the user (the task pane's glue gives Japanese; default: the error's message). */
  describeError?: (e: unknown) => string;
}

export interface WriteReport {
  status: "written" | "declined" | "cancelled" | "failed";
  /** Sheets written completely (on cancel or failure they were removed again: see `removed`). */
  written: string[];
  backups: { sheet: string; backup: string }[];
  /** Sheets this run added and removed again after a cancel or a failure. */
  removed: string[];
  /** The user's sheets whose names were given back after a cancel or a failure. */
  restored: string[];
  /** context.sync() calls made, and the largest request's estimated payload. */
  requests: number;
  largestRequestBytes: number;
  /** What happened, in Japanese, for the task pane. */
  message: string;
  error?: unknown;
}

export const DEFAULT_REQUEST_BUDGET = 2_000_000;

/** The confirmation text: which sheets, and that the change cannot be undone. */
export function overwriteMessage(sheetNames: string[]): string {
  const names = sheetNames.map((n) => `「${n}」`).join("");
  return (
    `次のシートは既にあります: ${names}。上書きすると今の内容は失われ、ほかのシートからこれらのシートへの参照は #REF! になります。` +
    "アドインによる変更は Excel の「元に戻す」（Ctrl+Z）で戻せません。" +
    "「バックアップしてから上書き」を選ぶと、今のシートは名前に「_バックアップ」を付けてそのまま残し（数式もほかのシートからの参照も、残したシートを指したまま働きます）、新しいシートを作ります。"
  );
}

// ---- payload estimation -------------------------------------------------------------------

const encoder = new TextEncoder();
/** Object path, property name and framing of one operation in a request. */
const OPERATION_OVERHEAD = 300;

function jsonBytes(v: unknown): number {
  return encoder.encode(JSON.stringify(v)).length;
}

/** One queued write and its estimated size. */
interface Op {
  bytes: number;
  apply(sheet: XlWorksheet, ctx: XlRequestContext): void;
}

/** Points for a width in characters (Excel: 8.43 characters = 64 px = 48 pt). */
export function widthInPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** A 2D block split into row slices whose JSON stays under the budget. */
function rowSlices<T>(rows: T[][], budget: number): { start: number; rows: T[][]; bytes: number }[] {
  const out: { start: number; rows: T[][]; bytes: number }[] = [];
  let start = 0;
  let bytes = 2;
  for (let r = 0; r < rows.length; r++) {
    const b = jsonBytes(rows[r]) + 1;
    if (r > start && bytes + b > budget) {
      out.push({ start, rows: rows.slice(start, r), bytes });
      start = r;
      bytes = 2;
    }
    bytes += b;
  }
  if (rows.length > start) out.push({ start, rows: rows.slice(start), bytes });
  return out;
}

export { nonZeroRule };

function formatOps(f: FormatArea): Op[] {
  const ops: Op[] = [];
  const small = (apply: Op["apply"]) => ops.push({ bytes: OPERATION_OVERHEAD, apply });
  const range = (s: XlWorksheet) => s.getRangeByIndexes(f.row, f.col, f.rows, f.cols);
  if (f.bold !== undefined) small((s) => (range(s).format.font.bold = f.bold!));
  if (f.fontSize !== undefined) small((s) => (range(s).format.font.size = f.fontSize!));
  if (f.fontName) small((s) => (range(s).format.font.name = f.fontName!));
  if (f.fill) small((s) => (range(s).format.fill.color = f.fill!));
  if (f.fontColor) small((s) => (range(s).format.font.color = f.fontColor!));
  if (f.align) small((s) => (range(s).format.horizontalAlignment = f.align!));
  if (f.wrap !== undefined) small((s) => (range(s).format.wrapText = f.wrap!));
  if (f.border) {
    small((s) => {
      const r = range(s);
      const edges = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;
      const inner = [...(f.rows > 1 ? (["InsideHorizontal"] as const) : []), ...(f.cols > 1 ? (["InsideVertical"] as const) : [])];
      for (const e of [...edges, ...inner]) {
        const b = r.format.borders.getItem(e);
        b.style = "Continuous";
        b.weight = "Thin";
      }
    });
  }
  return ops;
}

/**
 * Single input copy: one value for every cell of a range (Excel applies it as with Ctrl+Enter; a formula's
 * relative references move cell by cell). The typings only declare 2D arrays, hence the cast.
 */
function setAll(range: XlRange, property: "formulas" | "numberFormat", value: string) {
  (range as unknown as Record<string, unknown>)[property] = value;
}

function numberFormatOp(f: FormatArea, dRow = 0): Op {
  return {
    bytes: jsonBytes(f.numberFormat) + OPERATION_OVERHEAD,
    apply: (s) => setAll(s.getRangeByIndexes(f.row + dRow, f.col, f.rows, f.cols), "numberFormat", f.numberFormat!),
  };
}

/** Every write of one sheet, in order: number formats, values, formulas, formats, layout. */
function sheetOps(sheet: SheetPlan, budget: number): Op[] {
  const ops: Op[] = [];
  const slice = budget - OPERATION_OVERHEAD;
  if (sheet.tabColor) ops.push({ bytes: OPERATION_OVERHEAD, apply: (s) => (s.tabColor = sheet.tabColor!) });
  // Number formats first: text "@" must be in place before a value is written, or "=…" becomes a formula
  // and "0012" the number 12.
  for (const f of sheet.formats) if (f.numberFormat) ops.push(numberFormatOp(f));
  for (const b of sheet.blocks) {
    if (b.kind === "spill" || b.kind === "fill") {
      const rows = b.kind === "fill" ? b.rows : 1;
      ops.push({ bytes: jsonBytes(b.formula) + OPERATION_OVERHEAD, apply: (s) => setAll(s.getRangeByIndexes(b.row, b.col, rows, 1), "formulas", b.formula) });
      continue;
    }
    if (b.kind === "tile") {
      // One tile (its formats and cells), then AutoFill copies it down for every employee.
      const h = b.pattern.length;
      const w = b.pattern[0]?.length ?? 0;
      for (const f of b.formats) {
        if (f.numberFormat) ops.push(numberFormatOp(f, b.row));
        ops.push(...formatOps({ ...f, row: f.row + b.row, col: f.col + b.col }));
      }
      ops.push({ bytes: jsonBytes(b.pattern) + OPERATION_OVERHEAD, apply: (s) => (s.getRangeByIndexes(b.row, b.col, h, w).formulas = b.pattern) });
      if (b.times > 1) {
        ops.push({
          bytes: OPERATION_OVERHEAD,
          apply: (s) => s.getRangeByIndexes(b.row, b.col, h, w).autoFill(area(b.row, b.col, h * b.times, w), "FillCopy"),
        });
      }
      continue;
    }
    const grid = b.kind === "values" ? b.values : b.formulas;
    const cols = grid[0]?.length ?? 0;
    if (cols === 0) continue;
    for (const part of rowSlices<unknown>(grid, slice)) {
      ops.push({
        bytes: part.bytes + OPERATION_OVERHEAD,
        apply: (s) => {
          const r = s.getRangeByIndexes(b.row + part.start, b.col, part.rows.length, cols);
          if (b.kind === "values") r.values = part.rows as unknown[][];
          else r.formulas = part.rows as unknown[][];
        },
      });
    }
  }
  for (const f of sheet.formats) ops.push(...formatOps(f));
  sheet.columnWidths.forEach((w, c) => {
    ops.push({ bytes: OPERATION_OVERHEAD, apply: (s) => (s.getRangeByIndexes(0, c, 1, 1).format.columnWidth = widthInPoints(w)) });
  });
  for (const h of sheet.hiddenColumns ?? []) {
    ops.push({ bytes: OPERATION_OVERHEAD, apply: (s) => (s.getRangeByIndexes(0, h.col, 1, h.cols).columnHidden = true) });
  }
  for (const h of sheet.rowHeights ?? []) {
    ops.push({ bytes: OPERATION_OVERHEAD, apply: (s) => (s.getRangeByIndexes(h.row, 0, h.rows, 1).format.rowHeight = h.height) });
  }
  const fr = sheet.freeze;
  if (fr && (fr.rows > 0 || fr.cols > 0)) {
    ops.push({
      bytes: OPERATION_OVERHEAD,
      apply: (s) => {
        if (fr.cols === 0) s.freezePanes.freezeRows(fr.rows);
        else if (fr.rows === 0) s.freezePanes.freezeColumns(fr.cols);
        else s.freezePanes.freezeAt(area(0, 0, fr.rows, fr.cols));
      },
    });
  }
  for (const h of sheet.highlights ?? []) {
    ops.push({
      bytes: OPERATION_OVERHEAD * 3,
      apply: (s) => {
        const cf = s.getRangeByIndexes(h.row, h.col, h.rows, h.cols).conditionalFormats.add("Custom");
        cf.custom.rule.formula = nonZeroRule(h);
        cf.custom.format.fill.color = h.fill;
        cf.custom.format.font.color = h.fontColor;
      },
    });
  }
  const p = sheet.print;
  if (p) {
    ops.push({
      bytes: OPERATION_OVERHEAD * 10,
      apply: (s) => {
        const l = s.pageLayout;
        l.paperSize = p.paper;
        l.orientation = p.orientation;
        l.centerHorizontally = p.centerHorizontally;
        l.topMargin = p.margins.top * 72;
        l.bottomMargin = p.margins.bottom * 72;
        l.leftMargin = p.margins.left * 72;
        l.rightMargin = p.margins.right * 72;
        l.headerMargin = p.margins.header * 72;
        l.footerMargin = p.margins.footer * 72;
        if (p.scale) l.zoom = { scale: p.scale };
        if (p.printArea) l.setPrintArea(area(p.printArea.row, p.printArea.col, p.printArea.rows, p.printArea.cols));
      },
    });
    for (const row of p.pageBreaks) {
      ops.push({ bytes: OPERATION_OVERHEAD, apply: (s) => s.horizontalPageBreaks.add(area(row, 0, 1, 1)) });
    }
  }
  return ops;
}

/** Ops grouped into requests that stay under the budget; a sheet always starts a new request. */
function requestsOf(ops: Op[], budget: number): { ops: Op[]; bytes: number }[] {
  const out: { ops: Op[]; bytes: number }[] = [];
  let current: { ops: Op[]; bytes: number } = { ops: [], bytes: 0 };
  for (const op of ops) {
    if (current.ops.length > 0 && current.bytes + op.bytes > budget) {
      out.push(current);
      current = { ops: [], bytes: 0 };
    }
    current.ops.push(op);
    current.bytes += op.bytes;
  }
  if (current.ops.length > 0) out.push(current);
  return out;
}

/** The requests a plan needs, per sheet (exported for the benchmark and the tests). */
export function planRequests(plan: WorkbookPlan, budget = DEFAULT_REQUEST_BUDGET): { sheet: string; requests: number; bytes: number[] }[] {
  return plan.sheets.map((s) => {
    const reqs = requestsOf(sheetOps(s, budget), budget);
    return { sheet: s.name, requests: reqs.length, bytes: reqs.map((r) => r.bytes) };
  });
}

function uniqueName(base: string, taken: Set<string>): string {
  const fits = (s: string, suffix: string) => s.slice(0, 31 - suffix.length) + suffix;
  for (let i = 1; ; i++) {
    const name = fits(base, i === 1 ? "" : String(i));
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

class Cancelled extends Error {}

/**
 * Write the plan. Resolves with a report in every case (declined, cancelled, failed or written); it
 * never leaves a half-written sheet without saying so.
 */
export async function writeWorkbook(plan: WorkbookPlan, o: WriteOptions): Promise<WriteReport> {
  plan.sheets.forEach(assertValuesStayValues);
  const budget = o.requestBudgetBytes ?? DEFAULT_REQUEST_BUDGET;
  const report: WriteReport = { status: "written", written: [], backups: [], removed: [], restored: [], requests: 0, largestRequestBytes: 0, message: "" };
  const planned = plan.sheets.map((s) => ({ sheet: s, requests: requestsOf(sheetOps(s, budget), budget) }));
  const total = 4 + planned.reduce((n, p) => n + p.requests.length, 0) + 1;
  let done = 0;
  const progress = (sheet: string) => o.onProgress?.({ done, total, sheet });
  const names = plan.sheets.map((s) => s.name);
  const describe = o.describeError ?? ((x: unknown) => (x instanceof Error ? x.message : String(x)));

  // 1. Which sheets exist already? (one request)
  const existing = await o.host.run(async (ctx) => {
    ctx.workbook.worksheets.load("items/name");
    await ctx.sync();
    report.requests++;
    return ctx.workbook.worksheets.items.map((w) => w.name);
  });
  done++;
  progress("");
  const lower = new Set(existing.map((n) => n.toLowerCase()));
  const conflicts = names.filter((n) => lower.has(n.toLowerCase()));
  let choice: OverwriteChoice = "overwrite";
  if (conflicts.length > 0) {
    choice = await o.confirmOverwrite(conflicts, overwriteMessage(conflicts));
    if (choice === "cancel") {
      return { ...report, status: "declined", message: "既存のシートがあるため、何も変更せずに中止しました。" };
    }
  }

  return o.host.run(async (ctx) => {
    const sync = async (bytes: number) => {
      await ctx.sync();
      report.requests++;
      report.largestRequestBytes = Math.max(report.largestRequestBytes, bytes);
    };
    const taken = new Set(existing.map((n) => n.toLowerCase()));
    const moved: { original: string; tempName: string; keep: boolean }[] = [];
    const added: { name: string; sheet: XlWorksheet }[] = [];
    // Until the old sheets have been renamed, a sheet with a plan name is the user's: never delete it.
    let oldSheetsMoved = conflicts.length === 0;
    // 2. Look again: a sheet made since the question would be taken for ours by the clean-up.
    ctx.workbook.worksheets.load("items/name");
    await sync(OPERATION_OVERHEAD);
    const now = ctx.workbook.worksheets.items.map((w) => w.name.toLowerCase());
    const appeared = names.filter((n) => now.includes(n.toLowerCase()) && !conflicts.includes(n));
    if (appeared.length > 0) {
      return { ...report, status: "failed", message: `確認のあとにシート${appeared.map((n) => `「${n}」`).join("")}が作られたため、何も変更せずに中止しました。もう一度実行してください。` };
    }
    for (const n of now) taken.add(n);
    done++;
    progress("");
    try {
      // 3. Backups and the old sheets out of the way (one request), then the new sheets (one request).
      ctx.application.suspendApiCalculationUntilNextSync();
      // The backup IS the old sheet, renamed: Excel rewrites every reference to a renamed sheet, so the old
      // sheets keep referring to each other under their backup names. A copy would keep referring to the
      // originals, which are deleted below, and fill with #REF!.
      const backup = choice === "backup-and-overwrite";
      for (const name of conflicts) {
        const tempName = uniqueName(backup ? `${name}_バックアップ` : `${name}_旧`, taken);
        ctx.workbook.worksheets.getItem(name).name = tempName;
        moved.push({ original: name, tempName, keep: backup });
        if (backup) report.backups.push({ sheet: name, backup: tempName });
      }
      await sync(OPERATION_OVERHEAD * (conflicts.length * 3 + 1));
      oldSheetsMoved = true;
      done++;
      progress("");
      ctx.application.suspendApiCalculationUntilNextSync();
      // Every plan name is free now (checked above): a sheet with one of them after this request is ours.
      for (const name of names) added.push({ name, sheet: ctx.workbook.worksheets.add(name) });
      await sync(OPERATION_OVERHEAD * (names.length + 1));
      done++;
      progress("");

      // 4. Each sheet, request by request.
      for (const [i, { sheet, requests }] of planned.entries()) {
        for (const request of requests) {
          if (o.signal?.aborted) throw new Cancelled();
          ctx.application.suspendApiCalculationUntilNextSync();
          for (const op of request.ops) op.apply(added[i].sheet, ctx);
          await sync(request.bytes);
          done++;
          progress(sheet.name);
        }
        report.written.push(sheet.name);
      }
      if (o.signal?.aborted) throw new Cancelled();

      // 5. Recalculate once, then let the old sheets go (one request).
      ctx.application.calculate("Full");
      for (const m of moved) if (!m.keep) ctx.workbook.worksheets.getItem(m.tempName).delete();
      if (o.activate && names.includes(o.activate)) added[names.indexOf(o.activate)].sheet.activate();
      await sync(OPERATION_OVERHEAD * (2 + moved.length));
      done++;
      progress("");
      const backups = report.backups.map((b) => `「${b.backup}」`).join("");
      report.message =
        `${names.length}枚のシートを作成しました。` + (backups ? `元のシートは ${backups} にバックアップしました。` : "");
      return report;
    } catch (e) {
      const cancelled = e instanceof Cancelled;
      report.status = cancelled ? "cancelled" : "failed";
      if (!cancelled) report.error = e;
      // Remove what this run added and give the old sheets their names back.
      try {
        ctx.workbook.worksheets.load("items/name");
        await ctx.sync();
        report.requests++;
        const now = new Set(ctx.workbook.worksheets.items.map((w) => w.name));
        for (const a of oldSheetsMoved ? added : []) {
          if (now.has(a.name)) {
            ctx.workbook.worksheets.getItem(a.name).delete();
            report.removed.push(a.name);
          }
        }
        for (const m of moved) {
          if (now.has(m.tempName)) {
            ctx.workbook.worksheets.getItem(m.tempName).name = m.original;
            report.restored.push(m.original);
          }
        }
        await ctx.sync();
        report.requests++;
      } catch (cleanup) {
        report.message = `途中で${cancelled ? "中止" : "エラーに"}なり、作りかけのシートを片付けられませんでした（${describe(cleanup)}）。` +
          `作成途中のシート: ${added.map((a) => `「${a.name}」`).join("")}。手作業で削除してください。`;
        return report;
      }
      const what = cancelled ? "中止しました" : `エラーのため中止しました（${describe(e)}）`;
      // A backup was the old sheet itself, renamed: it has its own name again now.
      report.backups = report.backups.filter((b) => !report.restored.includes(b.sheet));
      report.message =
        `${what}。作りかけのシート ${report.removed.map((n) => `「${n}」`).join("")} は削除しました` +
        (report.restored.length ? `。元のシート ${report.restored.map((n) => `「${n}」`).join("")} はそのまま残っています` : "") +
        (report.backups.length ? `。バックアップ ${report.backups.map((b) => `「${b.backup}」`).join("")} も残っています` : "") +
        "。";
      report.written = [];
      return report;
    }
  });
}
