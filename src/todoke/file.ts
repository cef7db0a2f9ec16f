/**
 * The frame of a 届書作成プログラム CSV (届書作成仕様書 p.6-2; kufu/kirico csv_generator.rb, form.rb): the FD管理レコード ending in the
 * 代表届書コード 22223, [kanri], the 事業所数, the 事業所, [data], then one record per person — CP932, commas,
 * CRLF after every record including the last. A file must stay under 4,500,000 bytes to be filed through
 * e-Gov, so larger sets are split into numbered files, each with its own frame and the next FD通番.
 */
import { Day, ymdOf } from "../calc/dates/calendar";
import { encodeSjis } from "./cp932";
import { pad } from "./era";
import { Office } from "./office";

/** 代表届書コード: the same for every file (kufu/kirico form.rb). */
export const REPRESENTATIVE_FORM_CODE = "22223";
/** The file name the 届書作成プログラム and the 年金事務所 expect (kirico Form::FILE_NAME). */
export const FILE_NAME = "SHFD0006.CSV";
/** e-Gov refuses files of 4.5MB; a file is kept strictly under it (操作説明書 第三部 18p). */
export const MAX_FILE_BYTES = 4_500_000;
const CRLF = Uint8Array.of(0x0d, 0x0a);

export interface TodokeFile {
  name: string;
  /** 1, 2, … when the records were split over several files; 1 otherwise. */
  part: number;
  /** FD通番 written in this file. */
  serial: string;
  bytes: Uint8Array;
  /** How many person records it holds. */
  records: number;
}

/** The five lines before the person records. */
export function frameRecords(office: Office, created: Day, serial: string): string[] {
  const { year, month, day } = ymdOf(created);
  const createdOn = `${year}${pad(month, 2)}${pad(day, 2)}`;
  const submitter = office.sharoushi ? ["", "", office.sharoushi.code] : [office.prefectureCode, office.cityCode, office.officeSymbol];
  return [
    [...submitter, serial, createdOn, REPRESENTATIVE_FORM_CODE].join(","),
    "[kanri]",
    [office.sharoushi?.name ?? "", "001"].join(","),
    [
      office.prefectureCode, office.cityCode, office.officeSymbol, office.officeNumber, office.postalCode.parent, office.postalCode.child,
      office.address, office.name, office.ownerName, office.phone.area, office.phone.city, office.phone.subscriber,
    ].join(","),
    "[data]",
  ];
}

/** The FD通番 after `serial`: 001…999, then 001 again. */
export function nextSerial(serial: string, step: number): string {
  return pad(((Number(serial) - 1 + step) % 999) + 1, 3);
}

/**
 * The files holding the records, each under MAX_FILE_BYTES (the limit can be lowered for tests).
 * @example frameFiles({ office, created, records: ["2225700,…"] }) // [{ name: "SHFD0006.CSV", part: 1, serial: "001", … }]
 */
export function frameFiles(a: { office: Office; created: Day; records: readonly string[]; maxBytes?: number }): TodokeFile[] {
  const limit = a.maxBytes ?? MAX_FILE_BYTES;
  const lines = (part: number) => frameRecords(a.office, a.created, nextSerial(a.office.serial, part - 1)).flatMap((l) => [encodeSjis(l), CRLF]);
  const files: TodokeFile[] = [];
  let part = 1;
  let chunks = lines(part);
  let count = 0;
  const close = () => files.push({ name: FILE_NAME, part, serial: nextSerial(a.office.serial, part - 1), bytes: concat(chunks), records: count });
  for (const record of a.records) {
    const bytes = encodeSjis(record);
    if (count > 0 && size(chunks) + bytes.length + CRLF.length >= limit) {
      close();
      part++;
      chunks = lines(part);
      count = 0;
    }
    chunks.push(bytes, CRLF);
    count++;
  }
  close();
  return files;
}

function size(chunks: readonly Uint8Array[]): number {
  return chunks.reduce((n, c) => n + c.length, 0);
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(size(chunks));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
