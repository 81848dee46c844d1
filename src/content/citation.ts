// A release's citations, formatted by the build in each language (decision 0013): APA 7 and Chicago notes and
// bibliography as text, RIS and BibTeX files. Small and ours; its output is checked against citeproc with the
// styles' own CSL files (citation.test.ts). The browser gets the words, never this code.
import { citationDayParts } from "../lib/dates.ts";
import type { BasedOn, CitationPart, CitedWork, ReleaseCitation } from "./citation-meta.ts";
import type { Localised, Release } from "./schema.ts";
import { type Lang, otherLang } from "./vocabulary.ts";

/** Our name: the author and publisher of our translations and digests (the locales' `site.name`). */
export const OUR_NAME = "Communiqué";

/** A localised text in `lang`, else in the other language, with the language it is in. */
export function pickLocalised(value: Localised, lang: Lang): { text: string; lang: string } {
  const own = value[lang];
  const text = own ?? value[otherLang(lang)];
  const fallback = own === null ? otherLang(lang) : lang;
  if (text === null) return { text: "", lang: fallback };
  return typeof text === "string" ? { text, lang: fallback } : { text: text.text, lang: text.lang };
}

/** What each kind of text is, in the citation's language (lower case: a style capitalises where it needs). */
function genre(kind: CitedWork["kind"], lang: Lang, institution: string): string {
  if (lang === "fr") {
    if (kind === "official") return "communiqué de presse";
    if (kind === "translation") return `traduction non officielle d’un communiqué de presse de l’${institution}`;
    return "synthèse fondée sur les sources qu’elle cite";
  }
  if (kind === "official") return "press release";
  if (kind === "translation") return `unofficial translation of a press release by ${institution}`;
  return "digest based on the sources it lists";
}

/** What a reader cites on `lang`'s page of a release: NATO's text as NATO's, our translation and digests as ours. */
export function citedWork(release: Release, lang: Lang): CitedWork {
  const provenance = release.provenance[lang];
  const institution = pickLocalised(release.institution, lang).text;
  const title = pickLocalised(release.title, lang);
  const ours = provenance.kind !== "official";
  let basedOn: BasedOn[] = [];
  if (provenance.kind === "translation") {
    const original = release.provenance[provenance.from];
    if (original.kind === "official") {
      const originalTitle = release.title[provenance.from];
      basedOn = [
        {
          url: original.url,
          ...(originalTitle ? { title: typeof originalTitle === "string" ? originalTitle : originalTitle.text } : {}),
          publisher: pickLocalised(release.publisher, lang).text,
          lang: provenance.from,
        },
      ];
    }
  } else if (provenance.kind === "digest") {
    basedOn = release.sources.map((s) => ({
      url: s.url,
      ...(s.title ? { title: s.title } : {}),
      publisher: pickLocalised(s.publisher, lang).text,
      lang: s.lang,
    }));
  }
  return {
    author: ours ? OUR_NAME : institution,
    ours,
    kind: provenance.kind,
    // A translation's page names the institution as publisher of the original: the translation's publisher is us.
    publisher: ours ? OUR_NAME : pickLocalised(release.publisher, lang).text,
    site: OUR_NAME,
    title: title.text,
    titleLang: title.lang,
    lang,
    genre: genre(provenance.kind, lang, institution),
    published: release.publishedAt,
    updated: release.updatedAt,
    ...(provenance.kind === "official" ? { officialUrl: provenance.url } : {}),
    basedOn,
  };
}

// CSL's title case (citeproc's list): these stay lower case inside an English title.
const STOP_WORDS = new Set(
  "about above across afore after against al along alongside amid amidst among amongst anenst apropos apud around as aside astride at athwart atop barring before behind below beneath beside besides between beyond but by circa despite down during et except for forenenst from given in inside into lest like modulo near next notwithstanding of off on onto out over per plus pro qua sans since than through throughout thruout till to toward towards under underneath until unto up upon versus vs. v. vs v via vis-à-vis with within without or yet so and nor a an the de d' von van c ca".split(
    " ",
  ),
);

/** Headline-style capitals for an English title (Chicago): each lower-case word but a stop word gets a capital; the first
 *  word and the first after a colon always do; words already holding a capital are left as they are. */
export function titleCase(title: string): string {
  let first = true;
  return title
    .split(" ")
    .map((word) => {
      const pieces = word.split("-");
      const out = pieces
        .map((piece, i) => {
          const lower = piece.toLowerCase();
          const capital = (first && i === 0) || (piece.length > 1 && !STOP_WORDS.has(lower));
          return capital && piece === lower ? piece.replace(/\p{Ll}/u, (c) => c.toUpperCase()) : piece;
        })
        .join("-");
      if (word.length > 0) first = /[:!?]$/.test(word);
      return out;
    })
    .join(" ");
}

const capitalise = (s: string) => s.replace(/^\p{Ll}/u, (c) => c.toUpperCase());

/** APA's date: "2023, February 15", « 2023, 15 février ». */
function apaDate(day: string, lang: Lang): string {
  const p = citationDayParts(day, lang);
  return lang === "fr" ? `${p.year}, ${p.day} ${p.month}` : `${p.year}, ${p.month} ${p.day}`;
}

/** Chicago's date: "February 15, 2023", « 15 février 2023 ». */
function chicagoDate(day: string, lang: Lang): string {
  const p = citationDayParts(day, lang);
  return lang === "fr" ? `${p.day} ${p.month} ${p.year}` : `${p.month} ${p.day}, ${p.year}`;
}

/** A title in quotation marks, with the punctuation that follows it: inside “ ” in English, after « » in French. */
function quoted(title: string, lang: Lang, after: string): string {
  return lang === "fr" ? `«\u00a0${title}\u00a0»${after}` : `“${title}${after}”`;
}

/** The three forms of the citation of `work`; the page's address goes where `{ url: true }` stands. */
export function formatCitations(work: CitedWork): Omit<ReleaseCitation, "work"> {
  const day = work.published.slice(0, 10);
  const lang = work.lang;
  const url: CitationPart = { url: true };
  // Chicago writes English titles in headline style; other languages keep their sentence capitals.
  const chicagoTitle = work.titleLang === "en" ? titleCase(work.title) : work.title;
  // APA leaves out the site's name when it is the author's (APA 7, 9.8).
  const apaSite = work.site === work.author ? "" : `${work.site}. `;
  return {
    apa: [
      { text: `${work.author}. (${apaDate(day, lang)}). ` },
      { text: work.title, em: true },
      { text: ` [${capitalise(work.genre)}]. ${apaSite}` },
      url,
    ],
    note: [
      { text: `${work.author}, ${quoted(chicagoTitle, lang, ",")} ${work.genre}, ${work.site}, ${chicagoDate(day, lang)}, ` },
      url,
      { text: "." },
    ],
    bibliography: [
      { text: `${work.author}. ${quoted(chicagoTitle, lang, ".")} ${capitalise(work.genre)}. ${work.site}, ${chicagoDate(day, lang)}. ` },
      url,
      { text: "." },
    ],
  };
}

/** The citation written into `lang`'s release data (data-files.ts). */
export function releaseCitation(release: Release, lang: Lang): ReleaseCitation {
  const work = citedWork(release, lang);
  return { work, ...formatCitations(work) };
}

/** What the text is, and what ours is based on, in one line: for the notes of the RIS and BibTeX files. */
export function basedOnNote(work: CitedWork): string {
  const fr = work.lang === "fr";
  if (!work.ours) return `${fr ? "Texte officiel\u00a0:" : "Official text:"} ${work.officialUrl ?? ""}`.trim();
  // French typography: a narrow no-break space before a semicolon.
  const list = work.basedOn
    .map((b) => [b.publisher, ...(b.title ? [quoted(b.title, work.lang, "")] : []), b.url].join(", "))
    .join(fr ? "\u202f; " : "; ");
  return `${fr ? `Par ${work.author}, d’après\u00a0:` : `By ${work.author}, based on:`} ${list}`;
}

/** One RIS value: on one line. */
const risValue = (value: string) => value.replace(/[\r\n]+/g, " ").trim();

/** The RIS file (`TAG  - value` lines, CRLF, ending with `ER  - `): what EndNote, Zotero and Mendeley import. */
export function risFile(work: CitedWork, url: string): string {
  const day = work.published.slice(0, 10);
  const lines: [string, string][] = [
    ["TY", "ELEC"],
    ["AU", work.author],
    ["TI", work.title],
    ["T2", work.site],
    ["PB", work.publisher],
    ["PY", day.slice(0, 4)],
    ["DA", day.replaceAll("-", "/")],
    ["M3", capitalise(work.genre)],
    ["LA", work.lang],
    ["UR", url],
    ["N1", basedOnNote(work)],
  ];
  return `${[...lines.map(([tag, value]) => `${tag}  - ${risValue(value)}`), "ER  - "].join("\r\n")}\r\n`;
}

const BIBTEX_SPECIAL: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  $: "\\$",
  "&": "\\&",
  "%": "\\%",
  "#": "\\#",
  _: "\\_",
  "^": "\\textasciicircum{}",
  "~": "\\textasciitilde{}",
};

/** Text as a BibTeX field's value: LaTeX's special characters escaped, braces balanced; other characters as UTF-8. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}$&%#_^~]/g, (c) => BIBTEX_SPECIAL[c] ?? c).replace(/[\r\n]+/g, " ");
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const LANGID: Record<Lang, string> = { fr: "french", en: "english" };

/** The BibTeX entry (`@misc`, with biblatex's `date`, `url` and `langid`): what LaTeX users paste into their .bib. */
export function bibtexFile(work: CitedWork, url: string, key: string): string {
  const day = work.published.slice(0, 10);
  const fields: [string, string][] = [
    // Double braces: an institution's name is one name, and a title keeps its capitals.
    ["author", `{${escapeBibtex(work.author)}}`],
    ["title", `{${escapeBibtex(work.title)}}`],
    ["howpublished", escapeBibtex(work.site)],
    ["publisher", escapeBibtex(work.publisher)],
    ["type", escapeBibtex(capitalise(work.genre))],
    ["year", day.slice(0, 4)],
    ["date", day],
    ["url", url.replace(/[{}\\%#\s]/g, encodeURIComponent)],
    ["langid", LANGID[work.lang]],
    ["note", escapeBibtex(basedOnNote(work))],
  ];
  const month = MONTHS[Number(day.slice(5, 7)) - 1];
  const body = fields.map(([name, value]) => `  ${name} = {${value}},`);
  if (month) body.splice(6, 0, `  month = ${month},`);
  return `@misc{${key.replace(/[^A-Za-z0-9:_-]/g, "-")},\n${body.join("\n")}\n}\n`;
}
