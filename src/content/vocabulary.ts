// The closed vocabularies of the content model, free of the schema library so the browser can import them.

export const LANGS = ["fr", "en"] as const;
/** A supported language. */
export type Lang = (typeof LANGS)[number];

/** How firm an outcome is, firmest first. */
export const DECISION_KINDS = ["approved", "agreed", "decided", "announced", "discussed"] as const;

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

/** A kind of outcome. */
export type DecisionKind = (typeof DECISION_KINDS)[number];
/** A topic of outcome. */
export type Topic = (typeof TOPICS)[number];
