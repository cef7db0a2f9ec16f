/** The law-data loader is strict: a data mistake fails at load with a message that says how to fix it. */
import { defineTimeline } from "../../../src/calc/law/timeline";
import { isoToDay } from "../../../src/calc/dates/calendar";

const src = [{ title: "テスト告示" }];
const base = { id: "t", title: "テスト料率", unit: "ppm", keyedOn: "premiumMonth" as const, knownUntil: "2026-12-31" };

test.each([
  ["unsorted revisions", { revisions: [{ effective: "2026-04-01", value: 1, sources: src }, { effective: "2026-03-01", value: 2, sources: src }] }, /not after/],
  ["duplicate dates", { revisions: [{ effective: "2026-04-01", value: 1, sources: src }, { effective: "2026-04-01", value: 2, sources: src }] }, /not after/],
  ["a revision without a source", { revisions: [{ effective: "2026-04-01", value: 1, sources: [] }] }, /no source/],
  ["a malformed date", { revisions: [{ effective: "2026-4-1", value: 1, sources: src }] }, /ISO/],
  ["an impossible date", { revisions: [{ effective: "2026-02-30", value: 1, sources: src }] }, /no such calendar day/],
  ["a horizon before the last revision", { knownUntil: "2026-01-01", revisions: [{ effective: "2026-04-01", value: 1, sources: src }] }, /knownUntil/],
  ["no revisions", { revisions: [] }, /no revisions/],
])("%s is rejected", (_n, spec, message) => {
  expect(() => defineTimeline({ ...base, ...spec } as any)).toThrow(message);
});

test("a lookup after the horizon is #N/A naming the table, never the old value", () => {
  const t = defineTimeline({ ...base, revisions: [{ effective: "2026-04-01", value: 7, sources: src }] });
  expect(t.at(isoToDay("2026-12-31"))).toBe(7);
  expect(() => t.at(isoToDay("2027-01-01"))).toThrow(/テスト料率/);
  expect(() => t.at(isoToDay("2026-03-31"))).toThrow(/テスト料率/);
});

test("the arithmetic calendar agrees with Date for every day 1900–2199", () => {
  const { ymdOf, dayOf } = require("../../../src/calc/dates/calendar");
  let checked = 0;
  for (let d = dayOf(1900, 1, 1); d <= dayOf(2199, 12, 31); d += 1) {
    const js = new Date(d * 86_400_000);
    const ymd = ymdOf(d);
    if (ymd.year !== js.getUTCFullYear() || ymd.month !== js.getUTCMonth() + 1 || ymd.day !== js.getUTCDate()) throw new Error(`day ${d}`);
    checked++;
  }
  // 300 years × 365 days + 73 leap days (1904…2196 every 4 years, less 2100).
  expect(checked).toBe(300 * 365 + 73);
});
