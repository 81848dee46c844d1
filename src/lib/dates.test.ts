import { afterEach, describe, expect, it } from "vitest";
import { formatDateTime, formatDay, formatDayRangeParts, formatMonth } from "./dates.ts";

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe("date formatting", () => {
  it("writes calendar dates the way each language does", () => {
    expect(formatDay("2023-02-15", "fr")).toBe("15 février 2023");
    expect(formatDay("2023-02-15", "en")).toBe("15 February 2023");
    expect(formatMonth("2023-02-15", "fr")).toBe("février 2023");
    expect(formatDay("2023-06-01", "fr")).toBe("1er juin 2023");
    expect(formatDay("2023-06-11", "fr")).toBe("11 juin 2023");
    expect(formatDay("2023-06-21", "fr")).toBe("21 juin 2023");
  });

  it("never moves a calendar date, whatever the reader's time zone", () => {
    for (const tz of ["Pacific/Honolulu", "Pacific/Kiritimati", "America/Los_Angeles", "Asia/Tokyo", "UTC"]) {
      process.env.TZ = tz;
      expect(formatDay("2023-02-14", "en"), tz).toBe("14 February 2023");
      expect(formatDay("2023-01-01", "fr"), tz).toBe("1er janvier 2023");
    }
  });

  it("shows an update time in Brussels time, whatever the reader's time zone", () => {
    for (const tz of ["Pacific/Honolulu", "Asia/Tokyo"]) {
      process.env.TZ = tz;
      expect(formatDateTime("2023-02-15T17:21:00+01:00", "fr")).toBe("15 février 2023, 17:21");
      expect(formatDateTime("2023-02-15T17:21:00+01:00", "en")).toBe("15 February 2023, 17:21");
    }
    // Summer time: 15:49 in Brussels is 13:49 UTC.
    expect(formatDateTime("2024-10-18T13:49:00Z", "en")).toBe("18 October 2024, 15:49");
  });

  it("cuts a span of days into a start and an end", () => {
    const p = formatDayRangeParts("2023-02-14", "2023-02-15", "fr");
    expect(`${p.before}${p.start}${p.between}${p.end}`).toBe("14–15 février 2023");
    expect(p.start).toBe("14");
    expect(p.end).toBe("15 février 2023");
    const f = formatDayRangeParts("2023-06-30", "2023-07-01", "fr");
    expect(`${f.start}${f.between}${f.end}`.replace(/\s/g, " ")).toBe("30 juin – 1er juillet 2023");
    const q = formatDayRangeParts("2023-06-30", "2023-07-01", "en");
    expect(q.start).toBe("30 June");
    expect(q.end).toBe("1 July 2023");
  });
});

// The formatting above is written out by hand; Intl (Node's full ICU) is the reference it must match.
describe("date formatting matches Intl", () => {
  const intl = (lang: "fr" | "en", options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(lang === "fr" ? "fr-FR" : "en-GB", options);
  const firstAsOrdinal = (text: string, lang: "fr" | "en") => (lang === "fr" ? text.replace(/(^|\D)1(?= )/g, "$11er") : text);

  it("for every calendar day from 1990 to 2040, in both languages", () => {
    for (const lang of ["fr", "en"] as const) {
      const day = intl(lang, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
      const dayMonth = intl(lang, { day: "numeric", month: "long", timeZone: "UTC" });
      const month = intl(lang, { month: "long", year: "numeric", timeZone: "UTC" });
      for (let t = Date.UTC(1990, 0, 1); t <= Date.UTC(2040, 11, 31); t += 86_400_000) {
        const iso = new Date(t).toISOString().slice(0, 10);
        expect(formatDay(iso, lang)).toBe(firstAsOrdinal(day.format(t), lang));
        expect(formatMonth(iso, lang)).toBe(month.format(t));
        const next = new Date(t + 86_400_000).toISOString().slice(0, 10);
        if (next.slice(0, 4) === iso.slice(0, 4) && next.slice(5, 7) !== iso.slice(5, 7)) {
          expect(formatDayRangeParts(iso, next, lang).start).toBe(firstAsOrdinal(dayMonth.format(t), lang));
        }
      }
    }
  });

  it("in Brussels time on every day from 2000 to 2035, around the clock changes and midnight", () => {
    for (const lang of ["fr", "en"] as const) {
      const day = intl(lang, { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Brussels" });
      const time = intl(lang, { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "Europe/Brussels" });
      for (let midnight = Date.UTC(2000, 0, 1); midnight < Date.UTC(2036, 0, 1); midnight += 86_400_000) {
        // Clocks change at 01:00 UTC; Brussels' midnight is 22:00 or 23:00 UTC.
        for (const minutes of [59, 60, 61, 727, 1319, 1320, 1379, 1380]) {
          const t = midnight + minutes * 60_000;
          const iso = new Date(t).toISOString().replace(".000Z", "Z");
          expect(formatDateTime(iso, lang)).toBe(`${firstAsOrdinal(day.format(t), lang)}, ${time.format(t)}`);
        }
      }
    }
  });
});
