// A calendar day or span of days as <time> elements, formatted for the page language.
import { useLang } from "../i18n/index.ts";
import { formatDay, formatDayRangeParts } from "../lib/dates.ts";

export function Day({ day, className }: { day: string; className?: string }) {
  const lang = useLang();
  return (
    <time dateTime={day} className={className}>
      {formatDay(day, lang)}
    </time>
  );
}

/** "14–15 février 2023", with a machine-readable <time> for each end of the span. */
export function DayRange({ start, end, className }: { start: string; end: string; className?: string }) {
  const lang = useLang();
  if (start === end) return <Day day={start} className={className} />;
  const p = formatDayRangeParts(start, end, lang);
  return (
    <span className={className}>
      {p.before}
      <time dateTime={start}>{p.start}</time>
      {p.between}
      <time dateTime={end}>{p.end}</time>
    </span>
  );
}
