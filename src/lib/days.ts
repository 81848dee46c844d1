// Calendar days as YYYY-MM-DD strings: they sort and compare as text, and no time zone can move them.

const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day for a year, month (1-12) and day of month, or undefined when that day does not exist. */
export function calendarDay(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return undefined;
  const t = new Date(Date.UTC(2000, month - 1, day));
  t.setUTCFullYear(year);
  if (t.getUTCFullYear() !== year || t.getUTCMonth() !== month - 1 || t.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** True when `value` is YYYY-MM-DD and that day exists. */
export function isCalendarDay(value: string): boolean {
  const m = SHAPE.exec(value);
  return m !== null && calendarDay(Number(m[1]), Number(m[2]), Number(m[3])) === value;
}

/** The last day of a month (1-12): 28, 29, 30 or 31. */
export function daysInMonth(year: number, month: number): number {
  const t = new Date(Date.UTC(2000, month, 0));
  t.setUTCFullYear(year, month, 0);
  return t.getUTCDate();
}

/** The day `n` days after `day` (before, when negative). */
export function addDays(day: string, n: number): string {
  const t = new Date(`${day}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
}

/** Inclusive calendar days; either end may be open. */
export type Range = { from?: string; to?: string };

/** True when the days start..end (inclusive) touch the range. */
export function overlaps(start: string, end: string, range: Range): boolean {
  return (range.to === undefined || start <= range.to) && (range.from === undefined || end >= range.from);
}

/** Orders calendar days (or ISO 8601 strings of one shape) by their text. */
export function compareDays(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
