// The search page's question to the engine. The engine's client is loaded with the first search, not
// with the page: the page's first load stays within the JavaScript budget, and the guide needs none of it.
import type { Lang } from "../../content/vocabulary.ts";
import type { SearchFilters, SearchPage } from "./search-client.ts";
import { type SearchQuery, searchLangs } from "./search-query.ts";

/** What the search page shows: nothing searched (the guide, or only stop words), a page of results, or a failure. */
export type SearchOutcome = { kind: "none" } | { kind: "failed" } | ({ kind: "found" } & SearchPage);

/** Searches when there is something to search for, in the browser only (the prerendered page is the guide). */
export async function findReleases(query: SearchQuery, lang: Lang, filters: SearchFilters & { page: number }): Promise<SearchOutcome> {
  if (import.meta.env.SSR || !query.terms || query.onlyStopWords) return { kind: "none" };
  let client: typeof import("./search-client.ts");
  try {
    client = await import("./search-client.ts");
  } catch {
    return { kind: "failed" };
  }
  try {
    return { kind: "found", ...(await client.searchReleases(query.terms, searchLangs(query, lang), filters, filters.page)) };
  } catch (error) {
    if (error instanceof client.SearchUnavailable) return { kind: "failed" };
    throw error;
  }
}
