// Every path of the app, in one place. Paths are the router's: the base the site is served under is not in them.
import { isLang, type Lang } from "../content/vocabulary.ts";

export const paths = {
  root: () => "/",
  archive: (lang: Lang) => `/${lang}/`,
  release: (lang: Lang, id: string) => `/${lang}/releases/${encodeURIComponent(id)}`,
  /** The release in both languages side by side, `lang` leading. */
  bilingual: (lang: Lang, id: string) => `/${lang}/releases/${encodeURIComponent(id)}/bilingual`,
  timeline: (lang: Lang) => `/${lang}/timeline`,
  decisions: (lang: Lang) => `/${lang}/decisions`,
  search: (lang: Lang) => `/${lang}/search`,
  /** The language's feeds, written by the build (scripts/site-files.ts). */
  atomFeed: (lang: Lang) => `/${lang}/feed.xml`,
  jsonFeed: (lang: Lang) => `/${lang}/feed.json`,
  /** A release's citation files in a language, written by the build (scripts/citation-files.ts). */
  ris: (lang: Lang, id: string) => `/cite/ris/${lang}/${encodeURIComponent(id)}.ris`,
  bibtex: (lang: Lang, id: string) => `/cite/bibtex/${lang}/${encodeURIComponent(id)}.bib`,
};

/** Where the build writes each language's search bundle (`pagefind/<lang>/`), under the site's base. */
export const SEARCH_FOLDER = "pagefind";

/** The same URL in another language: path, query and #fragment kept. */
export function switchLang(location: { pathname: string; search?: string; hash?: string }, to: Lang): string {
  const rest = location.pathname.replace(/^\/[^/]*/, "");
  return `/${to}${rest || "/"}${location.search ?? ""}${location.hash ?? ""}`;
}

/** The base the site is served under (--base), without its final slash: "" at the root, "/communique" under it. */
export function siteBase(): string {
  return import.meta.env.BASE_URL.replace(/\/$/, "");
}

/** Whether a URL's pathname is the app's: at the base or under it. */
export function isUnderBase(pathname: string): boolean {
  const base = siteBase();
  return !base || pathname === base || pathname.startsWith(`${base}/`);
}

/** The router's path of a URL's pathname: the base the site is served under (--base) taken off. */
export function appPath(pathname: string): string {
  const base = siteBase();
  return base && isUnderBase(pathname) ? pathname.slice(base.length) || "/" : pathname;
}

/**
 * The canonical form of a router path a static host redirects (see scripts/static-host.ts), or null when
 * it is canonical: repeated slashes collapsed, `…/index.html` → `…/`, `….html` → `…`, `/fr` → `/fr/`,
 * and no final slash deeper than a language's folder (`/fr/timeline/` → `/fr/timeline`).
 */
export function canonicalPath(path: string): string | null {
  let canonical = path.replace(/\/{2,}/g, "/");
  if (canonical.endsWith("/index.html")) canonical = canonical.slice(0, -"index.html".length);
  else if (canonical.endsWith(".html")) canonical = canonical.slice(0, -".html".length);
  else if (/^\/[^/]+\/.+\/$/.test(canonical)) canonical = canonical.slice(0, -1);
  if (isLang(canonical.slice(1))) canonical = `${canonical}/`;
  return canonical === path ? null : canonical;
}
