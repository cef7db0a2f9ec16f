/**
 * The frame of the file (nenkin-csv.md 2.3; kirico form.rb and the FD管理・事業所 samples): FD管理レコード,
 * [kanri], 事業所数, 事業所, [data], the records — CP932, CRLF after every record including the last — and a
 * split into numbered files, each under 4,500,000 bytes with the next FD通番.
 */
import { dayOf } from "../../src/calc/dates/calendar";
import { decodeSjis, frameFiles, frameRecords, MAX_FILE_BYTES, nextSerial } from "../../src/todoke";
import { isoDay, sampleOffice, samples } from "./samples";

describe("FD管理レコード and 事業所 records equal the samples", () => {
  const cases: [string, any][] = samples.fd_management.filter((s: any) => s.input.prefecture_code).map((s: any) => [s.case, s]);
  test.each(cases)("%s", (_case, s) => {
    const office = { ...sampleOffice({ prefecture_code: s.input.prefecture_code, area_code: s.input.area_code, office_code: s.input.office_code }), serial: s.input.fd_seq_number };
    expect(frameRecords(office, isoDay(s.input.created_at), s.input.fd_seq_number)[0]).toBe(s.line);
  });

  test("社労士: FD管理 starts with two blanks and the 社労士コード; 事業所数 carries the 社労士 name", () => {
    const fd = samples.fd_management.find((s: any) => s.case === "社労士");
    const count = samples.company_count.find((s: any) => s.case === "社労士");
    const office = { ...sampleOffice(), sharoushi: { code: fd.input.sr_code, name: count.input.name } };
    const lines = frameRecords(office, isoDay(fd.input.created_at), fd.input.fd_seq_number);
    expect(lines[0]).toBe(fd.line);
    expect(lines[2]).toBe(count.line);
  });

  test("事業主: [kanri], 事業所数 「,001」, the 事業所 record, [data]", () => {
    const lines = frameRecords(sampleOffice(), dayOf(2026, 7, 1), "001");
    expect(lines.slice(1)).toEqual(["[kanri]", samples.company_count[0].line, samples.company.line, "[data]"]);
  });
});

test("CP932 bytes, CRLF after every record including the last", () => {
  const [file] = frameFiles({ office: sampleOffice(), created: dayOf(2026, 7, 1), records: ["2265700,吉田", "2265700,松蔭"] });
  const text = decodeSjis(file.bytes);
  expect(text.split("\r\n")).toEqual([...frameRecords(sampleOffice(), dayOf(2026, 7, 1), "001"), "2265700,吉田", "2265700,松蔭", ""]);
  expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  expect(file).toMatchObject({ name: "SHFD0006.CSV", part: 1, serial: "001", records: 2 });
  // 吉田 is 8B67 9363 in Shift_JIS: the bytes are CP932, not UTF-8.
  expect(Buffer.from(file.bytes).includes(Buffer.from([0x8b, 0x67, 0x93, 0x63]))).toBe(true);
});

test("records beyond the size limit go to numbered files, each under it, with the next FD通番", () => {
  const records = Array.from({ length: 10 }, (_, i) => `2265700,${String(i).padStart(93, "0")}`); // 100 bytes + CRLF each
  const files = frameFiles({ office: sampleOffice(), created: dayOf(2026, 7, 1), records, maxBytes: 600 });
  for (const f of files) expect(f.bytes.length).toBeLessThan(600);
  expect(files.map((f) => [f.part, f.serial, f.records])).toEqual(files.map((f, i) => [i + 1, String(i + 1).padStart(3, "0"), f.records]));
  expect(files.reduce((n, f) => n + f.records, 0)).toBe(10);
  expect(files.length).toBeGreaterThan(1);
  expect(MAX_FILE_BYTES).toBe(4_500_000);
});

test.each([
  ["001", 1, "002"],
  ["999", 1, "001"],
  ["998", 3, "002"],
])("FD通番 %s + %d → %s (001…999, then 001)", (serial, step, next) => {
  expect(nextSerial(serial, step)).toBe(next);
});
