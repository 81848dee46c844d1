// The search engine, run in the search worker (search-worker.ts): Pagefind's bundle for each language,
// written by the build under pagefind/<lang>/ (scripts/search-index.ts) and imported at run time (never
// bundled). In a worker, Pagefind searches in that thread, so all its work (and its results, 10,000 for
// the most frequent word) stays off the page's: the page gets one page of hits.
import type { Lang, Topic } from "../../content/vocabulary.ts";
import { type DecisionKind, isLang } from "../../content/vocabulary.ts";
import { type DayRangeParts, formatDayRangeParts, languageName } from "../../lib/dates.ts";
import type { Range } from "../../lib/days.ts";
import { fold } from "../../lib/fold.ts";
import { type ExcerptPart, excerpt, wordsOf } from "./excerpt.ts";
import { isStopWord } from "./stop-words.ts";

/** Results on a page. */
export const RESULTS_PER_PAGE = 10;
/** Matching places shown under a release. */
const PLACES_PER_RESULT = 3;

// What we use of Pagefind's JavaScript API (pagefind.app/docs/api-reference).
type Anchor = { element: string; id: string; location: number };
type SubResult = { anchor?: Anchor; locations: number[] };
type ResultData = {
  url: string;
  content: string;
  /** Positions, among the words of `content`, of the words matched. */
  locations: number[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  anchors: Anchor[];
  sub_results: SubResult[];
};
type Result = { id: string; score: number; data: () => Promise<ResultData> };
type Filters = Record<string, unknown>;
type Instance = {
  search: (term: string, options?: { filters?: Filters }) => Promise<{ results: Result[] } | null>;
  preload: (term: string) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
};
export type PagefindModule = { createInstance: (options: { basePath: string; baseUrl: string; metaCacheTag: string }) => Instance };

/** What a matching place is: a paragraph, a quote, an image caption, a meeting, a decision. */
export type PlaceKind = "paragraph" | "quote" | "caption" | "meeting" | "decision" | "top";

/** A place in a release where the words were found: its element id (none: the release's start) and an excerpt. */
export type Place = { kind: PlaceKind; id: string | null; excerpt: ExcerptPart[] };

/**
 * A release found: in which language, its id, title, days, who wrote the text, and its best places. The days
 * and the name of its language come in the words of the page's language (Intl's formatters are made here,
 * not on the page).
 */
export type Hit = {
  lang: Lang;
  id: string;
  title: string;
  days: [string, string];
  /** The days in words, none when the index holds none. */
  when: DayRangeParts | null;
  /** The name of the release's language in the page's language. */
  langName: string;
  provenance: "official" | "translation" | "digest";
  places: Place[];
};

export type SearchPage = { total: number; page: number; pages: number; hits: Hit[] };

/** The filters of a search: the listing's days, topic and kind. */
export type SearchFilters = { range: Range; topic?: Topic; kind?: DecisionKind };

/** A search: the words, the languages searched, the filters, the page of results, and the page's language. */
export type Search = { terms: string; langs: Lang[]; filters: SearchFilters; page: number; lang: Lang };

const ELEMENT_KIND: Record<string, PlaceKind> = {
  p: "paragraph",
  blockquote: "quote",
  figure: "caption",
  section: "meeting",
  li: "decision",
};

/** The engine's filter for our filters; the days are those the index holds in the range. Null: nothing can match. */
async function filtersFor(search: Instance, { range, topic, kind }: SearchFilters): Promise<Filters | null> {
  const filters: Filters = {};
  if (topic && kind) filters.tk = `${topic}/${kind}`;
  else if (topic) filters.topic = topic;
  else if (kind) filters.kind = kind;
  if (range.from || range.to) {
    const days = Object.keys((await search.filters()).day ?? {}).filter(
      (day) => (!range.from || day >= range.from) && (!range.to || day <= range.to),
    );
    if (days.length === 0) return null;
    filters.day = { any: days };
  }
  return filters;
}

/** The places of a result worth showing: those with the most matched words first, then in reading order. */
function placesOf(data: ResultData): Place[] {
  // The typographic apostrophe, indexed as ' (scripts/search-index.ts), written back.
  const words = wordsOf(data.content).map((word) => word.replaceAll("'", "\u2019"));
  const starts = data.anchors.map((a) => a.location).sort((a, b) => a - b);
  const endOf = (start: number) => starts.find((s) => s > start) ?? words.length;
  return data.sub_results
    .filter((s) => s.locations.length > 0)
    .sort((a, b) => b.locations.length - a.locations.length)
    .slice(0, PLACES_PER_RESULT)
    .sort((a, b) => (a.anchor?.location ?? -1) - (b.anchor?.location ?? -1))
    .map((s) => {
      const start = s.anchor?.location ?? 0;
      const end = s.anchor ? endOf(start) : (starts[0] ?? words.length);
      return {
        kind: s.anchor ? (ELEMENT_KIND[s.anchor.element] ?? "paragraph") : "top",
        id: s.anchor?.id ?? null,
        excerpt: excerpt(words, start, end, s.locations),
      };
    })
    .filter((p) => p.excerpt.length > 0);
}

/**
 * Whether the language's texts hold every word of the query, judged from the engine's best result. When no
 * indexed word starts with a query word, Pagefind matches the longest indexed word that begins it instead
 * ("arbre" finds "à", "bonjour" finds "bon"), and a word that no indexed word begins is left out of the
 * search: its count would name releases that do not hold the words. A query word is held when a word the
 * result matched, or a word of its title (searched too), starts with it (the word itself, or one the reader
 * is still typing), each part counted as a word as the engine counts them ("otan" in « l’OTAN », "atlantique"
 * in « euro-atlantique »); or else when the engine's exact search (a quoted word) finds it under another
 * ending ("ministres" and "ministre").
 */
async function holdsEveryWord(engine: Instance, words: string[], best: ResultData): Promise<boolean> {
  const content = wordsOf(best.content);
  const parts = (text: string) => fold(text).split(/[^\p{L}\p{N}]+/u);
  const matched = [...best.locations.flatMap((l) => parts(content[l] ?? "")), ...parts(best.meta.title ?? "")].filter(Boolean);
  for (const word of words) {
    const wanted = fold(word);
    if (matched.some((m) => m.startsWith(wanted))) continue;
    if (!(await engine.search(`"${word}"`))?.results.length) return false;
  }
  return true;
}

/**
 * The words of a query worth searching in a language: its stop words left out when it has others, and with
 * them the letters an apostrophe cuts off (l, d, qu in « l’Alliance », s in "NATO’s"). The engine matches a
 * word as the start of others: searched, "l" would find and mark every word that begins with an l. Each
 * language's own: « but » is a word in French, "son" in English.
 */
function tellingWords(terms: string, lang: Lang): string[] {
  const words = terms.split(" ").filter(Boolean);
  const telling = words.filter((word) => !isStopWord(word, lang));
  return telling.length > 0 ? telling : words;
}

/**
 * The spellings a query is searched under: as typed, and with « œ » where the reader typed "oe" (the engine
 * does not take one for the other, and few keyboards type œ: "oeuvre" finds « œuvre »). Each is checked for
 * its words on its own, so that "poeme" still finds « poème ».
 */
function spellings(words: string[]): string[][] {
  const ligature = words.map((word) => word.replace(/oe/gi, "œ"));
  return ligature.join(" ") === words.join(" ") ? [words] : [words, ligature];
}

function hitOf(data: ResultData, pageLang: Lang): Hit | undefined {
  const match = /^\/([^/]+)\/releases\/([^/?#]+)/.exec(data.url);
  const lang = match?.[1];
  if (!match || !isLang(lang)) return undefined;
  const days = [...(data.filters.day ?? [])].sort();
  const [start = "", end = start] = [days[0], days.at(-1)];
  const provenance = data.filters.prov?.[0];
  return {
    lang,
    id: decodeURIComponent(match[2] ?? ""),
    title: data.meta.title ?? "",
    days: [start, end],
    when: start ? formatDayRangeParts(start, end, pageLang) : null,
    langName: languageName(lang, pageLang),
    provenance: provenance === "official" || provenance === "translation" ? provenance : "digest",
    places: placesOf(data),
  };
}

/** The fetch of the thread the engine runs in, taken over (takeOverFetch). */
export type Fetching = {
  /** How many requests have failed (an error, or a status that is not ok). */
  failures: () => number;
  /**
   * Fetches a file ahead of the engine, which then gets this response when it asks; a copy for the caller.
   * Nothing when the engine has asked for it already.
   */
  ahead: (url: string) => Promise<Response | undefined>;
};

/**
 * Takes over a scope's `fetch` (the worker's, which the engine calls): it counts the requests that fail,
 * and hands a file fetched ahead to the engine when it asks for it (a second request would fetch it again
 * while the first is still arriving: a browser's cache holds only what has arrived).
 */
export function takeOverFetch(scope: { fetch: typeof fetch }): Fetching {
  let failures = 0;
  const fetchFile = scope.fetch.bind(scope);
  const counted = (...args: Parameters<typeof fetch>) =>
    fetchFile(...args).then(
      (response) => {
        if (!response.ok) failures += 1;
        return response;
      },
      (error: unknown) => {
        failures += 1;
        throw error;
      },
    );
  const fetchedAhead = new Map<string, Promise<Response>>();
  const asked = new Set<string>();
  scope.fetch = (...args: Parameters<typeof fetch>) => {
    const [input] = args;
    if (typeof input !== "string") return counted(...args);
    asked.add(input);
    const ahead = fetchedAhead.get(input);
    if (!ahead) return counted(...args);
    fetchedAhead.delete(input);
    return ahead;
  };
  return {
    failures: () => failures,
    ahead: (url) => {
      if (asked.has(url)) return Promise.resolve(undefined); // the engine was quicker
      const response = counted(url);
      fetchedAhead.set(url, response);
      return response.then((r) => r.clone());
    },
  };
}

/** How the engine finds a language's bundle (its folder, ending in /, and its module) and fetches its files. */
export type Bundles = { folder: (lang: Lang) => string; load: (lang: Lang) => Promise<PagefindModule>; fetching: Fetching };

/** Thrown when a file of the engine or its index could not be loaded. */
export class IndexUnavailable extends Error {
  constructor(detail: string) {
    super(`The search index could not be loaded: ${detail}`);
    this.name = "IndexUnavailable";
  }
}

/**
 * The engine over a language's bundles. Pagefind leaves out an index file it could not fetch and answers
 * without it (saying so only in the console): a search during which a file failed rejects instead, with
 * IndexUnavailable; the engine stays usable, and fetches the file again at the next search.
 */
export function searchEngine({ folder, load, fetching }: Bundles) {
  // The engine asks for its entry file with this tag (rather than the time, its default): the one fetched ahead.
  const tag = String(Date.now());
  const instances = new Map<Lang, Promise<Instance>>();

  /**
   * Fetches a language's entry file, then the metadata and WebAssembly it names, while the engine's script
   * loads: the engine asks for them one after another once it has loaded, and gets these. A failure is left
   * to the engine, which gets it too.
   */
  const fetchAhead = (lang: Lang): void => {
    type Entry = { languages: Record<string, { hash: string; wasm?: string } | undefined> };
    void fetching
      .ahead(`${folder(lang)}pagefind-entry.json?ts=${tag}`)
      .then((response) => (response?.ok ? (response.json() as Promise<Entry>) : undefined))
      .then((entry) => {
        const index = entry?.languages[lang];
        if (!index) return;
        void fetching.ahead(`${folder(lang)}pagefind.${index.hash}.pf_meta`).catch(() => {});
        void fetching.ahead(`${folder(lang)}wasm.${index.wasm ?? "unknown"}.pagefind`).catch(() => {});
      })
      .catch(() => {});
  };

  const instance = (lang: Lang): Promise<Instance> => {
    let found = instances.get(lang);
    if (!found) {
      fetchAhead(lang);
      // Results keep the router paths they were indexed with ("/fr/releases/…"), whatever base the site has.
      found = load(lang).then((m) => m.createInstance({ basePath: folder(lang), baseUrl: "/", metaCacheTag: tag }));
      instances.set(lang, found);
    }
    return found;
  };

  /** Loads a language's engine and its files ahead of the first search (the reader is in the field). */
  const warmUp = (lang: Lang): void => {
    void instance(lang).catch(() => {});
  };

  /** Fetches the index chunks for the words typed so far (Pagefind's preload); a failure is left to the search. */
  const preload = (terms: string, lang: Lang): void => {
    void instance(lang)
      .then((i) => Promise.all(spellings(tellingWords(terms, lang)).map((words) => i.preload(words.join(" ")))))
      .catch(() => {});
  };

  /** One page of the releases that hold the words, in `langs`, best first. */
  const search = async ({ terms, langs, filters, page, lang: pageLang }: Search): Promise<SearchPage> => {
    const failed = fetching.failures();
    // One search a language and spelling, each with the words it is checked for.
    const byLanguage = await Promise.all(
      langs.map(async (lang) => {
        const engine = await instance(lang);
        const engineFilters = await filtersFor(engine, filters);
        return Promise.all(
          spellings(tellingWords(terms, lang)).map(async (words) => ({
            engine,
            words,
            results: engineFilters === null ? [] : ((await engine.search(words.join(" "), { filters: engineFilters }))?.results ?? []),
          })),
        );
      }),
    );
    const found = byLanguage.flat();
    // Each result's text, fetched once: the best result of each language is also checked for the words.
    const texts = new Map<Result, Promise<ResultData>>();
    const text = (result: Result): Promise<ResultData> => {
      const known = texts.get(result);
      if (known) return known;
      const fetched = result.data();
      texts.set(result, fetched);
      return fetched;
    };
    const pageOf = (held: Result[][]) => {
      // A release found under both spellings counts once, with its better score.
      const best = new Map<string, Result>();
      for (const r of held.flat().sort((a, b) => b.score - a.score)) if (!best.has(r.id)) best.set(r.id, r);
      const results = [...best.values()];
      const pages = Math.max(1, Math.ceil(results.length / RESULTS_PER_PAGE));
      const shown = Math.min(page, pages);
      return { results, pages, shown, slice: results.slice((shown - 1) * RESULTS_PER_PAGE, shown * RESULTS_PER_PAGE) };
    };
    // The page's texts are fetched while the words are checked: in the usual case, every word is held.
    let shown = pageOf(found.map((f) => f.results));
    const [held] = await Promise.all([
      Promise.all(
        found.map(async ({ engine, results, words }) => (results[0] ? holdsEveryWord(engine, words, await text(results[0])) : true)),
      ),
      Promise.all(shown.slice.map(text)),
    ]);
    if (held.includes(false)) shown = pageOf(found.map((f, n) => (held[n] ? f.results : [])));
    const hits = (await Promise.all(shown.slice.map(async (r) => hitOf(await text(r), pageLang)))).filter((h) => h !== undefined);
    if (fetching.failures() > failed) throw new IndexUnavailable("a file of the index failed to load");
    return { total: shown.results.length, page: shown.shown, pages: shown.pages, hits };
  };

  return { warmUp, preload, search };
}
