/**
 * Writes a workbook plan into the open workbook with batched Excel JS calls:
 * - whole-range writes (`range.values`, `range.formulas`, `range.numberFormat`), never cell by cell; a
 *   column of per-row formulas is one formula for the whole column (single input copy), and the payslips
 *   one laid-out payslip copied down with AutoFill;
 * - one request (`context.sync()`) per sheet, plus one more per ~2 MB of imported values for a very large
 *   sheet, every request well under Excel on the web's 5 MB limit (sheetRequests.ts);
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
import { XlHost, XlRequestContext, XlWorksheet } from "./excelApi";
import { DEFAULT_REQUEST_BUDGET, OPERATION_OVERHEAD, Request, sheetRequests } from "./sheetRequests";
import { assertValuesStayValues } from "../safety";
import { SheetPlan, WorkbookPlan } from "../types";

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

/** The confirmation text: which sheets, and that the change cannot be undone. */
export function overwriteMessage(sheetNames: string[]): string {
  const names = sheetNames.map((n) => `「${n}」`).join("");
  return (
    `次のシートは既にあります: ${names}。上書きすると今の内容は失われ、ほかのシートからこれらのシートへの参照は #REF! になります。` +
    "アドインによる変更は Excel の「元に戻す」（Ctrl+Z）で戻せません。" +
    "「バックアップしてから上書き」を選ぶと、今のシートは名前に「_バックアップ」を付けてそのまま残し（数式もほかのシートからの参照も、残したシートを指したまま働きます）、新しいシートを作ります。"
  );
}

function uniqueName(base: string, taken: Set<string>): string {
  const fits = (name: string, suffix: string) => name.slice(0, 31 - suffix.length) + suffix;
  for (let i = 1; ; i++) {
    const name = fits(base, i === 1 ? "" : String(i));
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

class Cancelled extends Error {}

/** A plan sheet with the requests that write it. */
interface PlannedSheet {
  sheet: SheetPlan;
  requests: Request[];
}

/** A user's sheet renamed out of the way: kept as the backup, or deleted once everything is written. */
interface MovedSheet {
  original: string;
  tempName: string;
  keep: boolean;
}

/** One run of the writer: the report it fills, its progress, and what it moved and added (for the clean-up). */
class PlanWrite {
  readonly report: WriteReport = { status: "written", written: [], backups: [], removed: [], restored: [], requests: 0, largestRequestBytes: 0, message: "" };
  readonly names: string[];
  readonly moved: MovedSheet[] = [];
  readonly added: { name: string; sheet: XlWorksheet }[] = [];
  /** Until the old sheets have been renamed, a sheet with a plan name is the user's: never delete it. */
  oldSheetsMoved = false;
  /** Names taken in the workbook, lower case (Excel's sheet names ignore case). */
  readonly taken = new Set<string>();
  private done = 0;
  /** Two looks at the existing sheets, moving the old ones, adding the new ones, the sheets' requests, the recalculation. */
  private readonly total: number;

  constructor(
    readonly planned: PlannedSheet[],
    readonly options: WriteOptions,
  ) {
    this.names = planned.map((p) => p.sheet.name);
    this.total = 4 + planned.reduce((n, p) => n + p.requests.length, 0) + 1;
  }

  stepDone(sheet = ""): void {
    this.done++;
    this.options.onProgress?.({ done: this.done, total: this.total, sheet });
  }

  async sync(ctx: XlRequestContext, bytes: number): Promise<void> {
    await ctx.sync();
    this.report.requests++;
    this.report.largestRequestBytes = Math.max(this.report.largestRequestBytes, bytes);
  }

  describe(error: unknown): string {
    const describe = this.options.describeError ?? ((e: unknown) => (e instanceof Error ? e.message : String(e)));
    return describe(error);
  }

  throwIfCancelled(): void {
    if (this.options.signal?.aborted) throw new Cancelled();
  }
}

const quoted = (names: string[]) => names.map((n) => `「${n}」`).join("");

/** The names of the workbook's sheets (one request). */
async function existingSheetNames(write: PlanWrite): Promise<string[]> {
  const names = await write.options.host.run(async (ctx) => {
    ctx.workbook.worksheets.load("items/name");
    await ctx.sync();
    write.report.requests++;
    return ctx.workbook.worksheets.items.map((w) => w.name);
  });
  write.stepDone();
  return names;
}

/** Look again (one request): a sheet made since the question would be taken for ours by the clean-up. */
async function sheetsMadeSinceAsking(write: PlanWrite, ctx: XlRequestContext, conflicts: string[]): Promise<string[]> {
  ctx.workbook.worksheets.load("items/name");
  await write.sync(ctx, OPERATION_OVERHEAD);
  const now = ctx.workbook.worksheets.items.map((w) => w.name.toLowerCase());
  for (const name of now) write.taken.add(name);
  return write.names.filter((n) => now.includes(n.toLowerCase()) && !conflicts.includes(n));
}

/**
 * The old sheets out of the way (one request). The backup IS the old sheet, renamed: Excel rewrites every
 * reference to a renamed sheet, so the old sheets keep referring to each other under their backup names. A
 * copy would keep referring to the originals, which are deleted at the end, and fill with #REF!.
 */
async function moveOldSheets(write: PlanWrite, ctx: XlRequestContext, conflicts: string[], backup: boolean): Promise<void> {
  ctx.application.suspendApiCalculationUntilNextSync();
  for (const name of conflicts) {
    const tempName = uniqueName(backup ? `${name}_バックアップ` : `${name}_旧`, write.taken);
    ctx.workbook.worksheets.getItem(name).name = tempName;
    write.moved.push({ original: name, tempName, keep: backup });
    if (backup) write.report.backups.push({ sheet: name, backup: tempName });
  }
  await write.sync(ctx, OPERATION_OVERHEAD * (conflicts.length * 3 + 1));
  write.oldSheetsMoved = true;
  write.stepDone();
}

/** The plan's sheets, empty (one request). Every plan name is free now: a sheet with one of them is ours. */
async function addPlanSheets(write: PlanWrite, ctx: XlRequestContext): Promise<void> {
  ctx.application.suspendApiCalculationUntilNextSync();
  for (const name of write.names) write.added.push({ name, sheet: ctx.workbook.worksheets.add(name) });
  await write.sync(ctx, OPERATION_OVERHEAD * (write.names.length + 1));
  write.stepDone();
}

/** Each sheet, request by request, the cancel signal checked before each. */
async function writeSheets(write: PlanWrite, ctx: XlRequestContext): Promise<void> {
  for (const [i, { sheet, requests }] of write.planned.entries()) {
    for (const request of requests) {
      write.throwIfCancelled();
      ctx.application.suspendApiCalculationUntilNextSync();
      for (const op of request.ops) op.apply(write.added[i].sheet, ctx);
      await write.sync(ctx, request.bytes);
      write.stepDone(sheet.name);
    }
    write.report.written.push(sheet.name);
  }
}

/** Recalculate once, let the old sheets go, show the sheet to start from (one request). */
async function finish(write: PlanWrite, ctx: XlRequestContext): Promise<WriteReport> {
  ctx.application.calculate("Full");
  for (const moved of write.moved) if (!moved.keep) ctx.workbook.worksheets.getItem(moved.tempName).delete();
  const activate = write.options.activate;
  if (activate && write.names.includes(activate)) write.added[write.names.indexOf(activate)].sheet.activate();
  await write.sync(ctx, OPERATION_OVERHEAD * (2 + write.moved.length));
  write.stepDone();
  const backups = quoted(write.report.backups.map((b) => b.backup));
  write.report.message = `${write.names.length}枚のシートを作成しました。` + (backups ? `元のシートは ${backups} にバックアップしました。` : "");
  return write.report;
}

/** Remove what this run added and give the old sheets their names back (two requests). */
async function undo(write: PlanWrite, ctx: XlRequestContext): Promise<void> {
  const { report } = write;
  ctx.workbook.worksheets.load("items/name");
  await ctx.sync();
  report.requests++;
  const now = new Set(ctx.workbook.worksheets.items.map((w) => w.name));
  for (const added of write.oldSheetsMoved ? write.added : []) {
    if (now.has(added.name)) {
      ctx.workbook.worksheets.getItem(added.name).delete();
      report.removed.push(added.name);
    }
  }
  for (const moved of write.moved) {
    if (now.has(moved.tempName)) {
      ctx.workbook.worksheets.getItem(moved.tempName).name = moved.original;
      report.restored.push(moved.original);
    }
  }
  await ctx.sync();
  report.requests++;
}

/** After a cancel or a failure: undo, and say what is left. */
async function stopped(write: PlanWrite, ctx: XlRequestContext, error: unknown): Promise<WriteReport> {
  const { report } = write;
  const cancelled = error instanceof Cancelled;
  report.status = cancelled ? "cancelled" : "failed";
  if (!cancelled) report.error = error;
  try {
    await undo(write, ctx);
  } catch (cleanup) {
    report.message =
      `途中で${cancelled ? "中止" : "エラーに"}なり、作りかけのシートを片付けられませんでした（${write.describe(cleanup)}）。` +
      `作成途中のシート: ${quoted(write.added.map((a) => a.name))}。手作業で削除してください。`;
    return report;
  }
  const what = cancelled ? "中止しました" : `エラーのため中止しました（${write.describe(error)}）`;
  // A backup was the old sheet itself, renamed: it has its own name again now.
  report.backups = report.backups.filter((b) => !report.restored.includes(b.sheet));
  report.message =
    `${what}。作りかけのシート ${quoted(report.removed)} は削除しました` +
    (report.restored.length ? `。元のシート ${quoted(report.restored)} はそのまま残っています` : "") +
    (report.backups.length ? `。バックアップ ${quoted(report.backups.map((b) => b.backup))} も残っています` : "") +
    "。";
  report.written = [];
  return report;
}

/** Everything after the question, in one Excel.run: look again, move, add, write, finish — or undo. */
async function writeAfterAsking(write: PlanWrite, ctx: XlRequestContext, conflicts: string[], choice: OverwriteChoice): Promise<WriteReport> {
  write.oldSheetsMoved = conflicts.length === 0;
  const appeared = await sheetsMadeSinceAsking(write, ctx, conflicts);
  if (appeared.length > 0) {
    return { ...write.report, status: "failed", message: `確認のあとにシート${quoted(appeared)}が作られたため、何も変更せずに中止しました。もう一度実行してください。` };
  }
  write.stepDone();
  try {
    await moveOldSheets(write, ctx, conflicts, choice === "backup-and-overwrite");
    await addPlanSheets(write, ctx);
    await writeSheets(write, ctx);
    write.throwIfCancelled();
    return await finish(write, ctx);
  } catch (error) {
    return stopped(write, ctx, error);
  }
}

/**
 * Write the plan. Resolves with a report in every case (declined, cancelled, failed or written); it
 * never leaves a half-written sheet without saying so.
 */
export async function writeWorkbook(plan: WorkbookPlan, options: WriteOptions): Promise<WriteReport> {
  plan.sheets.forEach(assertValuesStayValues);
  const budget = options.requestBudgetBytes ?? DEFAULT_REQUEST_BUDGET;
  const write = new PlanWrite(plan.sheets.map((sheet) => ({ sheet, requests: sheetRequests(sheet, budget) })), options);
  const existing = await existingSheetNames(write);
  for (const name of existing) write.taken.add(name.toLowerCase());
  const existingLower = new Set(existing.map((n) => n.toLowerCase()));
  const conflicts = write.names.filter((n) => existingLower.has(n.toLowerCase()));
  const choice = conflicts.length > 0 ? await options.confirmOverwrite(conflicts, overwriteMessage(conflicts)) : "overwrite";
  if (choice === "cancel") {
    return { ...write.report, status: "declined", message: "既存のシートがあるため、何も変更せずに中止しました。" };
  }
  return options.host.run((ctx) => writeAfterAsking(write, ctx, conflicts, choice));
}
