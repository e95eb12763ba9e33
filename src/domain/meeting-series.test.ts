import { describe, expect, it } from "vitest";
import { describePattern, expandSeries, MAX_SERIES_MEETINGS, seriesRuleText, type SeriesSpec } from "./meeting-series";

const spec = (pattern: SeriesSpec["pattern"], from: string, until: string): SeriesSpec => ({
  pattern,
  from,
  until,
  startTime: "14:00",
});

describe("expandSeries", () => {
  it.each([
    {
      name: "the second Tuesday of every other month, September to July",
      spec: spec(
        { frequency: "monthly-weekday", interval: 2, weekday: "tuesday", week: "2" },
        "2026-09-01",
        "2027-07-31",
      ),
      dates: ["2026-09-08", "2026-11-10", "2027-01-12", "2027-03-09", "2027-05-11", "2027-07-13"],
    },
    {
      name: "the last Friday of every month, across the year end",
      spec: spec(
        { frequency: "monthly-weekday", interval: 1, weekday: "friday", week: "last" },
        "2026-11-01",
        "2027-02-28",
      ),
      dates: ["2026-11-27", "2026-12-25", "2027-01-29", "2027-02-26"],
    },
    {
      name: "the 15th of every third month",
      spec: spec({ frequency: "monthly-day", interval: 3, dayOfMonth: 15 }, "2026-04-01", "2027-03-31"),
      dates: ["2026-04-15", "2026-07-15", "2026-10-15", "2027-01-15"],
    },
    {
      name: "Wednesday every other week, through the change to GMT (25 October 2026)",
      spec: spec({ frequency: "weekly", interval: 2, weekday: "wednesday" }, "2026-10-07", "2026-11-18"),
      dates: ["2026-10-07", "2026-10-21", "2026-11-04", "2026-11-18"],
    },
    {
      name: "the from and until dates themselves are included",
      spec: spec({ frequency: "weekly", interval: 1, weekday: "monday" }, "2027-03-29", "2027-04-05"),
      dates: ["2027-03-29", "2027-04-05"],
    },
    {
      name: "nothing when until is before from",
      spec: spec({ frequency: "weekly", interval: 1, weekday: "monday" }, "2027-04-05", "2027-03-29"),
      dates: [],
    },
  ])("$name", ({ spec: s, dates }) => {
    expect(expandSeries(s)).toEqual(dates);
  });

  it("stops one past the limit, so that a caller can refuse a series that is too long", () => {
    const dates = expandSeries(
      spec({ frequency: "weekly", interval: 1, weekday: "monday" }, "2026-01-01", "2099-12-31"),
    );
    expect(dates).toHaveLength(MAX_SERIES_MEETINGS + 1);
  });
});

describe("seriesRuleText", () => {
  it("records the rule with its London start", () => {
    expect(
      seriesRuleText(
        spec({ frequency: "monthly-weekday", interval: 2, weekday: "tuesday", week: "2" }, "2026-09-01", "2027-07-31"),
      ),
    ).toBe(
      "DTSTART;TZID=Europe/London:20260901T140000\nRRULE:FREQ=MONTHLY;INTERVAL=2;BYDAY=+2TU;UNTIL=20270731T000000Z",
    );
  });
});

describe("describePattern", () => {
  it.each([
    [
      { frequency: "monthly-weekday", interval: 2, weekday: "tuesday", week: "2" },
      "the second Tuesday of every other month",
    ],
    [{ frequency: "monthly-weekday", interval: 1, weekday: "friday", week: "last" }, "the last Friday of every month"],
    [{ frequency: "monthly-day", interval: 3, dayOfMonth: 22 }, "the 22nd of every 3 months"],
    [{ frequency: "monthly-day", interval: 1, dayOfMonth: 11 }, "the 11th of every month"],
    [{ frequency: "weekly", interval: 1, weekday: "monday" }, "every Monday"],
    [{ frequency: "weekly", interval: 2, weekday: "monday" }, "Monday every other week"],
  ] as const)("%o reads %s", (pattern, words) => {
    expect(describePattern(pattern)).toBe(words);
  });
});
