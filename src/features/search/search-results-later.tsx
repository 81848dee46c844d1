// The results list (and the word that nothing matched) loads with the engine's client, at the first search,
// not with the page: the search page's first paint (the form and the guide) needs neither. Their words too
// (locales/parts/searchResults).
import { type ComponentProps, lazy, Suspense } from "react";

type ResultsModule = typeof import("./search-results.tsx");
let loaded: ResultsModule | undefined;

/** Loads the results' code, once; a search awaits it beside the engine's client (find-releases.ts). */
export function loadSearchResults(): Promise<ResultsModule> {
  return import("./search-results.tsx").then((module) => {
    loaded = module;
    return module;
  });
}

/** A value lazy() takes at once: its callback runs before lazy() returns, so the render shows no fallback. */
function now<T>(value: T): Promise<T> {
  // biome-ignore lint/suspicious/noThenProperty: a thenable that calls back at once is what makes the render synchronous
  return { then: (resolve: (v: T) => void) => resolve(value) } as Promise<T>;
}

// At once when the search that found the results has loaded the code (always, but for a test rendering alone).
const LazyResults = lazy(() =>
  loaded ? now({ default: loaded.SearchResults }) : loadSearchResults().then((m) => ({ default: m.SearchResults })),
);
const LazyNoResults = lazy(() =>
  loaded ? now({ default: loaded.NoResults }) : loadSearchResults().then((m) => ({ default: m.NoResults })),
);

/** The results list, its code loaded by the search that found them. */
export function SearchResultsLater(props: ComponentProps<ResultsModule["SearchResults"]>) {
  return (
    <Suspense fallback={null}>
      <LazyResults {...props} />
    </Suspense>
  );
}

/** Nothing matched, said with a way to drop the filters. */
export function NoResultsLater(props: ComponentProps<ResultsModule["NoResults"]>) {
  return (
    <Suspense fallback={null}>
      <LazyNoResults {...props} />
    </Suspense>
  );
}
