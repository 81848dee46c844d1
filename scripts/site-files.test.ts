import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { writeSyntheticCorpus } from "../bench/synthetic.ts";
import { checkReleaseDir } from "../src/content/check.ts";
import { buildDataFiles } from "../src/content/data-files.ts";
import { type ArchiveItem, dataPaths, type ListIndexFile } from "../src/content/data-paths.ts";
import type { Release } from "../src/content/schema.ts";
import { LANGS, type Lang } from "../src/content/vocabulary.ts";
import { FEED_ENTRIES, type Site, siteFiles, sitemapFiles, sitemapPages } from "./site-files.ts";

const SITE: Site = { origin: "https://communique.example", base: "/reader/" };
const RFC3339_BRUSSELS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[12]:00$/;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (name) => ["entry", "link", "url", "xhtml:link", "sitemap", "category"].includes(name),
});

/** Each language's archive, newest first, as the build writes it. */
function archives(releases: Release[]): Record<Lang, ArchiveItem[]> {
  const files = buildDataFiles(releases);
  const index = files.get(dataPaths.listIndex("archive")) as ListIndexFile;
  const of = (lang: Lang) => index.chunks.flatMap((_, n) => files.get(dataPaths.listChunk("archive", lang, n)) as ArchiveItem[]).reverse();
  return { fr: of("fr"), en: of("en") };
}

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml);
}

const shipped = checkReleaseDir("src/content/releases").releases;

// A release at its worst for a feed: markup-like text, a CDATA end, an emoji, no standfirst.
const hostile: Release = (() => {
  const r = structuredClone(shipped[0] as Release);
  r.id = "2099-01-01-hostile";
  r.publishedAt = "2099-01-01";
  r.updatedAt = "2099-01-02T09:05+01:00";
  r.title = { fr: "Défense & <b>dissuasion</b> ]]> 🛡️ « x »", en: "Defence & <b>deterrence</b> ]]> 🛡️ 'x' \"y\"" };
  delete r.summary;
  return r;
})();

describe("the feeds", () => {
  const items = archives([...shipped, hostile]);
  const files = siteFiles(items, SITE);

  for (const lang of LANGS) {
    it(`Atom, ${lang}: well-formed, in its language, every entry complete, absolute and dated in Brussels time`, () => {
      const { feed } = parse(files.get(`/${lang}/feed.xml`) ?? "");
      expect(feed["@xml:lang"]).toBe(lang);
      expect(feed.id).toBe(`https://communique.example/reader/${lang}/feed.xml`);
      expect(feed.title["#text"]).toBe("Communiqué");
      expect(feed.updated).toMatch(RFC3339_BRUSSELS);
      const links = feed.link as Record<string, string>[];
      expect(links.find((l) => l["@rel"] === "self")?.["@href"]).toBe(feed.id);
      const other = lang === "fr" ? "en" : "fr";
      expect(links.find((l) => l["@rel"] === "alternate" && l["@hreflang"] === other)).toMatchObject({
        "@type": "application/atom+xml",
        "@href": `https://communique.example/reader/${other}/feed.xml`,
      });

      const entries = feed.entry as Record<string, unknown>[];
      expect(entries).toHaveLength(shipped.length + 1);
      const ids = entries.map((e) => e.id as string);
      expect(new Set(ids).size).toBe(ids.length);
      for (const e of entries) {
        expect(e.id).toMatch(new RegExp(`^https://communique\\.example/reader/${lang}/releases/[a-z0-9-]+$`));
        expect((e.link as Record<string, string>[])[0]?.["@href"]).toBe(e.id);
        expect(e.published).toMatch(RFC3339_BRUSSELS);
        expect(e.updated).toMatch(RFC3339_BRUSSELS);
        expect(((e.summary as Record<string, string>)["#text"] ?? "").length).toBeGreaterThan(0);
        expect(["official", "translation", "digest"]).toContain((e.category as Record<string, string>[])[0]?.["@term"]);
        expect((e.author as { name: string }).name).toBeTruthy();
      }
      // The hostile title comes through as text, whole.
      const first = entries.find((e) => (e.id as string).endsWith(hostile.id)) as {
        title: { "#text": string };
        published: string;
        updated: string;
        summary: { "#text": string };
      };
      expect(first.title["#text"]).toBe(hostile.title[lang]);
      expect(first.published).toBe("2099-01-01T00:00:00+01:00");
      expect(first.updated).toBe("2099-01-02T09:05:00+01:00");
      // Without a standfirst, the first paragraph stands in.
      const paragraph = hostile.body.find((b) => b.type === "paragraph");
      const text = paragraph?.type === "paragraph" ? paragraph.text[lang] : null;
      expect(first.summary["#text"]).toBe(typeof text === "string" ? text : text?.text);
    });

    it(`JSON Feed 1.1, ${lang}: its language and each item's fields`, () => {
      const feed = JSON.parse(files.get(`/${lang}/feed.json`) ?? "");
      expect(feed).toMatchObject({
        version: "https://jsonfeed.org/version/1.1",
        language: lang,
        home_page_url: `https://communique.example/reader/${lang}/`,
        feed_url: `https://communique.example/reader/${lang}/feed.json`,
      });
      expect(feed.items).toHaveLength(shipped.length + 1);
      for (const item of feed.items) {
        expect(item.id).toBe(item.url);
        expect(item.url).toMatch(/^https:\/\/communique\.example\/reader\//);
        expect(item.title.length).toBeGreaterThan(0);
        expect(item.content_text.length).toBeGreaterThan(0);
        expect(item.date_published).toMatch(RFC3339_BRUSSELS);
        expect(item.date_modified).toMatch(RFC3339_BRUSSELS);
      }
      expect(feed.items.find((i: { id: string }) => i.id.endsWith(hostile.id)).title).toBe(hostile.title[lang]);
    });
  }

  it(`carries the newest ${FEED_ENTRIES} releases at most`, () => {
    const dir = join(mkdtempSync(join(tmpdir(), "communique-feed-")), "releases");
    try {
      writeSyntheticCorpus(dir, FEED_ENTRIES + 10);
      const { releases } = checkReleaseDir(dir, { root: dir });
      const many = archives(releases);
      const { feed } = parse(siteFiles(many, SITE).get("/en/feed.xml") ?? "");
      expect(feed.entry).toHaveLength(FEED_ENTRIES);
      expect((feed.entry as { id: string }[]).map((e) => e.id)).toEqual(
        many.en.slice(0, FEED_ENTRIES).map((r) => `https://communique.example/reader/en/releases/${r.id}`),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the sitemap and robots.txt", () => {
  const items = archives(shipped);
  const files = siteFiles(items, SITE);

  it("lists every page in both languages, each with its alternates and x-default, absolute", () => {
    const { urlset } = parse(files.get("/sitemap.xml") ?? "");
    const urls = urlset.url as { loc: string; lastmod: string; "xhtml:link": Record<string, string>[] }[];
    const locs = urls.map((u) => u.loc);
    const expected = LANGS.flatMap((l) => [`/${l}/`, `/${l}/timeline`, `/${l}/decisions`, ...shipped.map((r) => `/${l}/releases/${r.id}`)]);
    expect(new Set(locs)).toEqual(new Set(expected.map((p) => `https://communique.example/reader${p}`)));
    for (const u of urls) {
      expect(u.lastmod).toMatch(RFC3339_BRUSSELS);
      const alternates = Object.fromEntries(u["xhtml:link"].map((l) => [l["@hreflang"], l["@href"]]));
      expect(Object.keys(alternates).sort()).toEqual(["en", "fr", "x-default"]);
      expect(locs).toContain(alternates.fr);
      expect(locs).toContain(alternates.en);
    }
    const archive = urls.find((u) => u.loc.endsWith("/reader/fr/"));
    expect(archive?.["xhtml:link"].find((l) => l["@hreflang"] === "x-default")?.["@href"]).toBe("https://communique.example/reader/");
  });

  it("splits into an index of sitemaps past the limit, losing no address", () => {
    const pages = sitemapPages(items.en);
    const split = sitemapFiles(pages, SITE, 5);
    const { sitemapindex } = parse(split.get("/sitemap.xml") ?? "");
    const parts = (sitemapindex.sitemap as { loc: string }[]).map((s) => s.loc);
    expect(parts).toHaveLength(Math.ceil((pages.length * 2) / 5));
    const all = parts.flatMap((loc) => {
      const { urlset } = parse(split.get(loc.replace("https://communique.example/reader", "")) ?? "");
      expect(urlset.url.length).toBeLessThanOrEqual(5);
      return (urlset.url as { loc: string }[]).map((u) => u.loc);
    });
    expect(all).toHaveLength(pages.length * 2);
    expect(new Set(all).size).toBe(all.length);
  });

  it("robots.txt names the sitemap", () => {
    expect(files.get("/robots.txt")).toContain("Sitemap: https://communique.example/reader/sitemap.xml\n");
  });
});
