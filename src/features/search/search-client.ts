// The search engine, loaded only when the reader searches: Pagefind's bundle for each language, written by
// the build under pagefind/<lang>/ (scripts/search-index.ts), imported at run time from the site (never
// bundled). It runs in a worker and fetches only the index chunks a query needs.
import type { Lang, Topic } from "../../content/vocabulary.ts";
import { type DecisionKind, isLang } from "../../content/vocabulary.ts";
import type { Range } from "../../lib/days.ts";
import { SEARCH_FOLDER } from "../../lib/paths.ts";
import { type ExcerptPart, excerpt, wordsOf } from "./excerpt.ts";

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
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  anchors: Anchor[];
  sub_results: SubResult[];
};
type Result = { id: string; score: number; data: () => Promise<ResultData> };
type Filters = Record<string, unknown>;
type Instance = {
  init: () => Promise<void>;
  search: (term: string, options?: { filters?: Filters }) => Promise<{ results: Result[] } | null>;
  preload: (term: string) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  destroy: () => Promise<void>;
};
type PagefindModule = { createInstance: (options: { basePath: string; baseUrl: string }) => Instance };

/** What a matching place is: a paragraph, a quote, an image caption, a meeting, a decision. */
export type PlaceKind = "paragraph" | "quote" | "caption" | "meeting" | "decision" | "top";

/** A place in a release where the words were found: its element id (none: the release's start) and an excerpt. */
export type Place = { kind: PlaceKind; id: string | null; excerpt: ExcerptPart[] };

/** A release found: in which language, its id, title, days, who wrote the text, and its best places. */
export type Hit = {
  lang: Lang;
  id: string;
  title: string;
  days: [string, string];
  provenance: "official" | "translation" | "digest";
  places: Place[];
};

export type SearchPage = { total: number; page: number; pages: number; hits: Hit[] };

/** The filters of a search: the listing's days, topic and kind. */
export type SearchFilters = { range: Range; topic?: Topic; kind?: DecisionKind };

/** Thrown when a file of the engine or its index could not be loaded: the page offers a retry. */
export class SearchUnavailable extends Error {
  constructor(cause: unknown) {
    super(`The search index could not be loaded: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = "SearchUnavailable";
  }
}

const ELEMENT_KIND: Record<string, PlaceKind> = {
  p: "paragraph",
  blockquote: "quote",
  figure: "caption",
  section: "meeting",
  li: "decision",
};

const engines = new Map<Lang, Promise<PagefindModule>>();
const instances = new Map<Lang, Promise<Instance>>();
let attempt = 0;

function folder(lang: Lang): string {
  return `${import.meta.env.BASE_URL}${SEARCH_FOLDER}/${lang}/`;
}

/**
 * A language's engine, from its own bundle: a module, and so a worker, of its own (Pagefind's instances in
 * one worker share one WebAssembly module, which holds one language's stemmer). After a failure it is
 * asked for again under another address (a module that failed to load is remembered as failed).
 */
function loadEngine(lang: Lang): Promise<PagefindModule> {
  let engine = engines.get(lang);
  if (!engine) {
    engine = import(/* @vite-ignore */ `${folder(lang)}pagefind.js${attempt ? `?retry=${attempt}` : ""}`) as Promise<PagefindModule>;
    engines.set(lang, engine);
  }
  return engine;
}

function instance(lang: Lang): Promise<Instance> {
  let found = instances.get(lang);
  if (!found) {
    // Results keep the router paths they were indexed with ("/fr/releases/…"), whatever base the site has.
    found = loadEngine(lang).then((m) => m.createInstance({ basePath: folder(lang), baseUrl: "/" }));
    instances.set(lang, found);
  }
  return found;
}

/** Forgets what failed, so that the next search loads it again. */
function reset() {
  attempt += 1;
  engines.clear();
  for (const pending of instances.values()) void pending.then((i) => i.destroy()).catch(() => {});
  instances.clear();
}

/**
 * Fetches a language's engine files into the browser's cache while its script loads: the engine then asks
 * for them one after another (its worker, the entry file, then the metadata and the WebAssembly the entry
 * names) and finds the worker, the metadata and the WebAssembly there (a revalidation each). The entry file
 * is read here for those names; the engine asks for it afresh. A failure is left to the engine's own request.
 */
function prefetch(lang: Lang): void {
  const get = (file: string) =>
    fetch(`${folder(lang)}${file}`).then((response) => (response.ok ? response : Promise.reject(new Error(response.statusText))));
  const read = (file: string) => get(file).then((response) => response.arrayBuffer());
  type Entry = { languages: Record<string, { hash: string; wasm?: string } | undefined> };
  void Promise.all([
    read("pagefind-worker.js"),
    get("pagefind-entry.json")
      .then((response) => response.json() as Promise<Entry>)
      .then(({ languages }) => {
        const index = languages[lang];
        return index && Promise.all([read(`pagefind.${index.hash}.pf_meta`), read(`wasm.${index.wasm ?? "unknown"}.pagefind`)]);
      }),
  ]).catch(() => {});
}

/** Loads the engine and the languages' entry files ahead of the first search (the reader is in the field); a failure is left to the search. */
export function warmUp(langs: Lang[]): void {
  for (const lang of langs) {
    if (!instances.has(lang)) prefetch(lang);
    void instance(lang)
      .then((i) => i.init())
      .catch(() => {});
  }
}

/** Fetches the index chunks for the words typed so far, while the reader is still typing (Pagefind's preload); a failure is left to the search. */
export function preload(terms: string, langs: Lang[]): void {
  for (const lang of langs)
    void instance(lang)
      .then((i) => i.preload(terms))
      .catch(() => {});
}

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
  const words = wordsOf(data.content);
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

function hitOf(data: ResultData): Hit | undefined {
  const match = /^\/([^/]+)\/releases\/([^/?#]+)/.exec(data.url);
  const lang = match?.[1];
  if (!match || !isLang(lang)) return undefined;
  const days = [...(data.filters.day ?? [])].sort();
  const provenance = data.filters.prov?.[0];
  return {
    lang,
    id: decodeURIComponent(match[2] ?? ""),
    title: data.meta.title ?? "",
    days: [days[0] ?? "", days.at(-1) ?? ""],
    provenance: provenance === "official" || provenance === "translation" ? provenance : "digest",
    places: placesOf(data),
  };
}

/** One search, the engine as it is. */
async function searchOnce(terms: string, langs: Lang[], filters: SearchFilters, page: number): Promise<SearchPage> {
  const found = await Promise.all(
    langs.map(async (lang) => {
      const search = await instance(lang);
      const engineFilters = await filtersFor(search, filters);
      if (engineFilters === null) return [];
      return (await search.search(terms, { filters: engineFilters }))?.results ?? [];
    }),
  );
  const results = found.flat().sort((a, b) => b.score - a.score);
  const pages = Math.max(1, Math.ceil(results.length / RESULTS_PER_PAGE));
  const shown = Math.min(page, pages);
  const slice = results.slice((shown - 1) * RESULTS_PER_PAGE, shown * RESULTS_PER_PAGE);
  const hits = (await Promise.all(slice.map(async (r) => hitOf(await r.data())))).filter((h) => h !== undefined);
  return { total: results.length, page: shown, pages, hits };
}

/**
 * One page of the releases that hold the words, in `langs`, best first. A failure is tried again once
 * with the engine loaded afresh (a worker that started too slowly on a busy device); then it rejects with
 * SearchUnavailable, and the next call tries again.
 */
export async function searchReleases(terms: string, langs: Lang[], filters: SearchFilters, page: number): Promise<SearchPage> {
  try {
    return await searchOnce(terms, langs, filters, page);
  } catch {
    reset();
  }
  try {
    return await searchOnce(terms, langs, filters, page);
  } catch (error) {
    reset();
    throw new SearchUnavailable(error);
  }
}
