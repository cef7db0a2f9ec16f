/**
 * From `sonae settle` to the payslip, through the real command line: the 勤怠・変動 that `settle --variables … --out`
 * writes (with its column 理由) given to `rebuild` prints each reason in the 備考 of that employee's 給与明細, read
 * from the .xlsx at the XML level. test/cli/fixtures/provisional: 0001 was paid 376,261 for a true 380,000 and 0002
 * 263,155 for a true 250,000.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { listZip, readZipEntry } from "../../src/import/zip";
import { PAYSLIP_ROW, PAYSLIP_ROWS } from "../../src/workbook/sheets/payslips";
import { runCli } from "./support";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sonae-settlement-slip-"));
const fx = (f: string) => path.join("test/cli/fixtures/provisional", f);

test("settle --variables --out, then rebuild --values-only: 備考 「前月精算: 理由」 for 0001 and 0002, none for 0003", async () => {
  const merged = path.join(dir, "variables-2027-01.csv");
  const settled = await runCli(["settle", "--provisional", fx("ledger-two.csv"), "--actual", fx("actual-two.csv"), "--variables", "examples/variables.csv", "--out", merged]);
  expect(settled.code).toBe(0);
  const out = path.join(dir, "payroll-2027-01.xlsx");
  const rebuilt = await runCli(["rebuild", "--master", "examples/master.csv", "--variables", merged, "--period", "2027-01", "--values-only", "--out", out]);
  expect(rebuilt.code).toBe(0);

  const bytes = new Uint8Array(fs.readFileSync(out));
  const entries = listZip(bytes);
  const part = async (name: string) => new TextDecoder().decode(await readZipEntry(bytes, entries.get(name)!));
  const [slips, shared] = [await part("xl/worksheets/sheet6.xml"), await part("xl/sharedStrings.xml")];
  const strings = [...shared.matchAll(/<si>(.*?)<\/si>/g)].map((m) => [...m[1].matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((t) => t[1]).join(""));
  const remarks = (k: number) => {
    const cell = new RegExp(`<c r="B${k * PAYSLIP_ROWS + PAYSLIP_ROW.remarks + 1}"[^>]*?(?:/>|>.*?</c>)`).exec(slips)?.[0] ?? "";
    return /t="s"/.test(cell) ? strings[Number(/<v>(\d+)<\/v>/.exec(cell)![1])] : /<v>([^<]*)<\/v>/.exec(cell)?.[1] ?? "";
  };
  expect(remarks(0)).toBe("前月精算: 仮払い 376,261円、確定した差引支給額 380,000円の差額（不足）です。　");
  expect(remarks(1)).toBe("前月精算: 仮払い 263,155円、確定した差引支給額 250,000円の差額（過払い）です。　");
  expect(remarks(2)).toBe("");
}, 60_000);
