// The search page's question to the engine. The engine's client is loaded with the first search, not
// with the page: the page's first load stays within the JavaScript budget, and the guide needs none of it.
import type { Lang } from "../../content/vocabulary.ts";
import { type LocalePart, loadLocale } from "../../i18n/index.ts";
import type { SearchFilters, SearchPage } from "./search-engine.ts";
import { type SearchQuery, searchLangs } from "./search-query.ts";
import { loadSearchResults } from "./search-results-later.tsx";

/** The search page's words (the form's, on every page, are in the core file). */
export const SEARCH_STRINGS: LocalePart = {
  name: "search",
  fr: () => import("../../i18n/locales/parts/search.fr.json"),
  en: () => import("../../i18n/locales/parts/search.en.json"),
};

/** The words of the search page that only results need. */
export const SEARCH_RESULTS_STRINGS: LocalePart = {
  name: "searchResults",
  fr: () => import("../../i18n/locales/parts/searchResults.fr.json"),
  en: () => import("../../i18n/locales/parts/searchResults.en.json"),
};

/** What the search page shows: nothing searched (the guide, or only stop words), a page of results, or a failure. */
export type SearchOutcome = { kind: "none" } | { kind: "failed" } | ({ kind: "found" } & SearchPage);

/**
 * The engine's client, with the results' code and words (the page's first paint needs none of them): loaded by
 * the first search, or as soon as the reader is in the search field.
 */
export async function loadSearch(lang: Lang): Promise<typeof import("./search-client.ts")> {
  const [client] = await Promise.all([
    import("./search-client.ts"),
    loadSearchResults(),
    loadLocale(lang, [SEARCH_RESULTS_STRINGS]),
    // Read by the page's loader at each search: loaded once the reader is in the field (without them, every word is searched).
    import("./stop-words.ts").catch(() => undefined),
  ]);
  return client;
}

/** Searches when there is something to search for, in the browser only (the prerendered page is the guide). */
export async function findReleases(query: SearchQuery, lang: Lang, filters: SearchFilters & { page: number }): Promise<SearchOutcome> {
  if (import.meta.env.SSR || !query.terms || query.onlyStopWords) return { kind: "none" };
  let client: typeof import("./search-client.ts");
  try {
    client = await loadSearch(lang);
  } catch {
    return { kind: "failed" };
  }
  try {
    return {
      kind: "found",
      ...(await client.searchReleases({ terms: query.terms, langs: searchLangs(query, lang), filters, page: filters.page, lang })),
    };
  } catch (error) {
    if (error instanceof client.SearchUnavailable) return { kind: "failed" };
    throw error;
  }
}
