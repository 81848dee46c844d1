// Every path of the app, in one place.
import type { Lang } from "./lang.ts";

export const paths = {
  root: () => "/",
  archive: (lang: Lang) => `/${lang}/`,
  release: (lang: Lang, id: string) => `/${lang}/releases/${encodeURIComponent(id)}`,
  timeline: (lang: Lang) => `/${lang}/timeline`,
  decisions: (lang: Lang) => `/${lang}/decisions`,
};

/** The same URL in another language: path, query and #fragment kept. */
export function switchLang(location: { pathname: string; search: string; hash: string }, to: Lang): string {
  const rest = location.pathname.replace(/^\/[^/]*/, "");
  return `/${to}${rest || "/"}${location.search}${location.hash}`;
}
