import { describe, expect, it } from "vitest";
import { frenchTypography } from "../content/check.ts";
import { LANGS } from "../content/vocabulary.ts";
import enCore from "./locales/en.json";
import frCore from "./locales/fr.json";
import enCite from "./locales/parts/cite.en.json";
import frCite from "./locales/parts/cite.fr.json";
import enParagraph from "./locales/parts/paragraph.en.json";
import frParagraph from "./locales/parts/paragraph.fr.json";
import enSearch from "./locales/parts/search.en.json";
import frSearch from "./locales/parts/search.fr.json";
import enResults from "./locales/parts/searchResults.en.json";
import frResults from "./locales/parts/searchResults.fr.json";
import enTimeline from "./locales/parts/timelineView.en.json";
import frTimeline from "./locales/parts/timelineView.fr.json";

type Tree = { [key: string]: string | Tree };

/** Trees merged as i18next merges a part into the core strings (deep). */
function merge(...trees: Tree[]): Tree {
  const out: Tree = {};
  for (const tree of trees)
    for (const [key, value] of Object.entries(tree)) {
      const had = out[key];
      out[key] = typeof value === "object" && typeof had === "object" ? merge(had, value) : value;
    }
  return out;
}

// Each language's strings as the pages get them: the core file and every view's own part.
const en = merge(enCore, enCite, enParagraph, enSearch, enResults, enTimeline);
const fr = merge(frCore, frCite, frParagraph, frSearch, frResults, frTimeline);

function leaves(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}

describe("UI locale files", () => {
  it("give each string one file: a view's own part never repeats a core string", () => {
    for (const [core, parts] of [
      [enCore, [enCite, enParagraph, enSearch, enResults, enTimeline]],
      [frCore, [frCite, frParagraph, frSearch, frResults, frTimeline]],
    ] as const) {
      const coreKeys = new Set(leaves(core).map(([k]) => k));
      for (const part of parts) for (const [key] of leaves(part)) expect(coreKeys.has(key), key).toBe(false);
    }
  });

  it("hold the same keys in French and English", () => {
    const frKeys = leaves(fr)
      .map(([k]) => k)
      .sort();
    const enKeys = leaves(en)
      .map(([k]) => k)
      .sort();
    expect(frKeys).toEqual(enKeys);
  });

  it("have no empty value", () => {
    for (const [key, value] of [...leaves(fr), ...leaves(en)]) expect(value.trim(), key).not.toBe("");
  });

  it("follow the release files' French spacing: no-break spaces around « » and before : ; ! ? (U+202F before ; ! ?), numbers and %", () => {
    for (const [key, value] of leaves(fr)) expect(frenchTypography(key, value)).toEqual([]);
  });

  it("use the same interpolations in both languages", () => {
    // With its format: a count written as a number in one language is written so in the other.
    const vars = (s: string) => [...s.matchAll(/\{\{([^}]+)\}\}/g)].map((m) => m[1]).sort();
    const frMap = new Map(leaves(fr));
    for (const [key, value] of leaves(en)) expect(vars(frMap.get(key) ?? ""), key).toEqual(vars(value));
  });
});

describe("counts", () => {
  it("are written as numbers are in each language: 10,000 and 10 000, not 10000", async () => {
    const { i18n } = await import("./index.ts");
    i18n.addResourceBundle("fr", "translation", fr, true, true);
    i18n.addResourceBundle("en", "translation", en, true, true);
    const [tFr, tEn] = [i18n.getFixedT("fr"), i18n.getFixedT("en")];
    expect(tEn("archive.count", { count: 10000 })).toBe("10,000 releases");
    expect(tFr("archive.count", { count: 10000 })).toBe("10\u202f000 communiqués");
    expect(tEn("search.count", { count: 1234, q: "meeting" })).toBe("1,234 releases hold “meeting”");
    expect(tFr("pages.status", { page: 2, pages: 1000 })).toBe("Page 2 sur 1\u202f000");
    expect(tEn("decisionsView.count", { count: 1 })).toBe("1 decision");
    expect(tEn("filter.problem.pageTooFar", { value: 1200, last: 1000 })).toBe("There is no page 1,200: the last page, 1,000, is shown.");
    expect(tFr("filter.problem.pageTooFar", { value: 1200, last: 1000 })).toMatch(/page 1\u202f200[\u00a0\u202f]:.* 1\u202f000,/);
  });

  it("are written as Intl writes them in each language, below 1,000 too (where no formatter is built)", async () => {
    const { i18n } = await import("./index.ts");
    for (const lang of LANGS) {
      const intl = new Intl.NumberFormat(lang);
      const formatted = (n: number) => i18n.services.formatter?.format(n, "number", lang);
      for (let n = 0; n < 1001; n++) expect(formatted(n)).toBe(intl.format(n));
      expect(formatted(1000.5)).toBe(intl.format(1000.5));
    }
  });
});

describe("the error text, written in code for when the strings cannot be loaded", () => {
  it("says the same things in both languages, in French with French spacing", async () => {
    const { ERROR_TEXT } = await import("../app/error-pages.tsx");
    expect(Object.keys(ERROR_TEXT.fr)).toEqual(Object.keys(ERROR_TEXT.en));
    for (const [key, value] of Object.entries(ERROR_TEXT.fr)) expect(frenchTypography(`error.${key}`, value)).toEqual([]);
  });
});
