// i18next, with each language's strings in a chunk of its own, loaded by the route before it renders
// (so a page never waits for its strings and never carries the other language's). A view's own strings
// (locales/parts/<part>.<lang>.json) load with that view only: every other page's first load is lighter. No react-i18next:
// the language comes from the URL, so a component needs only i18next's fixed-language `t`.
// en.json is the source of truth for the keys (see i18next.d.ts); locales.test.ts holds fr.json to the same keys.
import i18next from "i18next";
import { useMemo } from "react";
import { useParams } from "react-router";
import { isLang, LANGS, type Lang } from "../content/vocabulary.ts";
import { withinTime } from "../lib/time-limit.ts";

export const i18n = i18next.createInstance();

void i18n.init({
  resources: {},
  lng: "en",
  fallbackLng: false,
  supportedLngs: [...LANGS],
  initAsync: false,
  partialBundledLanguages: true,
  interpolation: { escapeValue: false }, // React escapes; strings are rendered as text
  returnNull: false,
});

// Counts ({{count, number}}) as written in the page's language, with one Intl.NumberFormat per language:
// i18next's own "number" format caches one per set of options, the count among them. A page's first
// Intl.NumberFormat loads the engine's number data, a long task on a slow phone; below 1,000 both languages
// write the digits alone (locales.test.ts checks it), so a page of small counts never builds one.
const numberFormats = new Map<string, Intl.NumberFormat>();
i18n.services.formatter?.add("number", (value: number, lng = "en") => {
  if (Number.isInteger(value) && value >= 0 && value < 1000) return `${value}`;
  let format = numberFormats.get(lng);
  if (!format) {
    format = new Intl.NumberFormat(lng);
    numberFormats.set(lng, format);
  }
  return format.format(value);
});

const locales: Record<Lang, () => Promise<{ default: object }>> = {
  fr: withinTime("French strings", () => import("./locales/fr.json")),
  en: withinTime("English strings", () => import("./locales/en.json")),
};

/**
 * The strings only one view uses, in a file per language: `locales/parts/cite.fr.json` holds the `cite` group
 * (a group may start in the core file: the search form's words are on every page, the rest in a part). The
 * view that uses a part names its files (an import per language), so that they are in its chunk, not here.
 */
export type LocalePart = { name: string } & Record<Lang, () => Promise<{ default: object }>>;
const loaded = new Set<string>();

async function addStrings(key: string, load: () => Promise<{ default: object }>, lang: Lang): Promise<void> {
  if (loaded.has(key)) return;
  const { default: strings } = await load();
  // Deep: a part's group joins the language's one bundle, whichever arrives first.
  i18n.addResourceBundle(lang, "translation", strings, true, true);
  loaded.add(key);
}

/** Loads a language's strings once, and the given views' own strings; route loaders await it before anything renders. */
export async function loadLocale(lang: Lang, parts: LocalePart[] = []): Promise<void> {
  await Promise.all([
    addStrings(lang, locales[lang], lang),
    ...parts.map((part) => addStrings(`${lang}.${part.name}`, withinTime(`${part.name} strings`, part[lang]), lang)),
  ]);
}

/** The page language, from the URL's first segment. */
export function useLang(): Lang {
  const { lang } = useParams();
  return isLang(lang) ? lang : "en";
}

/** Strings in the page language, derived from the URL rather than from global i18next state. */
export function useT() {
  const lang = useLang();
  return useMemo(() => i18n.getFixedT(lang), [lang]);
}
