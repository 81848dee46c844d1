// The closed vocabularies of the content model: the leaf every layer may import. It imports nothing, so
// the schema library stays in Node and `lib` never needs another content module.

/** The app's languages, in the order the switch shows them. */
export const LANGS = ["fr", "en"] as const;
/** A supported language. */
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return value === "fr" || value === "en";
}

export function otherLang(lang: Lang): Lang {
  return lang === "fr" ? "en" : "fr";
}

/** How firm an outcome is, firmest first. */
export const DECISION_KINDS = ["approved", "agreed", "decided", "announced", "stated", "discussed"] as const;
/** A kind of outcome. */
export type DecisionKind = (typeof DECISION_KINDS)[number];

export function isDecisionKind(value: string): value is DecisionKind {
  return (DECISION_KINDS as readonly string[]).includes(value);
}

/** What an outcome is about; the UI labels live in the locale files under decisions.topic. */
export const TOPICS = [
  "ukraine",
  "deterrence-defence",
  "industry-stockpiles",
  "critical-infrastructure",
  "partners",
  "investment",
  "nuclear",
  "air-missile-defence",
  "operations",
  "innovation",
  "middle-east",
  "membership",
  "counter-terrorism",
] as const;
/** A topic of outcome. */
export type Topic = (typeof TOPICS)[number];

export function isTopic(value: string): value is Topic {
  return (TOPICS as readonly string[]).includes(value);
}

/** Longest id of a release, meeting, block…: it is part of a URL and of a file name. */
export const MAX_SLUG_LENGTH = 100;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The one rule for ids: lowercase letters and digits in words joined by single hyphens, not too long. */
export function isSlug(value: string): boolean {
  return value.length <= MAX_SLUG_LENGTH && SLUG.test(value);
}
