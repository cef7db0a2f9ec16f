/**
 * The public sample records (test/fixtures/official/todoke/nenkin-csv-samples.yaml) turned into the typed
 * inputs of the builders, so each test can write a record and compare it with the sample line.
 */
import { referenceYaml } from "../support/reference";
import { Day, dayOf } from "../../src/calc/dates/calendar";
import { Office } from "../../src/todoke";

export const samples = referenceYaml("todoke/nenkin-csv-samples.yaml");

export function isoDay(iso: string): Day {
  const [year, month, day] = iso.split("-").map(Number);
  return dayOf(year, month, day);
}

/** The sample 事業所 (company factory), with the office code of a data sample when given. */
export function sampleOffice(code?: { prefecture_code: string; area_code: string; office_code: string }): Office {
  const c = samples.company.input;
  const [parent, child] = c.zip.split("-");
  const [area, city, subscriber] = c.tel.split("-");
  return {
    prefectureCode: code?.prefecture_code ?? c.prefecture_code,
    cityCode: code?.area_code ?? c.area_code,
    officeSymbol: code?.office_code ?? c.office_code,
    officeNumber: c.office_number,
    postalCode: { parent, child },
    address: c.address,
    name: c.name,
    ownerName: c.owner_name,
    phone: { area, city, subscriber },
    serial: "001",
  };
}

/** The sample line's fields, with the 個人番号 (field 40 or 15) blanked: Sonae keeps no My Number. */
export function withoutMyNumber(line: string, column: number): string[] {
  const fields = line.split(",");
  fields[column - 1] = "";
  return fields;
}
