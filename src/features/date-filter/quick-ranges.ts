import type { Range } from "./range.ts";

/** The years a corpus covers, and the days of its latest meeting, for the quick ranges. */
export type Calendar = { years: number[]; latest?: [string, string] };

/** Quick ranges: each year of the corpus, newest first, then the latest meeting's days. */
export function quickRangesOf(calendar: Calendar, latestLabel: string): { label: string; range: Range }[] {
  const years = [...calendar.years]
    .sort((a, b) => b - a)
    .map((y) => ({ label: String(y), range: { from: `${y}-01-01`, to: `${y}-12-31` } }));
  return calendar.latest ? [...years, { label: latestLabel, range: { from: calendar.latest[0], to: calendar.latest[1] } }] : years;
}
