// Which language a reader gets: from the URL when it names one, else their saved choice, else the browser's.
import { isLang, type Lang } from "../content/vocabulary.ts";

const STORAGE_KEY = "communique.lang";

/** The language of a route's `:lang` parameter (the language loader has already turned others away). */
export function langParam(value: string | undefined): Lang {
  return isLang(value) ? value : "en";
}

/** The supported language a language tag asks for ("fr-CA" gives fr), or undefined. */
export function langOfTag(tag: string): Lang | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
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
