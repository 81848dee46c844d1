import type { CalendarFile } from "../../content/data-paths.ts";
import type { Range } from "../../lib/days.ts";

/** A link that applies a range in one step: a year, or the latest meeting's days. */
export type QuickRange = { label: string; range: Range };

/** Quick ranges: each year of the corpus, newest first (as the calendar lists them), then the latest meeting's days. */
export function quickRangesOf(calendar: Pick<CalendarFile, "years" | "latest">, latestLabel: string): QuickRange[] {
  const years = calendar.years.map((y) => ({ label: String(y), range: { from: `${y}-01-01`, to: `${y}-12-31` } }));
  return calendar.latest ? [...years, { label: latestLabel, range: { from: calendar.latest[0], to: calendar.latest[1] } }] : years;
}
