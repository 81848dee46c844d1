// The files that make the site followable and findable, written by the build from the validated content:
// an Atom and a JSON feed per language, the sitemap (with each page's other language), and robots.txt.
// Small templates rather than a feed library: see docs/decisions/0010-feeds-from-templates.md.
import type { ArchiveItem } from "../src/content/data-paths.ts";
import type { Localised, Text } from "../src/content/schema.ts";
import { LANGS, type Lang, otherLang } from "../src/content/vocabulary.ts";
import en from "../src/i18n/locales/en.json";
import fr from "../src/i18n/locales/fr.json";
import { brusselsTimestamp } from "../src/lib/dates.ts";
import { paths } from "../src/lib/paths.ts";

/** Where the site is: its origin ("https://example.org") and the path it is served under ("/" or "/communique/"). */
export type Site = { origin: string; base: string };

/** How many releases a feed carries: the newest. */
export const FEED_ENTRIES = 50;
/** Most addresses one sitemap file may list (sitemaps.org); past it, a sitemap index. */
export const SITEMAP_LIMIT = 50_000;

const LOCALES = { fr, en };
/** The Open Graph and feed locale of each language. */
export const LOCALE_TAG: Record<Lang, string> = { fr: "fr-FR", en: "en-GB" };

/** The absolute address of an app path ("/fr/timeline"). */
export function siteUrl(site: Site, path: string): string {
  return `${site.origin}${site.base.replace(/\/$/, "")}${path}`;
}

// Characters XML 1.0 does not allow (the content check refuses them; a feed must stay well-formed regardless).
const NOT_XML = /(?![\t\n\r])\p{Cc}|\p{Cs}|[\uFFFE\uFFFF]/gu;

/** Text as XML character data or an attribute value. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, "")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&apos;");
}

/** A localised text for `lang`'s feed: its own, or the other language's (with that language) when missing. */
function pick(value: Localised, lang: Lang): { text: string; lang: string } {
  const own = value[lang];
  const slot = own ?? value[otherLang(lang)];
  const fallback = own === null ? otherLang(lang) : lang;
  const text = slot as Text;
  return typeof text === "string" ? { text, lang: fallback } : { text: text.text, lang: text.lang };
}

/** `<name xml:lang?>text</name>`: the language marked where it is not the feed's. */
function textElement(name: string, value: Localised, lang: Lang, attributes = ""): string {
  const p = pick(value, lang);
  const xmlLang = p.lang === lang ? "" : ` xml:lang="${p.lang}"`;
  return `<${name}${attributes}${xmlLang}>${escapeXml(p.text)}</${name}>`;
}

/** Newest update among the releases: the feed's own `updated`. */
function newest(items: ArchiveItem[]): string {
  const stamps = items.map((r) => brusselsTimestamp(r.updatedAt));
  return stamps.sort((a, b) => Date.parse(b) - Date.parse(a))[0] ?? "1970-01-01T00:00:00Z";
}

/** The Atom 1.0 feed of `lang`: the newest releases, `items` newest first. */
export function atomFeed(items: ArchiveItem[], lang: Lang, site: Site): string {
  const t = LOCALES[lang];
  const other = otherLang(lang);
  const entries = items.slice(0, FEED_ENTRIES).map((r) => {
    const url = siteUrl(site, `/${lang}/releases/${encodeURIComponent(r.id)}`);
    const kind = r.provenance[lang];
    return [
      "  <entry>",
      `    <id>${escapeXml(url)}</id>`,
      `    ${textElement("title", r.title, lang, ' type="text"')}`,
      `    <link rel="alternate" type="text/html" hreflang="${lang}" href="${escapeXml(url)}"/>`,
      `    <published>${brusselsTimestamp(r.publishedAt)}</published>`,
      `    <updated>${brusselsTimestamp(r.updatedAt)}</updated>`,
      `    <author>${textElement("name", r.publisher, lang)}</author>`,
      `    ${textElement("summary", r.summary, lang, ' type="text"')}`,
      `    <category term="${kind}" label="${escapeXml(t.provenance.kind[kind])}"/>`,
      "  </entry>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`,
    `  <id>${escapeXml(siteUrl(site, paths.atomFeed(lang)))}</id>`,
    `  <title type="text">${escapeXml(t.site.name)}</title>`,
    `  <subtitle type="text">${escapeXml(t.site.tagline)}</subtitle>`,
    `  <updated>${newest(items)}</updated>`,
    `  <author><name>${escapeXml(t.site.name)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(siteUrl(site, paths.atomFeed(lang)))}"/>`,
    `  <link rel="alternate" type="text/html" hreflang="${lang}" href="${escapeXml(siteUrl(site, `/${lang}/`))}"/>`,
    `  <link rel="alternate" type="application/atom+xml" hreflang="${other}" href="${escapeXml(siteUrl(site, paths.atomFeed(other)))}"/>`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}

/** The JSON Feed 1.1 of `lang`, `items` newest first. */
export function jsonFeed(items: ArchiveItem[], lang: Lang, site: Site): string {
  const t = LOCALES[lang];
  const feed = {
    version: "https://jsonfeed.org/version/1.1",
    title: t.site.name,
    description: t.site.tagline,
    home_page_url: siteUrl(site, `/${lang}/`),
    feed_url: siteUrl(site, paths.jsonFeed(lang)),
    language: lang,
    authors: [{ name: t.site.name }],
    items: items.slice(0, FEED_ENTRIES).map((r) => {
      const url = siteUrl(site, `/${lang}/releases/${encodeURIComponent(r.id)}`);
      const title = pick(r.title, lang);
      const summary = pick(r.summary, lang);
      return {
        id: url,
        url,
        title: title.text,
        summary: summary.text,
        content_text: summary.text,
        date_published: brusselsTimestamp(r.publishedAt),
        date_modified: brusselsTimestamp(r.updatedAt),
        authors: [{ name: pick(r.publisher, lang).text }],
        tags: [t.provenance.kind[r.provenance[lang]]],
        language: title.lang,
      };
    }),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}

/** One page of the sitemap: its address in each language, when it last changed. */
export type SitemapPage = { paths: Record<Lang, string>; xDefault: string; lastmod?: string };

/** Every page in both languages: the listings, then each release. Not the side-by-side pages: they hold the two
 *  articles' texts again, and each article links to its own. */
export function sitemapPages(items: ArchiveItem[]): SitemapPage[] {
  const both = (path: (lang: Lang) => string) => Object.fromEntries(LANGS.map((l) => [l, path(l)])) as Record<Lang, string>;
  const latest = items.length ? newest(items) : undefined;
  const listing = (path: (lang: Lang) => string, xDefault: string): SitemapPage => ({
    paths: both(path),
    xDefault,
    ...(latest ? { lastmod: latest } : {}),
  });
  return [
    // The archive's page for no language in particular is the language choice at the site's root.
    listing((l) => `/${l}/`, "/"),
    listing((l) => `/${l}/timeline`, "/en/timeline"),
    listing((l) => `/${l}/decisions`, "/en/decisions"),
    ...items.map((r) => ({
      paths: both((l) => `/${l}/releases/${encodeURIComponent(r.id)}`),
      xDefault: `/en/releases/${encodeURIComponent(r.id)}`,
      lastmod: brusselsTimestamp(r.updatedAt),
    })),
  ];
}

function urlset(entries: string[]): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries,
    "</urlset>",
    "",
  ].join("\n");
}

/** The sitemap files by path: `/sitemap.xml` alone, or, past `limit` addresses, an index of `/sitemap-N.xml`. */
export function sitemapFiles(pages: SitemapPage[], site: Site, limit = SITEMAP_LIMIT): Map<string, string> {
  const entries = pages.flatMap((page) => {
    const alternates = [
      ...LANGS.map((l) => `    <xhtml:link rel="alternate" hreflang="${l}" href="${escapeXml(siteUrl(site, page.paths[l]))}"/>`),
      `    <xhtml:link rel="alternate" hreflang="x-default" href="${escapeXml(siteUrl(site, page.xDefault))}"/>`,
    ];
    return LANGS.map((l) =>
      [
        "  <url>",
        `    <loc>${escapeXml(siteUrl(site, page.paths[l]))}</loc>`,
        ...(page.lastmod ? [`    <lastmod>${page.lastmod}</lastmod>`] : []),
        ...alternates,
        "  </url>",
      ].join("\n"),
    );
  });
  const files = new Map<string, string>();
  if (entries.length <= limit) {
    files.set("/sitemap.xml", urlset(entries));
    return files;
  }
  const parts: string[] = [];
  for (let i = 0; i < entries.length; i += limit) {
    const path = `/sitemap-${parts.length + 1}.xml`;
    files.set(path, urlset(entries.slice(i, i + limit)));
    parts.push(path);
  }
  files.set(
    "/sitemap.xml",
    [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
      ...parts.map((p) => `  <sitemap><loc>${escapeXml(siteUrl(site, p))}</loc></sitemap>`),
      "</sitemapindex>",
      "",
    ].join("\n"),
  );
  return files;
}

/** robots.txt: everything may be crawled; the sitemap is named. */
export function robotsTxt(site: Site): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${siteUrl(site, "/sitemap.xml")}\n`;
}

/** Every file above, by path under the site's base. `items`: every release as each language's archive holds it, newest first. */
export function siteFiles(items: Record<Lang, ArchiveItem[]>, site: Site): Map<string, string> {
  const files = new Map<string, string>();
  for (const lang of LANGS) {
    files.set(paths.atomFeed(lang), atomFeed(items[lang], lang, site));
    files.set(paths.jsonFeed(lang), jsonFeed(items[lang], lang, site));
  }
  for (const [path, text] of sitemapFiles(sitemapPages(items.en), site)) files.set(path, text);
  files.set("/robots.txt", robotsTxt(site));
  return files;
}
