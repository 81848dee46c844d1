// The Cite block is at the foot of the article: nothing of the first paint needs it, so its code and its
// strings load after the page's. The prerenderer waits for them (the block and its head tags are in every
// page's HTML, readable without JavaScript); in the browser, React hydrates the block when they arrive.
import { type ComponentProps, lazy, Suspense } from "react";
import type { Lang } from "../../content/vocabulary.ts";
import { type LocalePart, loadLocale } from "../../i18n/index.ts";

/** The Cite block's words. */
export const CITE_STRINGS: LocalePart = {
  name: "cite",
  fr: () => import("../../i18n/locales/parts/cite.fr.json"),
  en: () => import("../../i18n/locales/parts/cite.en.json"),
};

type CiteModule = typeof import("./cite.tsx");
type Loaded = { default: CiteModule["Cite"] };
let loaded: CiteModule | undefined;
let code: Promise<CiteModule> | undefined;
let latest: Promise<CiteModule> | undefined;

/** Loads the Cite block's code, once, and its strings in `lang`. */
export function loadCite(lang: Lang): Promise<CiteModule> {
  code ??= import("./cite.tsx");
  latest = Promise.all([code, loadLocale(lang, [CITE_STRINGS])]).then(([module]) => {
    loaded = module;
    return module;
  });
  return latest;
}

/** True once the block's code is here: a page rendered then shows the block at once, so its strings must be in. */
export function citeLoaded(): boolean {
  return loaded !== undefined;
}

const LazyCite = lazy((): Promise<Loaded> => {
  const module = loaded;
  // Already loaded (the prerenderer awaits it): handed over before lazy() returns, so the block is written,
  // not a fallback.
  // biome-ignore lint/suspicious/noThenProperty: a thenable that calls back at once is what makes this render synchronous
  if (module) return { then: (resolve: (m: Loaded) => void) => resolve({ default: module.Cite }) } as Promise<Loaded>;
  // Code or strings that cannot be fetched leave the prerendered block as it is (text that can still be
  // selected and copied): the rest of the page keeps working.
  return (latest ?? import("./cite.tsx")).then(
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
