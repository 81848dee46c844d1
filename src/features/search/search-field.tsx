import { type ChangeEvent, useEffect, useLayoutEffect, useRef } from "react";
import { useLocation, useNavigate } from "react-router";
import type { Lang } from "../../content/vocabulary.ts";
import { useLang, useT } from "../../i18n/index.ts";
import { loadSearch } from "./find-releases.ts";
import { readSearch, type SearchQuery } from "./search-query.ts";

/** How long the reader pauses before the results follow what they typed. */
export const TYPING_PAUSE_MS = 250;

type Props = {
  query: SearchQuery;
  /** The id of the page's form (the filter's), which the field and the choice of languages belong to. */
  form: string;
  /** The other language's name, for the choice to search both. */
  other: string;
  /** The languages searched, the page's first. */
  langs: Lang[];
};

/**
 * The words to search for and the choice of languages. Results follow the field as the reader types (after
 * a pause, the address replaced, not pushed: one history entry per search); Enter submits the page's form.
 * The field shows the URL's words when the URL changes under it (Back), never while the reader is in it.
 * Anything else the reader does that leaves for another address cancels the pause's pending update: what
 * the reader did last wins; a link to this page (a quick range) takes the words typed with it.
 */
export function SearchField({ query, form, other, langs }: Props) {
  const t = useT();
  const lang = useLang();
  const navigate = useNavigate();
  const location = useLocation();
  const field = useRef<HTMLInputElement>(null);
  const both = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // At every new address (even with the same words: words typed, then a link followed during the pause).
  // biome-ignore lint/correctness/useExhaustiveDependencies: location.key marks each new address
  useLayoutEffect(() => {
    const input = field.current;
    if (input && document.activeElement !== input && input.value !== query.q) input.value = query.q;
    if (both.current) both.current.checked = query.both;
  }, [query.q, query.both, location.key]);
  // The reader leaving for another address in the app during the pause (Enter or Apply, a link such as a
  // quick range or the language switch, Back) cancels the pause's update, which would overwrite it. Caught
  // as the reader acts, not when the router's state next renders: a submit or a click the app took over
  // (the router's links and form prevent the browser's own), not a link opened elsewhere or within the page.
  useEffect(() => {
    const cancel = () => clearTimeout(timer.current);
    const onLeave = (event: Event) => {
      if (!event.defaultPrevented) return;
      cancel();
      // A link to this same page (a quick range, a filter cleared, the language switch) goes with the words in the field, as Apply does.
      const link = (event.target as Element).closest?.("a");
      const next = link && client.current?.withWordsTyped(link, field.current);
      if (next) void navigate(...next);
    };
    document.addEventListener("submit", onLeave);
    document.addEventListener("click", onLeave);
    window.addEventListener("popstate", cancel);
    return () => {
      cancel();
      document.removeEventListener("submit", onLeave);
      document.removeEventListener("click", onLeave);
      window.removeEventListener("popstate", cancel);
    };
  }, [navigate]);
  const go = (change: (params: URLSearchParams) => void, replace: boolean) => {
    clearTimeout(timer.current);
    const params = new URLSearchParams(location.search);
    params.delete("page");
    // The words in the field, even those typed during the pause.
    const words = field.current?.value ?? "";
    if (words.trim()) params.set("q", words);
    else params.delete("q");
    change(params);
    const search = params.toString() ? `?${params}` : "";
    void navigate({ pathname: location.pathname, search }, { replace, preventScrollReset: true });
  };
  // The engine, the results' code and the entry files load while the reader types the first word, not after
  // it; each key then fetches the index chunks of the words so far, during the pause.
  const client = useRef<typeof import("./search-client.ts") | undefined>(undefined);
  const warming = useRef(false);
  const onFocus = () => {
    if (warming.current) return;
    warming.current = true;
    // In a task of its own, after the tap's: the tap's task stays short (the focus is not held up by the requests).
    setTimeout(() => {
      loadSearch(lang).then(
        (loaded) => {
          client.current = loaded;
          loaded.warmUp(langs);
        },
        () => {},
      );
    });
  };
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const { terms } = readSearch(new URLSearchParams({ q: event.currentTarget.value }), lang, () => false);
    if (terms) client.current?.preload(terms, langs);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => go(() => {}, true), TYPING_PAUSE_MS);
  };
  const onBoth = (event: ChangeEvent<HTMLInputElement>) => {
    const checked = event.currentTarget.checked;
    go((params) => (checked ? params.set("in", "both") : params.delete("in")), false);
  };
  return (
    <div className="search-field">
      <label htmlFor="search-q">{t("search.field")}</label>
      <input
        ref={field}
        id="search-q"
        form={form}
        type="search"
        name="q"
        defaultValue={query.q}
        onChange={onChange}
        onFocus={onFocus}
        autoComplete="off"
        enterKeyHint="search"
        aria-describedby="search-hint"
      />
      <p id="search-hint" className="search-hint">
        {t("search.hint")}
      </p>
      <label className="search-both">
        <input ref={both} form={form} type="checkbox" name="in" value="both" defaultChecked={query.both} onChange={onBoth} />{" "}
        {t("search.both", { lang: other })}
      </label>
    </div>
  );
}
