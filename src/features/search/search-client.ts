// The page's side of search, loaded only when the reader searches: it starts the search worker
// (search-worker.ts, which runs the engine) and asks it for one page of hits at a time.

import type { NavigateOptions, To } from "react-router";
import { LANGS, type Lang } from "../../content/vocabulary.ts";
import { appPath } from "../../lib/paths.ts";
import type { Search, SearchPage } from "./search-engine.ts";

/** What the page asks the worker. Only a search is answered. */
export type WorkerRequest =
  | { kind: "warm-up"; langs: Lang[] }
  | { kind: "preload"; terms: string; langs: Lang[] }
  | ({ kind: "search"; id: number } & Search);

/**
 * The worker's answer to a search: a page of hits, or why there is none, and whether its engine is intact
 * (a file failed during the search, which the engine fetches again next time) or failed to start.
 */
export type WorkerAnswer = { id: number; page: SearchPage } | { id: number; error: string; engineIntact: boolean };

/** A search the worker could not answer; the same worker may try again when its engine is intact. */
class SearchFailed extends Error {
  constructor(
    message: string,
    readonly engineIntact: boolean,
  ) {
    super(message);
  }
}

/** Thrown when a file of the engine or its index could not be loaded: the page offers a retry. */
export class SearchUnavailable extends Error {
  constructor(cause: unknown) {
    super(`The search index could not be loaded: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = "SearchUnavailable";
  }
}

type Pending = { resolve: (page: SearchPage) => void; reject: (error: Error) => void; by: Worker };

let worker: Worker | undefined;
const pending = new Map<number, Pending>();
let nextId = 0;

/** Ends a worker and fails what it was asked; the next request starts another. */
function retire(by: Worker, cause: unknown) {
  const error = cause instanceof Error ? cause : new Error(String(cause));
  by.terminate();
  if (worker === by) worker = undefined;
  for (const [id, waiting] of pending) {
    if (waiting.by !== by) continue;
    pending.delete(id);
    waiting.reject(error);
  }
}

function start(): Worker {
  if (worker) return worker;
  const started = new Worker(new URL("./search-worker.ts", import.meta.url), { type: "module", name: "search" });
  started.addEventListener("message", (event: MessageEvent<WorkerAnswer>) => {
    const answer = event.data;
    const waiting = pending.get(answer.id);
    if (!waiting) return;
    pending.delete(answer.id);
    if ("page" in answer) waiting.resolve(answer.page);
    else waiting.reject(new SearchFailed(answer.error, answer.engineIntact));
  });
  // The worker's script failed to load, or threw: what it was asked may never be answered.
  started.addEventListener("error", (event) => {
    event.preventDefault();
    retire(started, new Error(event.message || "The search worker could not start"));
  });
  worker = started;
  return started;
}

/** Loads the engine and its files ahead of the first search (the reader is in the field); a failure is left to the search. */
export function warmUp(langs: Lang[]): void {
  start().postMessage({ kind: "warm-up", langs } satisfies WorkerRequest);
}

/** Fetches the index chunks for the words typed so far, while the reader is still typing; a failure is left to the search. */
export function preload(terms: string, langs: Lang[]): void {
  start().postMessage({ kind: "preload", terms, langs } satisfies WorkerRequest);
}

/** A path with its language segment taken out: the same page in either language. */
const anyLanguage = (path: string) => path.replace(new RegExp(`/(?:${LANGS.join("|")})(?=/)`), "");

/**
 * Where (and how) a link to the search page (a quick range, a filter cleared, the language switch) goes with the words
 * in the field, typed since the address was last updated: they go with it, as with Apply. The switch keeps
 * focus on itself, as any switch of language does (layout.tsx). Null when the words are the link's.
 * Loaded with the engine, which typing needs anyway.
 */
export function withWordsTyped(link: HTMLAnchorElement, field: HTMLInputElement | null): [To, NavigateOptions] | null {
  // This page, in either language: the form the field belongs to is sent to it.
  if (!field?.form) return null;
  const here = new URL(field.form.action).pathname;
  if (anyLanguage(here) !== anyLanguage(link.pathname)) return null;
  const params = new URLSearchParams(link.search);
  const words = field.value;
  if (words.trim() === (params.get("q") ?? "").trim()) return null;
  params.delete("page");
  if (words.trim()) params.set("q", words);
  else params.delete("q");
  const to = { pathname: appPath(link.pathname), search: `?${params}` };
  return [to, { preventScrollReset: true, ...(here === link.pathname ? {} : { state: { languageSwitch: true } }) }];
}

/**
 * A search unanswered for this long (a request that stalls, a worker gone without a word) is given up, as a
 * data file is (docs/decisions/0007-pending-time-limits-and-url-text.md): the page offers its retry.
 */
export const SEARCH_TIMEOUT_MS = 15_000;

/** A search given up after SEARCH_TIMEOUT_MS: not tried again at once (a stalled network would stall it too). */
class SearchTimedOut extends Error {}

function searchOnce(search: Search, by: Worker): Promise<SearchPage> {
  const id = nextId++;
  return new Promise<SearchPage>((resolve, reject) => {
    const timer = setTimeout(() => retire(by, new SearchTimedOut("The search worker did not answer")), SEARCH_TIMEOUT_MS);
    const settle =
      <T>(done: (value: T) => void) =>
      (value: T) => {
        clearTimeout(timer);
        done(value);
      };
    pending.set(id, { resolve: settle(resolve), reject: settle(reject), by });
    by.postMessage({ kind: "search", id, ...search } satisfies WorkerRequest);
  });
}

/**
 * One page of the releases that hold the words, in `langs`, best first, for a page in `lang`. A failure is
 * tried again once: in the same worker when its engine is intact (a file failed during the search), else
 * in a new one; then it rejects with SearchUnavailable, and the next call tries again. A search given up
 * for time rejects at once, its worker ended.
 */
export async function searchReleases(search: Search): Promise<SearchPage> {
  const first = start();
  try {
    return await searchOnce(search, first);
  } catch (error) {
    if (error instanceof SearchTimedOut) throw new SearchUnavailable(error);
    if (!(error instanceof SearchFailed && error.engineIntact)) retire(first, error);
  }
  const second = start();
  try {
    return await searchOnce(search, second);
  } catch (error) {
    retire(second, error);
    throw new SearchUnavailable(error);
  }
}
