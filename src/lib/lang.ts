// Which language a reader gets: from the URL when it names one, else their saved choice, else the browser's.
import { LANGS, type Lang } from "../content/vocabulary.ts";

export { LANGS, type Lang };

const STORAGE_KEY = "communique.lang";

export function isLang(value: unknown): value is Lang {
  return value === "fr" || value === "en";
}

/** The language of a route's `:lang` parameter (the language loader has already turned others away). */
export function langParam(value: string | undefined): Lang {
  return isLang(value) ? value : "en";
}

export function otherLang(lang: Lang): Lang {
  return lang === "fr" ? "en" : "fr";
}

/** The app's two languages named in each of them; the table of all language names (language-names.ts)
 *  takes these two from here. Apart, so that listing views showing "in English" do not load that table. */
export const LANG_NAMES: Readonly<Record<Lang, Readonly<Record<Lang, string>>>> = {
  en: { fr: "anglais", en: "English" },
  fr: { fr: "français", en: "French" },
};

/** The primary language subtag of a tag: "en" for "en-GB". (Here, not beside the table of language names,
 *  so that the table stays out of the main bundle: only article views name languages.) */
export function primaryLanguage(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0] ?? "";
}

/** The supported language a language tag asks for ("fr-CA" gives fr), or undefined. */
export function langOfTag(tag: string): Lang | undefined {
  const primary = primaryLanguage(tag.trim());
  return isLang(primary) ? primary : undefined;
}

/** First supported language in the reader's order of preference; English when none is. */
export function negotiateLang(preferred: readonly string[]): Lang {
  for (const tag of preferred) {
    const lang = langOfTag(tag);
    if (lang) return lang;
  }
  return "en";
}

export function savedLang(): Lang | undefined {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLang(value) ? value : undefined;
  } catch {
    return undefined; // storage blocked: fall back to the browser's languages
  }
}

export function saveLang(lang: Lang): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  } catch {
    // storage blocked: the choice lasts for this page only
  }
}

/** The reader's best language outside a language-prefixed URL. */
export function preferredLang(): Lang {
  const nav = globalThis.navigator;
  return savedLang() ?? negotiateLang(nav?.languages?.length ? nav.languages : [nav?.language ?? "en"]);
}
