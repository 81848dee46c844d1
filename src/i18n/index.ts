// i18next, with each language's strings in a chunk of its own, loaded by the route before it renders
// (so a page never waits for its strings and never carries the other language's). No react-i18next:
// the language comes from the URL, so a component needs only i18next's fixed-language `t`.
// en.json is the source of truth for the keys (see i18next.d.ts); locales.test.ts holds fr.json to the same keys.
import i18next from "i18next";
import { useMemo } from "react";
import { useParams } from "react-router";
import { isLang, type Lang } from "../lib/lang.ts";
import { yieldToMain } from "../lib/yield.ts";

export const i18n = i18next.createInstance();

let initialised = false;

/**
 * Sets i18next up, once. Not at module evaluation: it takes 4-8 ms at 1x CPU (measured), which made the
 * main bundle's evaluation a longer task; main.tsx runs it in a task of its own, and loadLocale makes sure.
 */
export function initI18n(): void {
  if (initialised) return;
  initialised = true;
  void i18n.init({
    resources: {},
    lng: "en",
    fallbackLng: false,
    supportedLngs: ["fr", "en"],
    initAsync: false,
    partialBundledLanguages: true,
    interpolation: { escapeValue: false }, // React escapes; strings are rendered as text
    returnNull: false,
  });
}

const locales: Record<Lang, () => Promise<{ default: object }>> = {
  fr: () => import("./locales/fr.json"),
  en: () => import("./locales/en.json"),
};

/** Loads a language's strings once; route loaders await it before anything renders. */
export async function loadLocale(lang: Lang): Promise<void> {
  initI18n();
  if (i18n.hasResourceBundle(lang, "translation")) return;
  await yieldToMain(); // the request in a task of its own, not in the router's start (see app/routes.tsx)
  const { default: strings } = await locales[lang]();
  i18n.addResourceBundle(lang, "translation", strings);
}

/** True once a language's strings are in. */
export function hasLocale(lang: Lang): boolean {
  return i18n.hasResourceBundle(lang, "translation");
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
