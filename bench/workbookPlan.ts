/**
 * Plan a payroll workbook for synthetic employees and write it to an Excel host — the in-memory stand-in
 * in the benchmark — reporting the plan time, the number of context.sync() calls and the largest request.
 * Targets: plan < 1 s for 10,000 employees; every request well under Excel on the web's 5 MB.
 */
import { defaultPayrollSettings } from "../src/calc/payroll/settings";
import { XlHost } from "../src/workbook/excel/excelApi";
import { writeWorkbook } from "../src/workbook/excel/writer";
import { collectLawInfo } from "../src/workbook/lawInfo";
import { planWorkbook, PlannedWorkbook } from "../src/workbook/plan";
import { syntheticEmployees, syntheticVariables } from "./synthetic";

export interface WorkbookBench {
  employees: number;
  planMs: number;
  sheets: number;
  /** context.sync() calls of the whole write. */
  syncs: number;
  /** Largest request, as the host measured it (bytes). */
  largestRequestBytes: number;
  writeMs: number;
}

/** Plan a synthetic workbook (10,000 employees by default), timed. */
export function benchPlan(n = 10_000): { plan: PlannedWorkbook; ms: number } {
  const employees = syntheticEmployees(n);
  const variables = syntheticVariables(employees);
  const settings = defaultPayrollSettings("2026-11");
  const lawInfo = collectLawInfo({ settings });
  const start = performance.now();
  const plan = planWorkbook({ employees, variables, settings, lawInfo });
  return { plan, ms: performance.now() - start };
}

/**
 * Plan and write to a host. `measure` reads the host's own record of its requests (the stand-in's
 * `workbook.syncs`), so the figures are the host's, not the writer's estimate.
 */
export async function benchWorkbook(o: {
  employees?: number;
  host: XlHost;
  measure: () => { syncs: number; largestRequestBytes: number };
}): Promise<WorkbookBench> {
  const { plan, ms } = benchPlan(o.employees ?? 10_000);
  const start = performance.now();
  const report = await writeWorkbook(plan, { host: o.host, confirmOverwrite: async () => "overwrite" });
  if (report.status !== "written") throw new Error(`bench write failed: ${report.message}`);
  const m = o.measure();
  return {
    employees: o.employees ?? 10_000,
    planMs: ms,
    sheets: plan.sheets.length,
    syncs: m.syncs,
    largestRequestBytes: m.largestRequestBytes,
    writeMs: performance.now() - start,
  };
}

/** The benchmark's lines, with the targets (plan < 1 s for 10,000 employees; every request < 5 MB). */
export function formatWorkbookBench(r: WorkbookBench): string[] {
  const mb = (b: number) => `${(b / 1_000_000).toFixed(2)} MB`;
  return [
    `workbook plan, ${r.employees.toLocaleString("en-US")} employees: ${r.planMs.toFixed(0)} ms (target < 1,000 ms: ${r.planMs < 1000 ? "met" : "NOT MET"})`,
    `workbook write to the stand-in: ${r.sheets} sheets, ${r.syncs} context.sync() calls, largest request ${mb(r.largestRequestBytes)} (limit 5 MB: ${r.largestRequestBytes < 5 * 1024 * 1024 ? "met" : "NOT MET"}), ${r.writeMs.toFixed(0)} ms`,
  ];
}
