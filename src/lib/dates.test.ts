import { afterEach, describe, expect, it } from "vitest";
import { formatDateTime, formatDay, formatDayRange, formatDayRangeParts, formatMonth, languageName } from "./dates.ts";

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe("date formatting", () => {
  it("writes calendar dates the way each language does, the first of a month as « 1er » in French", () => {
    expect(formatDay("2023-02-15", "fr")).toBe("15 février 2023");
    expect(formatDay("2023-02-15", "en")).toBe("15 February 2023");
    expect(formatMonth("2023-02-15", "fr")).toBe("février 2023");
    expect(formatMonth("2023-02-15", "en")).toBe("February 2023");
    expect(formatDay("2023-06-01", "fr")).toBe("1er juin 2023");
    expect(formatDay("2023-06-01", "en")).toBe("1 June 2023");
    expect(formatDay("2023-06-11", "fr")).toBe("11 juin 2023");
    expect(formatDay("2023-06-21", "fr")).toBe("21 juin 2023");
  });

  it("never moves a calendar date, whatever the reader's time zone", () => {
    for (const tz of ["Pacific/Honolulu", "Pacific/Kiritimati", "America/Los_Angeles", "Asia/Tokyo", "UTC"]) {
      process.env.TZ = tz;
      expect(formatDay("2023-02-14", "en"), tz).toBe("14 February 2023");
      expect(formatDay("2023-01-01", "fr"), tz).toBe("1er janvier 2023");
      expect(formatDayRange("2023-02-14", "2023-02-15", "fr"), tz).toBe("14–15 février 2023");
    }
  });

  it("shows an update time in Brussels time, summer or winter, whatever the reader's time zone", () => {
    for (const tz of ["Pacific/Honolulu", "Asia/Tokyo"]) {
      process.env.TZ = tz;
      expect(formatDateTime("2023-02-15T17:21:00+01:00", "fr")).toBe("15 février 2023, 17\u00a0h\u00a021");
      expect(formatDateTime("2023-02-15T17:21:00+01:00", "en")).toBe("15 February 2023, 17:21");
    }
    expect(formatDateTime("2024-10-18T13:49:00Z", "en")).toBe("18 October 2024, 15:49");
    // 23:30 UTC on 31 May is already 1 June in Brussels.
    expect(formatDateTime("2023-05-31T23:30:00Z", "fr")).toBe("1er juin 2023, 1\u00a0h\u00a030");
    expect(formatDateTime("2023-02-15", "en")).toBe("15 February 2023");
  });

  it("cuts a span of days into a start and an end, each in the reader's language", () => {
    const p = formatDayRangeParts("2023-02-14", "2023-02-15", "fr");
    expect(`${p.before}${p.start}${p.between}${p.end}`).toBe("14–15 février 2023");
    expect(p.start).toBe("14");
    expect(p.end).toBe("15 février 2023");
    const f = formatDayRangeParts("2023-06-30", "2023-07-01", "fr");
    expect(`${f.start}${f.between}${f.end}`).toBe("30 juin – 1er juillet 2023");
    const q = formatDayRangeParts("2023-06-30", "2023-07-01", "en");
    expect(q.start).toBe("30 June");
    expect(q.end).toBe("1 July 2023");
    expect(formatDayRange("2022-12-30", "2023-01-02", "en")).toBe("30 December 2022 – 2 January 2023");
    expect(formatDayRange("2023-02-14", "2023-02-15", "en")).toBe("14 – 15 February 2023");
    expect(formatDayRange("2023-02-15", "2023-02-15", "fr")).toBe("15 février 2023");
  });
});

describe("language names", () => {
  it("name a tag's language in the reader's language, and fall back to the tag itself", () => {
    expect(languageName("en", "fr")).toBe("anglais");
    expect(languageName("en-GB", "fr")).toBe("anglais");
    expect(languageName("ro", "en")).toBe("Romanian");
    expect(languageName("uk", "fr")).toBe("ukrainien");
    expect(languageName("xx", "fr")).toBe("xx");
    expect(languageName("not a tag", "en")).toBe("not a tag");
  });
});
