// The names of the languages a source page can be written in, in the reader's language: NATO's and the
// EU's languages, Ukrainian and Russian. A table rather than Intl.DisplayNames, whose first call loads
// ICU's display-name data and holds the main thread for tens of milliseconds on a phone. A test checks
// every name against Intl; content naming a language outside the table fails the build.
import type { Lang } from "../content/vocabulary.ts";
import { LANG_NAMES, primaryLanguage } from "./lang.ts";

export const LANGUAGE_NAMES: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  bg: { fr: "bulgare", en: "Bulgarian" },
  cs: { fr: "tchèque", en: "Czech" },
  da: { fr: "danois", en: "Danish" },
  de: { fr: "allemand", en: "German" },
  el: { fr: "grec", en: "Greek" },
  en: LANG_NAMES.en,
  es: { fr: "espagnol", en: "Spanish" },
  et: { fr: "estonien", en: "Estonian" },
  fi: { fr: "finnois", en: "Finnish" },
  fr: LANG_NAMES.fr,
  ga: { fr: "irlandais", en: "Irish" },
  hr: { fr: "croate", en: "Croatian" },
  hu: { fr: "hongrois", en: "Hungarian" },
  is: { fr: "islandais", en: "Icelandic" },
  it: { fr: "italien", en: "Italian" },
  lt: { fr: "lituanien", en: "Lithuanian" },
  lv: { fr: "letton", en: "Latvian" },
  mk: { fr: "macédonien", en: "Macedonian" },
  mt: { fr: "maltais", en: "Maltese" },
  nb: { fr: "norvégien bokmål", en: "Norwegian Bokmål" },
  nl: { fr: "néerlandais", en: "Dutch" },
  no: { fr: "norvégien", en: "Norwegian" },
  pl: { fr: "polonais", en: "Polish" },
  pt: { fr: "portugais", en: "Portuguese" },
  ro: { fr: "roumain", en: "Romanian" },
  ru: { fr: "russe", en: "Russian" },
  sk: { fr: "slovaque", en: "Slovak" },
  sl: { fr: "slovène", en: "Slovenian" },
  sq: { fr: "albanais", en: "Albanian" },
  sr: { fr: "serbe", en: "Serbian" },
  sv: { fr: "suédois", en: "Swedish" },
  tr: { fr: "turc", en: "Turkish" },
  uk: { fr: "ukrainien", en: "Ukrainian" },
};

/** "anglais", "roumain" / "English", "Romanian": a language tag's name in the reader's language. */
export function languageName(tag: string, lang: Lang): string {
  return LANGUAGE_NAMES[primaryLanguage(tag)]?.[lang] ?? tag;
}
