// i18next, with each language's strings in a chunk of its own, loaded by the route before it renders
// (so a page never waits for its strings and never carries the other language's). No react-i18next:
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

const locales: Record<Lang, () => Promise<{ default: object }>> = {
  fr: withinTime("French strings", () => import("./locales/fr.json")),
  en: withinTime("English strings", () => import("./locales/en.json")),
};

/** Loads a language's strings once; route loaders await it before anything renders. */
export async function loadLocale(lang: Lang): Promise<void> {
  if (i18n.hasResourceBundle(lang, "translation")) return;
  const { default: strings } = await locales[lang]();
  i18n.addResourceBundle(lang, "translation", strings);
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
