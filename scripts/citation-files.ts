// Each release's citation files, in each language: RIS (EndNote, Zotero, Mendeley) and BibTeX, written by the
// build beside the pages from the citation the data file holds (src/content/citation.ts, decision 0013).
import { bibtexFile, risFile } from "../src/content/citation.ts";
import type { ReleaseFile } from "../src/content/data-paths.ts";
import { LANGS } from "../src/content/vocabulary.ts";
import { paths } from "../src/lib/paths.ts";
import { type Site, siteUrl } from "./site-files.ts";

/** The content types the host sends them with (`_headers`, by folder: see scripts/security.ts). */
export const CITATION_TYPES = {
  ris: "application/x-research-info-systems; charset=utf-8",
  bibtex: "application/x-bibtex; charset=utf-8",
} as const;

/** Every release's RIS and BibTeX file in each language, by path under the site's base. */
export function citationFiles(releases: ReleaseFile[], site: Site): Map<string, string> {
  const files = new Map<string, string>();
  for (const release of releases) {
    for (const lang of LANGS) {
      const { work } = release.shown[lang].cite;
      const url = siteUrl(site, paths.release(lang, release.id));
      files.set(paths.ris(lang, release.id), risFile(work, url));
      files.set(paths.bibtex(lang, release.id), bibtexFile(work, url, `${release.id}-${lang}`));
    }
  }
  return files;
}
