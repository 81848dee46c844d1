// Every parser of the URL, tried against arbitrary input: none throws, each answers within its contract.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSlug } from "../content/vocabulary.ts";
import { readListing } from "../features/listing/listing-query.ts";
import { isCalendarDay } from "../lib/days.ts";
import { switchLang } from "../lib/paths.ts";
import { languageRedirect } from "./lang-loader.ts";

const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

// Paths and queries as a hostile or careless link might carry them.
const segment = fc.oneof(
  fc.string({ unit: "grapheme" }),
  fc.constantFrom("fr", "en", "de", "FR", "fr-CA", "en_GB", "xx", "<script>alert(1)</script>", "%00", "..", "%E0%A4%A", "été", "😀"),
);
const path = fc.array(segment, { maxLength: 5 }).map((parts) => `/${parts.map(encodeURIComponent).join("/")}`);
// Repeated keys included: a hand-edited or hostile link may carry from=…&from=….
const value = fc.oneof(
  fc.string({ unit: "binary" }),
  fc.string({ unit: fc.constantFrom("a", "1", "/", "\u202e", "\u2066", "\u200f", "\u061c", "\u05d0", "\u0627") }),
  fc.constantFrom("", " ", "2023", "15/02/2023", "février 2023", "2023-02-30", "2024-06-01", "ukraine", "agreed", "2", "0"),
);
const query = fc.array(fc.tuple(fc.constantFrom("from", "to", "topic", "kind", "page", "utm_source", "x"), value), { maxLength: 6 });
const search = query.map((pairs) => {
  const s = new URLSearchParams(pairs).toString();
  return s ? `?${s}` : "";
});

describe("URL parsers", () => {
  it("languageRedirect sends every path to a supported language, once", () => {
    fc.assert(
      fc.property(path, search, fc.constantFrom("fr" as const, "en" as const), (p, s, preferred) => {
        const target = languageRedirect(p, s, () => preferred);
        if (target === null) {
          expect(p).toMatch(/^\/(fr|en)(\/|$)/);
          return;
        }
        expect(target).toMatch(/^\/(fr|en)\//);
        expect(target.endsWith(s)).toBe(true);
        expect(languageRedirect(target.slice(0, target.length - s.length), s, () => preferred)).toBeNull();
      }),
    );
  });

  it("readListing never throws, keeps only existing days in order, and quotes back only short pieces", () => {
    fc.assert(
      fc.property(search, fc.boolean(), (s, filters) => {
        const { query, canonical } = readListing(new URLSearchParams(s), { filters });
        for (const day of [query.range.from, query.range.to]) if (day) expect(isCalendarDay(day)).toBe(true);
        if (query.range.from && query.range.to) expect(query.range.from <= query.range.to).toBe(true);
        expect(query.page).toBeGreaterThanOrEqual(1);
        // What the page quotes back from the URL: short, and with no control that could reorder its text.
        const quoted = [
          ...query.problems.flatMap((p) => ("value" in p && typeof p.value === "string" ? [p.value] : "param" in p ? [p.param] : [])),
          query.fields.from,
          query.fields.to,
        ];
        for (const text of quoted) {
          expect([...text].length).toBeLessThanOrEqual(41);
          expect(text).not.toMatch(BIDI_CONTROL);
        }
        // The canonical query string, as the redirect's address gives it, reads the same and is its own
        // canonical form: a listing never redirects twice.
        const again = readListing(new URL(`http://x/en/?${canonical}`).searchParams, { filters });
        expect(again.canonical).toBe(canonical);
        expect(again.query.range).toEqual(query.range);
      }),
      { numRuns: 2000 },
    );
  });

  it("switchLang keeps all but the language", () => {
    fc.assert(
      fc.property(path, search, fc.string(), fc.constantFrom("fr" as const, "en" as const), (p, s, h, to) => {
        const hash = h ? `#${encodeURIComponent(h)}` : "";
        const result = switchLang({ pathname: p, search: s, hash }, to);
        expect(result.startsWith(`/${to}/`)).toBe(true);
        expect(result.endsWith(`${s}${hash}`)).toBe(true);
      }),
    );
  });

  it("isSlug accepts only short URL-safe slugs", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (id) => {
        if (isSlug(id)) expect(id).toMatch(/^[a-z0-9-]{1,100}$/);
      }),
    );
    expect(isSlug("2023-02-15-defence-ministers")).toBe(true);
    expect(isSlug("<script>")).toBe(false);
    expect(isSlug("a".repeat(101))).toBe(false);
  });
});
