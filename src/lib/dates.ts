// Every date and time the reader sees is formatted here, through Intl, in the reader's language.
// Calendar dates (YYYY-MM-DD) are formatted in UTC so that no time zone can move 14 February to 13 February.
import type { Lang } from "../content/schema.ts";

const LOCALE: Record<Lang, string> = { fr: "fr-FR", en: "en-GB" };
const BRUSSELS = "Europe/Brussels";

const cache = new Map<string, Intl.DateTimeFormat>();
function format(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE[lang], options);
    cache.set(key, f);
  }
  return f;
}

function utcDay(day: string): Date {
  return new Date(`${day.slice(0, 10)}T00:00:00Z`);
}

// French writes the first day of a month as an ordinal: « 1er juin 2023 ».
function ordinalFirst(text: string, lang: Lang, alone = false): string {
  if (lang !== "fr") return text;
  return alone ? text.replace(/^1$/, "1er") : text.replace(/(^|\D)1(?= )/g, "$11er");
}

/** "15 février 2023" / "15 February 2023"; « 1er juin 2023 ». */
export function formatDay(day: string, lang: Lang): string {
  return ordinalFirst(format(lang, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(utcDay(day)), lang);
}

/** "14–15 février 2023"; a single day when start and end are the same. */
export function formatDayRange(start: string, end: string, lang: Lang): string {
  const p = formatDayRangeParts(start, end, lang);
  return `${p.before}${p.start}${p.between}${p.end}`;
}

// Built from single-date parts rather than Intl's formatRange, whose spacing differs between ICU versions
// (Node's and the browser's), which would make prerendered HTML differ from the hydrated page.
/** A span of days cut into its start and end, so each can be its own <time>: "14" "–" "15 février 2023". */
export function formatDayRangeParts(
  start: string,
  end: string,
  lang: Lang,
): { before: string; start: string; between: string; end: string } {
  const endText = formatDay(end, lang);
  if (start === end) return { before: "", start: endText, between: "", end: "" };
  const sameYear = start.slice(0, 4) === end.slice(0, 4);
  const sameMonth = sameYear && start.slice(5, 7) === end.slice(5, 7);
  const startText = sameMonth
    ? ordinalFirst(String(Number(start.slice(8, 10))), lang, true)
    : sameYear
      ? ordinalFirst(format(lang, { day: "numeric", month: "long", timeZone: "UTC" }).format(utcDay(start)), lang)
      : formatDay(start, lang);
  return { before: "", start: startText, between: sameMonth ? "–" : " – ", end: endText };
}

/** "février 2023" / "February 2023". */
export function formatMonth(day: string, lang: Lang): string {
  return format(lang, { month: "long", year: "numeric", timeZone: "UTC" }).format(utcDay(day));
}

/** "15 février 2023, 17:21" in Brussels time; a calendar date alone when no time is known. */
export function formatDateTime(value: string, lang: Lang): string {
  if (value.length === 10) return formatDay(value, lang);
  const instant = new Date(value);
  const day = ordinalFirst(format(lang, { day: "numeric", month: "long", year: "numeric", timeZone: BRUSSELS }).format(instant), lang);
  const time = format(lang, { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: BRUSSELS }).format(instant);
  return `${day}, ${time}`;
}

/** True when the value carries a time of day. */
export function hasTime(value: string): boolean {
  return value.length > 10;
}
