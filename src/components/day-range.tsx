// A calendar day or span of days as <time> elements, in the words the build wrote for the page language.
import type { DayRangeParts } from "../lib/dates.ts";

/** "14–15 février 2023", with a machine-readable <time> for each end of the span. */
export function DayRange({ start, end, parts: p, className }: { start: string; end: string; parts: DayRangeParts; className?: string }) {
  if (start === end) {
    return (
      <time dateTime={start} className={className}>
        {p.start}
      </time>
    );
  }
  return (
    <span className={className}>
      {p.before}
      <time dateTime={start}>{p.start}</time>
      {p.between}
      <time dateTime={end}>{p.end}</time>
    </span>
  );
}
