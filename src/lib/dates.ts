// Every date and time the reader sees is formatted here, in the reader's language. Written out from
// month names rather than with Intl.DateTimeFormat: the first Intl formatter a page builds loads ICU's
// locale and time-zone data, a long task of 50 ms and more on a phone, in the middle of hydration.
// A test compares them with Intl's output: every day from 1990 to 2040, and times around each clock
// change and midnight from 2000 to 2035.
// Calendar dates (YYYY-MM-DD) are read as written, so that no time zone can move 14 February to 13 February.
import type { Lang } from "../content/schema.ts";

const MONTHS: Record<Lang, readonly string[]> = {
  fr: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};

type Day = { year: number; month: number; day: number };

function dayParts(day: string): Day {
  return { year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)), day: Number(day.slice(8, 10)) };
}

// French writes the first day of a month as an ordinal: « 1er juin 2023 ».
function dayNumber(day: number, lang: Lang): string {
  return lang === "fr" && day === 1 ? "1er" : String(day);
}

function monthName(month: number, lang: Lang): string {
  return MONTHS[lang][month - 1] ?? String(month);
}

function dayMonthYear(d: Day, lang: Lang): string {
  return `${dayNumber(d.day, lang)} ${monthName(d.month, lang)} ${d.year}`;
}

/** "15 février 2023" / "15 February 2023"; « 1er juin 2023 ». */
export function formatDay(day: string, lang: Lang): string {
  return dayMonthYear(dayParts(day), lang);
}

/** "14–15 février 2023"; a single day when start and end are the same. */
export function formatDayRange(start: string, end: string, lang: Lang): string {
  const p = formatDayRangeParts(start, end, lang);
  return `${p.before}${p.start}${p.between}${p.end}`;
}

/** A span of days cut into its start and end, so each can be its own <time>: "14" "–" "15 février 2023". */
export function formatDayRangeParts(
  start: string,
  end: string,
  lang: Lang,
): { before: string; start: string; between: string; end: string } {
  const s = dayParts(start);
  const e = dayParts(end);
  const endText = dayMonthYear(e, lang);
  if (start === end) return { before: "", start: endText, between: "", end: "" };
  const sameYear = s.year === e.year;
  const sameMonth = sameYear && s.month === e.month;
  const startText = sameMonth
    ? dayNumber(s.day, lang)
    : sameYear
      ? `${dayNumber(s.day, lang)} ${monthName(s.month, lang)}`
      : dayMonthYear(s, lang);
  return { before: "", start: startText, between: sameMonth ? "–" : " – ", end: endText };
}

/** "février 2023" / "February 2023". */
export function formatMonth(day: string, lang: Lang): string {
  const d = dayParts(day);
  return `${monthName(d.month, lang)} ${d.year}`;
}

/** "15 février 2023, 17:21" in Brussels time; a calendar date alone when no time is known. */
export function formatDateTime(value: string, lang: Lang): string {
  if (!hasTime(value)) return formatDay(value, lang);
  const local = new Date(brusselsTime(Date.parse(value)));
  const day = { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
  const time = `${String(local.getUTCHours()).padStart(2, "0")}:${String(local.getUTCMinutes()).padStart(2, "0")}`;
  return `${dayMonthYear(day, lang)}, ${time}`;
}

// Brussels keeps Central European Time, one hour ahead of UTC, and summer time, two hours ahead, from
// 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October (EU rule since 1996).
function lastSundayAt1Utc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

/** The instant shifted to Brussels wall-clock time, to be read with the getUTC… methods. */
function brusselsTime(instant: number): number {
  const year = new Date(instant).getUTCFullYear();
  const summer = instant >= lastSundayAt1Utc(year, 2) && instant < lastSundayAt1Utc(year, 9);
  return instant + (summer ? 2 : 1) * 3_600_000;
}

/** True when the value carries a time of day. */
export function hasTime(value: string): boolean {
  return value.length > 10;
}
