// Every parser of the URL, tried against arbitrary input: none throws, each answers within its contract.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isReleaseId } from "../content/load.ts";
import { paginate } from "../features/date-filter/pagination.ts";
import { parseRange } from "../features/date-filter/range.ts";
import { parseListFilters } from "../features/decision-list/filters.ts";
import { switchLang } from "../lib/paths.ts";
import { languageRedirect } from "./lang-loader.ts";

// Paths and queries as a hostile or careless link might carry them.
const segment = fc.oneof(
  fc.string({ unit: "grapheme" }),
  fc.constantFrom("fr", "en", "de", "FR", "fr-CA", "en_GB", "xx", "<script>alert(1)</script>", "%00", "..", "%E0%A4%A", "été", "😀"),
);
const path = fc.array(segment, { maxLength: 5 }).map((parts) => `/${parts.map(encodeURIComponent).join("/")}`);
const query = fc.dictionary(fc.constantFrom("from", "to", "topic", "kind", "page", "utm_source", "x"), fc.string({ unit: "binary" }), {
  maxKeys: 5,
});
const search = query.map((q) => {
  const s = new URLSearchParams(q).toString();
  return s ? `?${s}` : "";
});

describe("URL parsers", () => {
  it("languageRedirect sends every path to a supported language, once", () => {
    fc.assert(
      fc.property(path, search, fc.constantFrom("fr" as const, "en" as const), (p, s, preferred) => {
        const target = languageRedirect(p, s, preferred);
        if (target === null) {
          expect(p).toMatch(/^\/(fr|en)(\/|$)/);
          return;
        }
        expect(target).toMatch(/^\/(fr|en)\//);
        expect(target.endsWith(s)).toBe(true);
        expect(languageRedirect(target.slice(0, target.length - s.length), s, preferred)).toBeNull();
      }),
    );
  });

  it("parseRange never throws and only keeps existing days", () => {
    fc.assert(
      fc.property(search, (s) => {
        const { range } = parseRange(new URLSearchParams(s));
        for (const day of [range.from, range.to]) if (day) expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (range.from && range.to) expect(range.from <= range.to).toBe(true);
      }),
    );
  });

  it("paginate always shows a page that exists", () => {
    fc.assert(
      fc.property(fc.nat(200), fc.string({ unit: "binary" }), (n, page) => {
        const result = paginate(Array.from({ length: n }), new URLSearchParams({ page }), 20);
        expect(result.page).toBeGreaterThanOrEqual(1);
        expect(result.page).toBeLessThanOrEqual(result.pages);
        if (result.problem) expect(result.problem.value.length).toBeLessThanOrEqual(21);
      }),
    );
  });

  it("parseListFilters keeps known topics and kinds and reports others, cut short", () => {
    fc.assert(
      fc.property(search, (s) => {
        const filters = parseListFilters(new URLSearchParams(s));
        for (const value of Object.values(filters.unknown)) expect(value.length).toBeLessThanOrEqual(41);
      }),
    );
    expect(parseListFilters(new URLSearchParams("topic=ukraine&kind=agreed"))).toEqual({ topic: "ukraine", kind: "agreed", unknown: {} });
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

  it("isReleaseId accepts only URL-safe slugs", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (id) => {
        if (isReleaseId(id)) expect(id).toMatch(/^[a-z0-9-]+$/);
      }),
    );
    expect(isReleaseId("2023-02-15-defence-ministers")).toBe(true);
    expect(isReleaseId("<script>")).toBe(false);
  });
});
