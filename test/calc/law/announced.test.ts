import { defineAnnouncedTimeline } from "../../../src/calc/law/announced";
import { isoToDay } from "../../../src/calc/dates/calendar";

const base = { id: "test.announced", title: "試験の料率", unit: "ppm", keyedOn: "premiumMonth" as const };
const source = (title: string) => [{ title, url: "https://example.invalid/" }];

describe("a table announced year by year", () => {
  test("the newest announcement's last day is the horizon", () => {
    const t = defineAnnouncedTimeline({
      ...base,
      announced: [
        { effective: "2025-03-01", until: "2026-02-28", value: 1, sources: source("令和7年度") },
        { effective: "2026-03-01", until: "2027-02-28", value: 2, sources: source("令和8年度") },
      ],
    });
    expect(t.spec.knownUntil).toBe("2027-02-28");
    expect(t.find(isoToDay("2027-02-01"))).toBe(2);
    expect(t.find(isoToDay("2027-03-01"))).toBeUndefined();
  });

  test("a gap between announcements fails at load", () => {
    expect(() =>
      defineAnnouncedTimeline({
        ...base,
        announced: [
          { effective: "2025-03-01", until: "2026-02-28", value: 1, sources: source("令和7年度") },
          { effective: "2026-04-01", until: "2027-03-31", value: 2, sources: source("令和8年度") },
        ],
      }),
    ).toThrow(/2026-04-01 does not start the day after 2026-02-28/);
  });

  test("a repeated rate confirms the revision in force when asked to", () => {
    const t = defineAnnouncedTimeline({
      ...base,
      earlier: [{ effective: "2020-04-01", value: 3, sources: source("政令") }],
      announced: [{ effective: "2026-04-01", until: "2027-03-31", value: 3, sources: source("令和8年度 据置") }],
      repeatConfirms: true,
    });
    expect(t.spec.revisions.map((r) => [r.effective, r.sources.map((s) => s.title)])).toEqual([["2020-04-01", ["政令", "令和8年度 据置"]]]);
    expect(t.spec.knownUntil).toBe("2027-03-31");
  });

  test("nothing announced is a data error", () => {
    expect(() => defineAnnouncedTimeline({ ...base, announced: [] })).toThrow(/nothing announced/);
  });
});
