// The one parser of the days a reader types in the filter, or a link carries: forgiving in both languages,
// honest about what it cannot read. A day, a month or a year; numbers day first, as in French and British use.
import { calendarDay, daysInMonth } from "../../lib/days.ts";
import { fold } from "../../lib/fold.ts";

/** The days a text names (a day, or a whole month or year), or why it names none. */
export type ParsedDate = { ok: true; first: string; last: string } | { ok: false; problem: "invalid" | "impossible" };

const INVALID: ParsedDate = { ok: false, problem: "invalid" };
const IMPOSSIBLE: ParsedDate = { ok: false, problem: "impossible" };

let monthNames: { name: string; month: number }[] | undefined;

/** Every month's name in both languages, folded, from Intl. */
function months(): { name: string; month: number }[] {
  if (!monthNames) {
    const names: { name: string; month: number }[] = [];
    for (const locale of ["fr-FR", "en-GB"] satisfies string[]) {
      const f = new Intl.DateTimeFormat(locale, { month: "long", timeZone: "UTC" });
      for (let m = 1; m <= 12; m++) names.push({ name: fold(f.format(Date.UTC(2000, m - 1, 1))), month: m });
    }
    monthNames = names;
  }
  return monthNames;
}

/** Reads the months' names ahead of the first date written in words (the first formatter is a long task on a phone). */
export function prepareMonthNames(): void {
  months();
}

/** The month a word names, in French or English, in full or cut after three letters or more ("févr.", "Sept"). */
function monthOf(word: string): number | undefined {
  const w = word.replace(/\.$/, "");
  if (w.length < 3 || !/^\p{L}+$/u.test(w)) return undefined;
  const found = new Set(months().flatMap((m) => (m.name.startsWith(w) ? [m.month] : [])));
  return found.size === 1 ? [...found][0] : undefined;
}

function day(year: string, month: number, dayOfMonth: string): ParsedDate {
  const d = calendarDay(Number(year), month, Number(dayOfMonth));
  return d ? { ok: true, first: d, last: d } : IMPOSSIBLE;
}

function wholeMonth(year: string, month: number): ParsedDate {
  const y = Number(year);
  const first = calendarDay(y, month, 1);
  const last = calendarDay(y, month, daysInMonth(y, month));
  return first && last ? { ok: true, first, last } : IMPOSSIBLE;
}

function wholeYear(year: string): ParsedDate {
  const first = calendarDay(Number(year), 1, 1);
  const last = calendarDay(Number(year), 12, 31);
  return first && last ? { ok: true, first, last } : IMPOSSIBLE;
}

const YEAR = "(\\d{4})";
const NUMBER = "(\\d{1,2})";
const SEPARATOR = "[/.-]";
// A day of the month as a word: 15, 1er, 1st, 2nd, 3rd, 15th.
const ORDINAL = /^(\d{1,2})(?:er|st|nd|rd|th)?$/;

const ISO_DAY = new RegExp(`^${YEAR}${SEPARATOR}${NUMBER}${SEPARATOR}${NUMBER}$`);
const DAY_FIRST = new RegExp(`^${NUMBER}${SEPARATOR}${NUMBER}${SEPARATOR}${YEAR}$`);
const ISO_MONTH = new RegExp(`^${YEAR}-${NUMBER}$`);
const MONTH_YEAR = new RegExp(`^${NUMBER}${SEPARATOR}${YEAR}$`);
const JUST_YEAR = new RegExp(`^${YEAR}$`);

/**
 * Reads 2023-02-15; 15/02/2023, 15.02.2023, 15-02-2023 (day first); 15 février 2023, 1er février 2023,
 * 15 February 2023, February 15, 2023; a month (février 2023, February 2023, 02/2023, 2023-02) or a year
 * (2023), in any case, with or without accents. Never throws.
 */
export function parseDate(text: string): ParsedDate {
  const s = fold(text);
  if (s.length > 40) return INVALID;
  let m = ISO_DAY.exec(s);
  if (m) return day(m[1] ?? "", Number(m[2]), m[3] ?? "");
  m = DAY_FIRST.exec(s);
  if (m) return day(m[3] ?? "", Number(m[2]), m[1] ?? "");
  m = ISO_MONTH.exec(s) ?? MONTH_YEAR.exec(s);
  if (m) {
    const [year, month] = /^\d{4}$/.test(m[1] ?? "") ? [m[1] ?? "", Number(m[2])] : [m[2] ?? "", Number(m[1])];
    return month >= 1 && month <= 12 ? wholeMonth(year, month) : IMPOSSIBLE;
  }
  m = JUST_YEAR.exec(s);
  if (m) return wholeYear(m[1] ?? "");

  const words = s.replace(/,/g, " ").split(" ").filter(Boolean);
  const [a = "", b = "", c = ""] = words;
  if (words.length === 3 && JUST_YEAR.test(c)) {
    const dayFirst = ORDINAL.exec(a);
    const monthSecond = monthOf(b);
    if (dayFirst && monthSecond) return day(c, monthSecond, dayFirst[1] ?? "");
    const monthFirst = monthOf(a);
    const daySecond = ORDINAL.exec(b);
    if (monthFirst && daySecond) return day(c, monthFirst, daySecond[1] ?? "");
  }
  if (words.length === 2 && JUST_YEAR.test(b)) {
    const month = monthOf(a);
    if (month) return wholeMonth(b, month);
  }
  return INVALID;
}
