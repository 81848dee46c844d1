// The search worker: the engine (search-engine.ts) answering the page's messages (search-client.ts). It is
// served from the search bundle's folder, whose policy allows the engine's WebAssembly (vite.config.ts).
import { isLang, LANGS, type Lang } from "../../content/vocabulary.ts";
import { SEARCH_FOLDER } from "../../lib/paths.ts";
import type { WorkerAnswer, WorkerRequest } from "./search-client.ts";
import { IndexUnavailable, type PagefindModule, searchEngine, takeOverFetch } from "./search-engine.ts";

const folder = (lang: Lang) => `${import.meta.env.BASE_URL}${SEARCH_FOLDER}/${lang}/`;

const engine = searchEngine({
  folder,
  // Each language's bundle is a module of its own, with its own WebAssembly module (one language's stemmer).
  load: (lang) => import(/* @vite-ignore */ `${folder(lang)}pagefind.js`) as Promise<PagefindModule>,
  fetching: takeOverFetch(self),
});

self.addEventListener("message", (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  const langs = request.langs.filter(isLang);
  if (request.kind === "warm-up") for (const lang of langs) engine.warmUp(lang);
  else if (request.kind === "preload") for (const lang of langs) engine.preload(request.terms, lang);
  else {
    const { id, terms, filters, page, lang } = request;
    engine.search({ terms, langs, filters, page, lang }).then(
      (page) => self.postMessage({ id, page } satisfies WorkerAnswer),
      (error: unknown) =>
        self.postMessage({
          id,
          error: error instanceof Error ? error.message : String(error),
          engineIntact: error instanceof IndexUnavailable,
        } satisfies WorkerAnswer),
    );
  }
});

// A page's first Intl.NumberFormat loads the engine's number data, long on a slow phone. Made here first, once
// the first request is under way, off the page's thread, the results' count (1,234) is then written at once:
// Chromium shares that data between threads. (Listeners run in order: this one after the request's.)
self.addEventListener(
  "message",
  () =>
    setTimeout(() => {
      for (const lang of LANGS) new Intl.NumberFormat(lang).format(1000);
    }),
  { once: true },
);
