import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LANGS } from "../../content/vocabulary.ts";
import { formatDay, formatMonth } from "../../lib/dates.ts";
import { parseDate } from "./parse-date.ts";

const day = (d: string) => ({ ok: true, first: d, last: d });

// Any existing day between 1900 and 2100, as YYYY-MM-DD.
const isoDay = fc
  .integer({ min: Date.UTC(1900, 0, 1) / 86_400_000, max: Date.UTC(2100, 11, 31) / 86_400_000 })
  .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));

const MONTHS = {
  fr: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};
const stripAccents = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "");

describe("reading a typed date", () => {
  it("reads the forms a French or English reader types, as the same day", () => {
    for (const text of [
      "2023-02-15",
      "15/02/2023",
      "15.02.2023",
      "15-02-2023",
      "15/2/2023",
      "15 février 2023",
      "15 fevrier 2023",
      "15 FÉVRIER 2023",
      "15 févr. 2023",
      "15 February 2023",
      "15 feb 2023",
      "February 15, 2023",
      "february 15th, 2023",
      "  15   février   2023 ",
      "15\u00a0février\u00a02023",
    ]) {
      expect(parseDate(text), text).toEqual(day("2023-02-15"));
    }
    expect(parseDate("1er février 2023")).toEqual(day("2023-02-01"));
    expect(parseDate("1ER FEVRIER 2023")).toEqual(day("2023-02-01"));
    expect(parseDate("1st February 2023")).toEqual(day("2023-02-01"));
  });

  it("reads a month or a year as the whole period", () => {
    for (const text of ["février 2023", "Fevrier 2023", "February 2023", "feb 2023", "02/2023", "2/2023", "2023-02"]) {
      expect(parseDate(text), text).toEqual({ ok: true, first: "2023-02-01", last: "2023-02-28" });
    }
    expect(parseDate("février 2024")).toEqual({ ok: true, first: "2024-02-01", last: "2024-02-29" });
    expect(parseDate("2023")).toEqual({ ok: true, first: "2023-01-01", last: "2023-12-31" });
  });

  it("says a date that has the shape of one but does not exist is impossible", () => {
    for (const text of ["2023-02-30", "30/02/2023", "31 avril 2023", "April 31, 2023", "2023-13-01", "13/2023", "0000"]) {
      expect(parseDate(text), text).toEqual({ ok: false, problem: "impossible" });
    }
  });

  it("says anything else is not a date it can read", () => {
    for (const text of [
      "",
      "demain",
      "next tuesday",
      "15 fév",
      "ma 2023",
      "ju 2023",
      "15/02/23",
      "2023-02-15T10:00",
      "15 février",
      "x".repeat(5000),
    ]) {
      expect(parseDate(text), text).toEqual({ ok: false, problem: "invalid" });
    }
  });

  it("never throws, whatever it is given", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const result = parseDate(s);
        if (result.ok) expect(result.first <= result.last).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("reads every canonical day as itself", () => {
    fc.assert(
      fc.property(isoDay, (d) => {
        expect(parseDate(d)).toEqual(day(d));
      }),
    );
  });

  it("reads every form of a day as the same day as its canonical form", () => {
    const forms = isoDay.chain((d) => {
      const [y, m, dd] = [d.slice(0, 4), Number(d.slice(5, 7)), Number(d.slice(8, 10))];
      const fr = MONTHS.fr[m - 1] ?? "";
      const en = MONTHS.en[m - 1] ?? "";
      const frDay = dd === 1 ? fc.constantFrom("1", "1er") : fc.constant(String(dd));
      return fc.tuple(
        fc.constant(d),
        fc.oneof(
          fc.constant(`${String(dd).padStart(2, "0")}/${String(m).padStart(2, "0")}/${y}`),
          fc.constant(`${dd}/${m}/${y}`),
          fc.constant(`${dd}.${m}.${y}`),
          fc.constant(`${dd}-${String(m).padStart(2, "0")}-${y}`),
          frDay.chain((n) => fc.constantFrom(`${n} ${fr} ${y}`, `${n} ${stripAccents(fr)} ${y}`, `${n} ${fr.toUpperCase()} ${y}`)),
          fc.constantFrom(`${dd} ${en} ${y}`, `${en} ${dd}, ${y}`, `${en.toLowerCase()} ${dd} ${y}`, `${dd} ${en.slice(0, 3)} ${y}`),
          fc.constantFrom(...LANGS).map((lang) => formatDay(d, lang)),
        ),
      );
    });
    fc.assert(
      fc.property(forms, ([d, text]) => {
        expect(parseDate(text), text).toEqual(day(d));
      }),
    );
  });

  it("reads every month, as Intl writes it in either language, as that whole month", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.constantFrom(...LANGS), (y, m, lang) => {
        const first = `${y}-${String(m).padStart(2, "0")}-01`;
        const result = parseDate(formatMonth(first, lang));
        expect(result.ok && result.first).toBe(first);
        expect(result.ok && result.last.slice(0, 7)).toBe(first.slice(0, 7));
      }),
    );
  });
});
