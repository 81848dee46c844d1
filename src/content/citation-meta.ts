// What a page needs of a release's citation: the cited work as the build described it (citation.ts, decision
// 0013), the formatted citations, and the head tags reference managers and search engines read. Small and
// free of formatting: the words were written by the build.
import { externalHref } from "../lib/urls.ts";
import type { Lang } from "./vocabulary.ts";

/** A piece of a formatted citation: text (in italics when `em`), or the page's address, known only where it is shown. */
export type CitationPart = { text: string; em?: true } | { url: true };

/** A work that the cited text is based on: the official text we translated, or a source of a digest. */
export type BasedOn = {
  /** Its address. */
  url: string;
  /** Its title, when known. */
  title?: string;
  /** Who published it. */
  publisher: string;
  /** Its language, a BCP 47 tag. */
  lang: string;
};

/** What is cited when a reader cites one language's page of a release. */
export type CitedWork = {
  /** Who wrote the text in this language: the institution for its official text, Communiqué for ours. */
  author: string;
  /** True when the text is ours (a translation or a digest). */
  ours: boolean;
  /** official, translation or digest. */
  kind: "official" | "translation" | "digest";
  /** Who published it (the page's publisher). */
  publisher: string;
  /** The site it is read on. */
  site: string;
  /** The headline, in the page's language when it exists, else the other's (see titleLang). */
  title: string;
  /** The language of the title. */
  titleLang: string;
  /** The page's language. */
  lang: Lang;
  /** What it is, lower case: "press release", "unofficial translation of …", "digest based on …". */
  genre: string;
  /** First publication, as in the content (a date or a date-time with offset). */
  published: string;
  /** Last update, as in the content. */
  updated: string;
  /** The institution's own page of an official text. */
  officialUrl?: string;
  /** What our text is based on: the official text (translation) or the listed sources (digest); none for an official text. */
  basedOn: BasedOn[];
};

/** A release's citation in one language, written by the build: the work, and its three forms. */
export type ReleaseCitation = {
  work: CitedWork;
  /** APA 7, reference list entry. */
  apa: CitationPart[];
  /** Chicago notes and bibliography: the full note. */
  note: CitationPart[];
  /** Chicago notes and bibliography: the bibliography entry. */
  bibliography: CitationPart[];
};

/** The citation as plain text, with the page's address in it. */
export function citationText(parts: CitationPart[], url: string): string {
  return parts.map((p) => ("url" in p ? url : p.text)).join("");
}

/** Highwire Press (`citation_*`) and Dublin Core (`DC.*`) meta tags, as [name, content]: what Zotero and Google Scholar read. */
export function citationMetaTags(work: CitedWork, url: string): [string, string][] {
  const day = work.published.slice(0, 10);
  // Only web addresses: a javascript: or data: value that got past the content check is not named.
  const sources = (work.officialUrl ? [work.officialUrl] : work.basedOn.map((b) => b.url)).flatMap((u) => externalHref(u) ?? []);
  return [
    ["citation_title", work.title],
    ["citation_author", work.author],
    ["citation_publication_date", day.replaceAll("-", "/")],
    ["citation_publisher", work.publisher],
    ["citation_language", work.lang],
    ["citation_public_url", url],
    ["DC.title", work.title],
    ["DC.creator", work.author],
    ["DC.date", day],
    ["DC.publisher", work.publisher],
    ["DC.language", work.lang],
    ["DC.type", "Text"],
    ["DC.identifier", url],
    ...sources.map((source): [string, string] => ["DC.source", source]),
  ];
}

/** The JSON-LD `NewsArticle` of the page, as the text of a `<script type="application/ld+json">`: `<` is
 *  written \u003c, so no content can close the script or open a comment in it. */
export function newsArticleJsonLd(work: CitedWork, url: string, siteUrl: string): string {
  const organisation = (name: string) => ({ "@type": "Organization", name, ...(name === work.site ? { url: siteUrl } : {}) });
  const basedOn = work.basedOn
    .flatMap((b) => (externalHref(b.url) ? [b] : []))
    .map((b) => ({
      "@type": work.kind === "translation" ? "NewsArticle" : "CreativeWork",
      url: b.url,
      ...(b.title ? { name: b.title } : {}),
      inLanguage: b.lang,
      publisher: { "@type": "Organization", name: b.publisher },
    }));
  const data = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: work.title,
    url,
    mainEntityOfPage: url,
    datePublished: work.published,
    dateModified: work.updated,
    inLanguage: work.lang,
    author: organisation(work.author),
    publisher: organisation(work.publisher),
    ...(work.kind === "translation" ? { translator: organisation(work.site), translationOfWork: basedOn[0] } : {}),
    ...(basedOn.length ? { isBasedOn: basedOn.length === 1 ? basedOn[0] : basedOn } : {}),
  };
  return JSON.stringify(data).replaceAll("<", "\\u003c");
}
