/**
 * Measures import + validation of a 10,000-row Shift_JIS master (target < 0.5 s).
 * Run: npx tsx test/import/measureImport.ts [rows]. Not a jest test: timings vary by machine.
 */
import { importMasterFile, MASTER_TEMPLATE_HEADERS } from "../../src/import";
import { sjis, templateRow, VALID } from "./helpers";

export function bigMasterCsv(rows: number): string {
  const lines = [MASTER_TEMPLATE_HEADERS.join(",")];
  for (let i = 1; i <= rows; i++) {
    const id = String(i).padStart(5, "0");
    lines.push(templateRow({ ...VALID, 社員番号: id, 氏名: `試験 太郎${i}`, 生年月日: i % 2 ? "S60.4.1" : "1985/04/01", 基本給: "300,000", 口座番号: String(1000000 + i), 所属: "総務部", 通勤手当: "10000", 通勤手当の非課税額: "10000" }));
  }
  return lines.join("\r\n") + "\r\n";
}

async function main(): Promise<void> {
  const rows = Number(process.argv[2] ?? 10_000);
  const bytes = sjis(bigMasterCsv(rows));
  await importMasterFile(bytes, "warm-up.csv"); // JIT warm-up, as in a pane that has been open for a moment
  const wall: number[] = [];
  const cpu: number[] = [];
  let result = await importMasterFile(bytes, "big.csv");
  for (let k = 0; k < 7; k++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    result = await importMasterFile(bytes, "big.csv");
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1].toFixed(0);
  process.stdout.write(
    `${rows} rows, ${(bytes.length / 1024).toFixed(0)} KiB Shift_JIS: ${result.employees.length} employees, ${result.problems.length} problems; ` +
      `median wall ${median(wall)} ms, median CPU ${median(cpu)} ms (wall runs: ${wall.map((r) => r.toFixed(0)).join(", ")} ms)\n`,
  );
}

if (require.main === module) void main();
