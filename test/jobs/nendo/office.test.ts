/** OFFICE.json of the 年度更新: the shipped template reads, the 届書's keys pass, each bad field is named. */
import * as fs from "node:fs";
import * as path from "node:path";
import { parseNendoOffice } from "../../../src/jobs/nendo/office";

const ROOT = path.resolve(__dirname, "../../..");

test("templates/nendo-office.json reads as it is", () => {
  const r = parseNendoOffice(fs.readFileSync(path.join(ROOT, "templates/nendo-office.json"), "utf8"));
  expect(r).toEqual({ office: { rosaiRatePermille: 3, rosaiBusinessType: "94", laborInsuranceNumber: "13-1-01-123456-000", name: "株式会社見本商事", declaredEstimate: 250_000 }, problems: [] });
});

test("declaredEstimate (申告済概算保険料額) is whole yen; 0 is a declaration, absent is none", () => {
  expect(parseNendoOffice('{"rosaiRatePermille": 3, "rosaiBusinessType": "94", "declaredEstimate": 0}').office?.declaredEstimate).toBe(0);
  expect(parseNendoOffice('{"rosaiRatePermille": 3, "rosaiBusinessType": "94"}').office).not.toHaveProperty("declaredEstimate");
});

test("the 届書's keys (templates/office.json) may stand beside the 年度更新's", () => {
  const todoke = JSON.parse(fs.readFileSync(path.join(ROOT, "templates/office.json"), "utf8"));
  expect(parseNendoOffice(JSON.stringify({ ...todoke, rosaiRatePermille: 2.5, rosaiBusinessType: 94 })).office).toMatchObject({ rosaiRatePermille: 2.5, rosaiBusinessType: "94" });
});

test.each([
  ["{", "(JSON)", ""],
  ['{"rosaiBusinessType": "94"}', "rosaiRatePermille（労災保険率）", ""],
  ['{"rosaiRatePermille": 0, "rosaiBusinessType": "94"}', "rosaiRatePermille（労災保険率）", "0"],
  ['{"rosaiRatePermille": 3, "rosaiBusinessType": "9"}', "rosaiBusinessType（事業の種類）", "9"],
  ['{"rosaiRatePermille": 3, "rosaiBusinessType": "94", "nextRosaiRatePermille": "2.5"}', "nextRosaiRatePermille（翌年度の労災保険率）", "2.5"],
  ['{"rosaiRatePermille": 3, "rosaiBusinessType": "94", "laborInsuranceNumber": "13-1-01-123456"}', "laborInsuranceNumber（労働保険番号）", "13-1-01-123456"],
  ['{"rosaiRatePermille": 3, "rosaiBusinessType": "94", "rosaiRate": 3}', "rosaiRate", "3"],
  ['{"rosaiRatePermille": 3, "rosaiBusinessType": "94", "declaredEstimate": "220,987"}', "declaredEstimate（申告済概算保険料額）", "220,987"],
  ['{"rosaiRatePermille": 3, "rosaiBusinessType": "94", "declaredEstimate": -1}', "declaredEstimate（申告済概算保険料額）", "-1"],
  ['{"rosaiRatePermille": 3, "rosaiBusinessType": "94", "declaredEstimate": 220987.5}', "declaredEstimate（申告済概算保険料額）", "220987.5"],
])("%s → the field %s, value %j", (text, column, value) => {
  const r = parseNendoOffice(text);
  expect(r.office).toBeUndefined();
  expect(r.problems.map((p) => [p.column, p.value])).toEqual([[column, value]]);
});
