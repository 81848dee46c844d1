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

/** "15 février 2023" / "15 February 2023". */
export function formatDay(day: string, lang: Lang): string {
  return format(lang, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(utcDay(day));
}

/** "14–15 février 2023"; a single day when start and end are the same. */
export function formatDayRange(start: string, end: string, lang: Lang): string {
  if (start === end) return formatDay(start, lang);
  return format(lang, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).formatRange(utcDay(start), utcDay(end));
}

/** A span of days cut into its start and end, so each can be its own <time>: "14" "–" "15 février 2023". */
export function formatDayRangeParts(
  start: string,
  end: string,
  lang: Lang,
): { before: string; start: string; between: string; end: string } {
  const parts = format(lang, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).formatRangeToParts(
    utcDay(start),
    utcDay(end),
  );
  const firstStart = parts.findIndex((p) => p.source === "startRange");
  const lastStart = parts.findLastIndex((p) => p.source === "startRange");
  const firstEnd = parts.findIndex((p) => p.source === "endRange");
  if (firstStart < 0 || firstEnd < 0) return { before: "", start: formatDay(start, lang), between: " – ", end: formatDay(end, lang) };
  const text = (from: number, to: number) =>
    parts
      .slice(from, to)
      .map((p) => p.value)
      .join("");
  return {
    before: text(0, firstStart),
    start: text(firstStart, lastStart + 1),
    between: text(lastStart + 1, firstEnd),
    end: text(firstEnd, parts.length),
  };
}

/** "février 2023" / "February 2023". */
export function formatMonth(day: string, lang: Lang): string {
  return format(lang, { month: "long", year: "numeric", timeZone: "UTC" }).format(utcDay(day));
}

/** "15 février 2023, 17:21" in Brussels time; a calendar date alone when no time is known. */
export function formatDateTime(value: string, lang: Lang): string {
  if (value.length === 10) return formatDay(value, lang);
  const instant = new Date(value);
  const day = format(lang, { day: "numeric", month: "long", year: "numeric", timeZone: BRUSSELS }).format(instant);
  const time = format(lang, { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: BRUSSELS }).format(instant);
  return `${day}, ${time}`;
}

/** True when the value carries a time of day. */
export function hasTime(value: string): boolean {
  return value.length > 10;
}
