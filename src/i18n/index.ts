// i18next with both locales bundled: they are small, and a page never waits for its strings.
// en.json is the source of truth for the keys (see i18next.d.ts); locales.test.ts holds fr.json to the same keys.
import i18next from "i18next";
import { initReactI18next, useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { isLang, type Lang } from "../lib/lang.ts";
import en from "./locales/en.json";
import fr from "./locales/fr.json";

export const resources = { en: { translation: en }, fr: { translation: fr } } as const;

export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources,
  lng: "en",
  fallbackLng: false,
  supportedLngs: ["fr", "en"],
  initAsync: false,
  interpolation: { escapeValue: false }, // React escapes; strings are rendered as text
  returnNull: false,
});

/** The page language, from the URL's first segment. */
export function useLang(): Lang {
  const { lang } = useParams();
  return isLang(lang) ? lang : "en";
}

/** Strings in the page language, derived from the URL rather than from global i18next state. */
export function useT() {
  const lang = useLang();
  return useTranslation(undefined, { lng: lang }).t;
}
