// Every date, time and language name the reader sees is formatted here, with Intl, in the reader's language:
// the content's by the build, into the data files (decision 0009); a typed filter's in the browser.
// Calendar dates (YYYY-MM-DD) are formatted in UTC, so that no time zone can move 14 February to 13
// February; instants are shown in Brussels time, where the meetings take place.
import type { Lang } from "../content/vocabulary.ts";

/** The locale each language is formatted in: British English writes "15 February 2023". */
const LOCALE: Record<Lang, string> = { fr: "fr-FR", en: "en-GB" };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang} ${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE[lang], options);
    formatters.set(key, f);
  }
  return f;
}

const DAY: Intl.DateTimeFormatOptions = { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" };
const MONTH: Intl.DateTimeFormatOptions = { month: "long", year: "numeric", timeZone: "UTC" };
const BRUSSELS_DAY: Intl.DateTimeFormatOptions = { ...DAY, timeZone: "Europe/Brussels" };
const BRUSSELS_TIME: Intl.DateTimeFormatOptions = { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "Europe/Brussels" };

/** Midnight UTC of a calendar day. */
function utc(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

/**
 * The parts as text. French writes the first day of a month as an ordinal, « 1er juin 2023 ». Spaces are
 * plain spaces: ICU versions differ on them (Node's puts thin spaces around a range's dash, Chromium's
 * plain ones), and the prerendered text must be the text the browser renders.
 */
function join(parts: Intl.DateTimeFormatPart[], lang: Lang): string {
  return parts
    .map((p) => {
      if (p.type === "literal") return p.value.replace(/\s+/g, " ");
      return lang === "fr" && p.type === "day" && p.value === "1" ? "1er" : p.value;
    })
    .join("");
}

/** Creates the days' formatter ahead of its first use: the first one loads the locale's calendar data, a long task on a phone. */
export function prepareDayFormat(lang: Lang): void {
  formatter(lang, DAY);
}

/** "15 février 2023" / "15 February 2023"; « 1er juin 2023 ». */
export function formatDay(day: string, lang: Lang): string {
  return join(formatter(lang, DAY).formatToParts(utc(day)), lang);
}

/** "février 2023" / "February 2023". */
export function formatMonth(day: string, lang: Lang): string {
  return join(formatter(lang, MONTH).formatToParts(utc(day)), lang);
}

/** A span of days cut where each end starts, so each can be its own <time>: "" "14" "–" "15 février 2023". */
export type DayRangeParts = { before: string; start: string; between: string; end: string };

/** "14–15 février 2023", "30 June – 1 July 2023", in parts; a single day when start and end are the same. */
export function formatDayRangeParts(start: string, end: string, lang: Lang): DayRangeParts {
  if (start === end) return { before: "", start: formatDay(start, lang), between: "", end: "" };
  const parts = formatter(lang, DAY).formatRangeToParts(utc(start), utc(end));
  const firstStart = parts.findIndex((p) => p.source === "startRange");
  let lastStart = firstStart;
  parts.forEach((p, i) => {
    if (p.source === "startRange") lastStart = i;
  });
  const firstEnd = parts.findIndex((p) => p.source === "endRange");
  return {
    before: join(parts.slice(0, firstStart), lang),
    start: join(parts.slice(firstStart, lastStart + 1), lang),
    between: join(parts.slice(lastStart + 1, firstEnd), lang),
    end: join(parts.slice(firstEnd), lang),
  };
}

/** "14–15 février 2023"; a single day when start and end are the same. */
export function formatDayRange(start: string, end: string, lang: Lang): string {
  const p = formatDayRangeParts(start, end, lang);
  return `${p.before}${p.start}${p.between}${p.end}`;
}

/** True when the value carries a time of day. */
export function hasTime(value: string): boolean {
  return value.length > 10;
}

/** "15 février 2023, 17 h 21" / "15 February 2023, 17:21" in Brussels time; a calendar date alone when no time is known. */
export function formatDateTime(value: string, lang: Lang): string {
  if (!hasTime(value)) return formatDay(value, lang);
  const instant = Date.parse(value);
  const time = formatter(lang, BRUSSELS_TIME).formatToParts(instant);
  // Day and time apart, joined by a comma: the glue word between them ("à", "at") differs between ICU versions.
  return `${join(formatter(lang, BRUSSELS_DAY).formatToParts(instant), lang)}, ${lang === "fr" ? frenchTime(time) : join(time, lang)}`;
}

/** French typography writes a time « 17 h 21 », « 9 h 05 » (no-break spaces, the hour without a leading zero). */
function frenchTime(parts: Intl.DateTimeFormatPart[]): string {
  const hour = Number(parts.find((p) => p.type === "hour")?.value ?? "0");
  const minute = parts.find((p) => p.type === "minute")?.value ?? "00";
  return `${hour}\u00a0h\u00a0${minute}`;
}

const languageNames = new Map<Lang, Intl.DisplayNames>();

/** "anglais", "roumain" / "English", "Romanian": the name of a tag's language (its primary subtag) in the
 *  reader's language; the tag itself when Intl does not know it. */
export function languageName(tag: string, lang: Lang): string {
  let names = languageNames.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([LOCALE[lang]], { type: "language", fallback: "none" });
    languageNames.set(lang, names);
  }
  try {
    return names.of(tag.split(/[-_]/)[0] ?? tag) ?? tag;
  } catch {
    return tag; // not a well-formed tag
  }
}

/** The UTC offset of Brussels at an instant: "+01:00" in winter, "+02:00" in summer. */
function brusselsOffset(instant: number): string {
  const name = formatter("en", { timeZone: "Europe/Brussels", timeZoneName: "longOffset" })
    .formatToParts(instant)
    .find((p) => p.type === "timeZoneName")?.value;
  return name === "GMT" || !name ? "+00:00" : name.replace("GMT", "");
}

/**
 * An RFC 3339 timestamp with the Brussels offset, for feeds and sitemaps: a date-time is kept as written
 * (seconds added when absent); a calendar day is its midnight in Brussels, "2023-02-15T00:00:00+01:00".
 */
export function brusselsTimestamp(value: string): string {
  if (hasTime(value)) return /T\d\d:\d\d[+-]/.test(value) ? value.replace(/(T\d\d:\d\d)/, "$1:00") : value;
  // An hour before midnight UTC is before any change of Brussels' offset on that day (they happen at 01:00 UTC).
  return `${value}T00:00:00${brusselsOffset(utc(value) - 3_600_000)}`;
}

/** The locales the citation styles write dates in: their own (CSL's en-US for English: "February 15, 2023"). */
const CITATION_LOCALE: Record<Lang, string> = { fr: "fr-FR", en: "en-US" };

/** A calendar day's day, month and year as a citation writes them: "15", "février", "2023"; « 1er » in French. */
export function citationDayParts(day: string, lang: Lang): { day: string; month: string; year: string } {
  const parts = new Intl.DateTimeFormat(CITATION_LOCALE[lang], DAY).formatToParts(utc(day));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  const d = part("day");
  return { day: lang === "fr" && d === "1" ? "1er" : d, month: part("month"), year: part("year") };
}
