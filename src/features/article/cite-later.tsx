// The Cite block is at the foot of the article: nothing of the first paint needs it, so its code loads after
// the page's. The prerenderer waits for it (the block and its head tags are in every page's HTML, readable
// without JavaScript); in the browser, React hydrates the block when its module arrives.
import { type ComponentProps, lazy, Suspense } from "react";

type CiteModule = typeof import("./cite.tsx");
type Loaded = { default: CiteModule["Cite"] };
let loaded: CiteModule | undefined;

/** Loads the Cite block's module, once. */
export function loadCite(): Promise<CiteModule> {
  return import("./cite.tsx").then((module) => {
    loaded = module;
    return module;
  });
}

const LazyCite = lazy((): Promise<Loaded> => {
  const module = loaded;
  // Already loaded (the prerenderer awaits it): handed over before lazy() returns, so the block is written,
  // not a fallback.
  // biome-ignore lint/suspicious/noThenProperty: a thenable that calls back at once is what makes this render synchronous
  if (module) return { then: (resolve: (m: Loaded) => void) => resolve({ default: module.Cite }) } as Promise<Loaded>;
  // Code that cannot be fetched leaves the prerendered block as it is (text that can still be selected and
  // copied): the rest of the page keeps working.
  return loadCite().then(
    (m) => ({ default: m.Cite }),
    () => new Promise<Loaded>(() => {}),
  );
});

/** The Cite block, hydrated when its code has arrived; until then the prerendered block stays as it is. */
export function CiteLater(props: ComponentProps<CiteModule["Cite"]>) {
  return (
    <Suspense fallback={null}>
      <LazyCite {...props} />
    </Suspense>
  );
}
