// The search part of the search page's URL (?q=&in=): the words, cut to a stated maximum, and where to
// search. The dates, topic, kind and page are the listing's (read by the route with the listing query).
import { LANGS, type Lang } from "../../content/vocabulary.ts";

/** Whether a word is one every release in a language holds (stop-words.ts, loaded only when there are words). */
export type StopWords = (word: string, lang: Lang) => boolean;

/** Longest query searched: a sentence or two. A longer one is cut here and the page says so. */
export const MAX_QUERY_CHARS = 200;

export type SearchQuery = {
  /** What the reader typed, trimmed and cut to MAX_QUERY_CHARS: shown back as text. */
  q: string;
  /** True when the query was longer than MAX_QUERY_CHARS. */
  cut: boolean;
  /** The words given to the engine: quotes, markup and operators are only text to it. */
  terms: string;
  /** True when every word is one every release holds (le, de, the, of): nothing to search for. */
  onlyStopWords: boolean;
  /** True when the query holds signs only (%, -, an emoji), no word: nothing to search for. */
  noWords: boolean;
  /** Search the other language's texts too (`in=both`). */
  both: boolean;
};

// Characters that are syntax to the engine (a quoted phrase) or to HTML, never words: searched as spaces.
const NOT_WORDS = /[\p{P}\p{S}\p{C}]+/gu;

/** The words of a query, as the engine receives them. */
export function searchTerms(q: string): string {
  return q.replace(NOT_WORDS, " ").replace(/\s+/g, " ").trim();
}

/** Reads ?q= and ?in=; never throws. */
export function readSearch(params: URLSearchParams, lang: Lang, isStopWord: StopWords): SearchQuery {
  const raw = (params.get("q") ?? "").trim();
  const chars = [...raw];
  const cut = chars.length > MAX_QUERY_CHARS;
  const q = cut ? chars.slice(0, MAX_QUERY_CHARS).join("").trim() : raw;
  const terms = searchTerms(q);
  const words = terms.split(" ").filter(Boolean);
  const both = params.get("in") === "both";
  const langs: readonly Lang[] = both ? LANGS : [lang];
  const onlyStopWords = words.length > 0 && words.every((w) => langs.some((l) => isStopWord(w, l)));
  return { q, cut, terms, onlyStopWords, noWords: q !== "" && words.length === 0, both };
}

/** The languages a query searches: the page's, first, then the other when asked. */
export function searchLangs(query: Pick<SearchQuery, "both">, lang: Lang): Lang[] {
  return query.both ? [lang, ...LANGS.filter((l) => l !== lang)] : [lang];
}
