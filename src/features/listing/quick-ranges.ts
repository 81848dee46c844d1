import type { Range } from "../../lib/days.ts";

/** The years a corpus covers, and the days of its latest meeting, for the quick ranges. */
export type Calendar = { years: number[]; latest?: [string, string] };

/** A link that applies a range in one step: a year, or the latest meeting's days. */
export type QuickRange = { label: string; range: Range };

/** Quick ranges: each year of the corpus, newest first, then the latest meeting's days. */
export function quickRangesOf(calendar: Calendar, latestLabel: string): QuickRange[] {
  const years = [...calendar.years]
    .sort((a, b) => b - a)
    .map((y) => ({ label: String(y), range: { from: `${y}-01-01`, to: `${y}-12-31` } }));
  return calendar.latest ? [...years, { label: latestLabel, range: { from: calendar.latest[0], to: calendar.latest[1] } }] : years;
}
