import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import en from "../i18n/locales/en.json";
import fr from "../i18n/locales/fr.json";
import { checkReleaseDir } from "./check.ts";
import {
  basedOnNote,
  bibtexFile,
  citedWork,
  escapeBibtex,
  formatCitations,
  OUR_NAME,
  releaseCitation,
  risFile,
  titleCase,
} from "./citation.ts";
import { type CitedWork, citationMetaTags, citationText, newsArticleJsonLd } from "./citation-meta.ts";
import type { Release } from "./schema.ts";
import { LANGS, type Lang } from "./vocabulary.ts";

// citeproc-js, the CSL processor Zotero and Mendeley use: a test oracle only, never shipped.
type Engine = {
  setOutputFormat(format: "text"): void;
  updateItems(ids: string[]): void;
  makeBibliography(): [{ entry_ids: string[][] }, string[]];
  makeCitationCluster(items: { id: string }[]): string;
};
type Citeproc = { Engine: new (sys: object, style: string, lang: string, forceLang: boolean) => Engine };
const CSL = createRequire(import.meta.url)("citeproc") as Citeproc;

const CSL_DIR = "tests/fixtures/csl";
const LOCALE: Record<Lang, string> = { fr: "fr-FR", en: "en-US" };
const URL_HERE = "https://communique.example/reader/fr/releases/x";

const shipped = checkReleaseDir("src/content/releases").releases;

/** The CSL-JSON item citeproc is given for a cited work: what a reference manager would hold. */
function cslItem(work: CitedWork, id: string) {
  const [y, m, d] = work.published.slice(0, 10).split("-").map(Number);
  return {
    id,
    type: "webpage",
    author: [{ literal: work.author }],
    title: work.title,
    genre: work.genre,
    "container-title": work.site,
    issued: { "date-parts": [[y, m, d]] },
    URL: URL_HERE,
    language: work.titleLang,
  };
}

type Item = ReturnType<typeof cslItem>;

/** One engine per style and locale, holding every item: cheap to ask once built. */
function engine(style: string, lang: Lang, items: Map<string, Item>): Engine {
  const sys = {
    retrieveLocale: (locale: string) => readFileSync(`${CSL_DIR}/locales-${locale}.xml`, "utf8"),
    retrieveItem: (id: string) => items.get(id),
  };
  const e = new CSL.Engine(sys, readFileSync(`${CSL_DIR}/${style}`, "utf8"), LOCALE[lang], true);
  e.setOutputFormat("text");
  return e;
}

/**
 * Where we differ from citeproc on purpose, made the same before comparing:
 * - French dates: we write « 1er juin » (French typography), citeproc « 1 juin »; its APA writes « 2023, juin 1 »
 *   (the English order), we « 2023, 1 juin ».
 * - APA leaves out the site's name when it is the author's (APA 7, 9.8); the CSL style does not.
 * - Spaces inside « »: ours are no-break spaces; compared as plain spaces.
 * - APA's year suffix (2026a, 2026b): citeproc tells apart one author's works of a year in one reference list; a
 *   page cites one work.
 */
function normalise(text: string, work: CitedWork, form: "apa" | "note" | "bibliography"): string {
  let s = text.trim().replace(/[\u00a0\u202f]/g, " ");
  if (form === "apa") s = s.replace(/^(.+?\. \(\d{4})[a-z],/, "$1,");
  if (work.lang === "fr") {
    s = s.replace(/\b1er\b/g, "1").replace(/\((\d{4}), (\p{L}+) (\d{1,2})\)/u, "($1, $3 $2)");
  }
  if (form === "apa" && work.site === work.author) s = s.replace(` ${work.site}. http`, " http");
  return s;
}

describe("our citations against citeproc (APA 7, Chicago notes and bibliography 18th edition, CSL locales fr-FR and en-US)", () => {
  for (const lang of LANGS) {
    it(`match for every shipped release, in ${lang === "fr" ? "French" : "English"}`, () => {
      const works = new Map(shipped.map((r) => [r.id, citedWork(r, lang)]));
      const items = new Map([...works].map(([id, work]) => [id, cslItem(work, id)]));
      const apa = engine("apa.csl", lang, items);
      const chicago = engine("chicago-notes-bibliography.csl", lang, items);
      // One registry update and one bibliography for all the items: citeproc is slow to ask item by item.
      for (const e of [apa, chicago]) e.updateItems([...works.keys()]);
      const bibliography = (e: Engine) => {
        const [{ entry_ids }, entries] = e.makeBibliography();
        return new Map(entry_ids.map((ids, i) => [ids[0] ?? "", entries[i] ?? ""]));
      };
      const apaEntries = bibliography(apa);
      const chicagoEntries = bibliography(chicago);
      for (const [id, work] of works) {
        const ours = formatCitations(work);
        const theirs = {
          apa: apaEntries.get(id) ?? "",
          bibliography: chicagoEntries.get(id) ?? "",
          note: chicago.makeCitationCluster([{ id }]),
        };
        for (const form of ["apa", "note", "bibliography"] as const) {
          expect(normalise(citationText(ours[form], URL_HERE), work, form), `${id} ${lang} ${form}`).toBe(
            normalise(theirs[form], work, form),
          );
        }
      }
    });
  }
});

describe("the citations' words", () => {
  const seed = shipped.find((r) => r.id === "2023-02-15-defence-ministers") as Release;

  it("write French conventions in French: the day before the month, « » with no-break spaces", () => {
    const text = citationText(releaseCitation(seed, "fr").note, URL_HERE);
    expect(text).toContain("15 février 2023");
    expect(text).toMatch(/^OTAN, «\u00a0Les ministres .+ défense\u00a0», communiqué de presse, Communiqué, 15 février 2023, https:/);
    expect(citationText(releaseCitation(seed, "fr").apa, URL_HERE)).toMatch(/^OTAN\. \(2023, 15 février\)\. /);
  });

  it("write the first of a month « 1er » in French", () => {
    const work = { ...citedWork(seed, "fr"), published: "2025-06-01" };
    expect(citationText(formatCitations(work).bibliography, URL_HERE)).toContain("1er juin 2025");
  });

  it("give English titles headline capitals in Chicago, and keep APA's as published", () => {
    expect(titleCase("NATO Defence Ministers, 5 June 2025: new capability targets, a 5% of GDP proposal")).toBe(
      "NATO Defence Ministers, 5 June 2025: New Capability Targets, a 5% of GDP Proposal",
    );
    const cite = releaseCitation(seed, "en");
    expect(citationText(cite.apa, URL_HERE)).toContain("Defence Ministers step up support");
  });

  it("name our project as the locales do", () => {
    expect(OUR_NAME).toBe(en.site.name);
    expect(OUR_NAME).toBe(fr.site.name);
  });
});

describe("the attribution", () => {
  for (const release of shipped) {
    for (const lang of LANGS) {
      const kind = release.provenance[lang].kind;
      it(`${release.id}, ${lang}: ${kind === "official" ? "NATO's text is NATO's" : "our text is ours, based on NATO's text or the sources"}`, () => {
        const work = citedWork(release, lang);
        const institution = release.institution[lang] as string;
        if (kind === "official") {
          expect(work.author).toBe(institution);
          expect(work.basedOn).toEqual([]);
        } else {
          expect(work.author).toBe(OUR_NAME);
          expect(work.publisher).toBe(OUR_NAME);
          expect(work.basedOn.length).toBeGreaterThan(0);
          for (const form of Object.values(formatCitations(work))) expect(citationText(form, URL_HERE)).not.toMatch(/^(NATO|OTAN)\b/);
          expect(risFile(work, URL_HERE)).toContain(`AU  - ${OUR_NAME}\r\n`);
          expect(citationMetaTags(work, URL_HERE)).toContainEqual(["citation_author", OUR_NAME]);
        }
        if (kind === "translation") {
          const from = release.provenance[lang].kind === "translation" ? release.provenance[lang].from : lang;
          const official = release.provenance[from];
          expect(official.kind === "official" && work.basedOn[0]?.url).toBe(official.kind === "official" ? official.url : false);
        }
      });
    }
  }
});

// A release at its worst for a citation file.
const hostileTitle = "Défense {&} 100 % </script><!-- $x_y^2 #1 ~ \\end 🛡️ « x »";
const hostile: CitedWork = { ...citedWork(shipped[0] as Release, "fr"), title: hostileTitle };

describe("the RIS file", () => {
  it("is TAG, two spaces, a hyphen and a space, one value a line, CRLF, TY first and ER last", () => {
    const ris = risFile(hostile, URL_HERE);
    const lines = ris.split("\r\n");
    expect(lines.at(-1)).toBe("");
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    expect(lines[0]).toBe("TY  - ELEC");
    expect(lines.at(-2)).toBe("ER  - ");
    expect(lines).toContain(`TI  - ${hostileTitle}`);
    expect(lines).toContain(`UR  - ${URL_HERE}`);
    expect(lines).toContain("DA  - 2026/12/05");
    expect(ris).not.toMatch(/[^\r]\n/);
  });
});

describe("the files' note", () => {
  it("says whose text it is and what ours is based on, in the page's language and typography", () => {
    const digest = shipped.find((r) => r.provenance.fr.kind === "digest") as Release;
    const fr = basedOnNote(citedWork(digest, "fr"));
    expect(fr).toMatch(/^Par Communiqué, d’après\u00a0: OTAN, /);
    expect(fr).toContain("\u202f; ");
    expect(basedOnNote(citedWork(digest, "en"))).toMatch(/^By Communiqué, based on: NATO, .+; /);
    const seed = shipped.find((r) => r.id === "2023-02-15-defence-ministers") as Release;
    expect(basedOnNote(citedWork(seed, "fr"))).toBe("Texte officiel\u00a0: https://www.nato.int/cps/fr/natohq/news_211740.htm");
  });
});

describe("the BibTeX file", () => {
  it("escapes LaTeX's special characters and keeps braces balanced; other characters stay as UTF-8", () => {
    expect(escapeBibtex("{&} 100 % $x_y^2 #1 ~ \\")).toBe(
      "\\{\\&\\} 100 \\% \\$x\\_y\\textasciicircum{}2 \\#1 \\textasciitilde{} \\textbackslash{}",
    );
    const bib = bibtexFile(hostile, URL_HERE, "2022-06-16-defence-ministers-fr");
    expect(bib).toMatch(/^@misc\{2022-06-16-defence-ministers-fr,\n/);
    expect(bib).toContain("🛡️ « x »");
    expect(bib).toContain("  url = {https://communique.example/reader/fr/releases/x},");
    expect(bib).toContain("  month = dec,");
    // Braces balance once the escaped ones are taken out.
    let depth = 0;
    for (const c of bib.replace(/\\[{}]/g, "")) {
      if (c === "{") depth++;
      if (c === "}") depth--;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
    // No unescaped special character inside a value.
    const title = /title = \{\{(.*)\}\},/.exec(bib)?.[1] ?? "";
    expect(title.replace(/\\(?:[{}$&%#_]|textbackslash\{\}|textasciicircum\{\}|textasciitilde\{\})/g, "")).not.toMatch(/[{}$&%#_^~\\]/);
  });
});

describe("the head's metadata", () => {
  const seed = shipped.find((r) => r.id === "2023-02-15-defence-ministers") as Release;

  it("gives Highwire and Dublin Core tags: the translation's author is us, its source NATO's page", () => {
    const tags = citationMetaTags(citedWork(seed, "en"), URL_HERE);
    expect(tags).toContainEqual(["citation_title", seed.title.en as string]);
    expect(tags).toContainEqual(["citation_author", "Communiqué"]);
    expect(tags).toContainEqual(["citation_publication_date", "2023/02/15"]);
    expect(tags).toContainEqual(["DC.language", "en"]);
    expect(tags).toContainEqual(["DC.source", "https://www.nato.int/cps/fr/natohq/news_211740.htm"]);
    expect(citationMetaTags(citedWork(seed, "fr"), URL_HERE)).toContainEqual(["DC.creator", "OTAN"]);
  });

  it("gives a JSON-LD NewsArticle, isBasedOn the official text for a translation", () => {
    const data = JSON.parse(newsArticleJsonLd(citedWork(seed, "en"), URL_HERE, "https://communique.example/reader/"));
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: seed.title.en,
      datePublished: "2023-02-15",
      dateModified: "2023-02-15T17:21:00+01:00",
      inLanguage: "en",
      author: { "@type": "Organization", name: "Communiqué" },
      publisher: { "@type": "Organization", name: "Communiqué" },
      isBasedOn: { url: "https://www.nato.int/cps/fr/natohq/news_211740.htm", inLanguage: "fr", publisher: { name: "NATO" } },
    });
    expect(JSON.parse(newsArticleJsonLd(citedWork(seed, "fr"), URL_HERE, "")).author.name).toBe("OTAN");
  });

  it("keeps a title holding </script> inside the script: no < at all, and the same title parsed back", () => {
    const text = newsArticleJsonLd(hostile, URL_HERE, "");
    expect(text).not.toContain("<");
    expect(JSON.parse(text).headline).toBe(hostileTitle);
  });
});
