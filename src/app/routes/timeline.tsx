import { Link, type LoaderFunctionArgs, useLoaderData } from "react-router";
import { DayRange } from "../../components/day-range.tsx";
import { LocalText } from "../../components/local-text.tsx";
import type { MeetingEntry } from "../../content/derive.ts";
import { loadCalendar, loadMeetingIndex, loadMeetingsChunk } from "../../content/load.ts";
import { pageChunks } from "../../features/date-filter/page-chunks.ts";
import { Pager } from "../../features/date-filter/pager.tsx";
import { PAGE_SIZE } from "../../features/date-filter/pagination.ts";
import { parseRange } from "../../features/date-filter/range.ts";
import { useLang, useT } from "../../i18n/index.ts";
import { formatMonth } from "../../lib/dates.ts";
import { langParam } from "../../lib/lang.ts";
import { paths } from "../../lib/paths.ts";
import { afterPaint } from "../../lib/yield.ts";
import { EmptyList, ListingHeader } from "../listing-header.tsx";

export async function loader({ request, params: route }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const lang = langParam(route.lang);
  const [index, calendar] = await Promise.all([loadMeetingIndex(), loadCalendar()]);
  const parsed = parseRange(params);
  await afterPaint(); // the reader's input is painted before the list is worked out
  const paged = await pageChunks(
    { chunks: index.chunks, read: (n) => loadMeetingsChunk(lang, n), days: (m) => [m.start, m.end] },
    { range: parsed.range, params, size: PAGE_SIZE },
  );
  return { parsed, paged, calendar };
}

type Group = { year: string; months: { month: string; meetings: MeetingEntry[] }[] };

function groupByYearAndMonth(meetings: MeetingEntry[]): Group[] {
  const groups: Group[] = [];
  for (const m of meetings) {
    const year = m.start.slice(0, 4);
    const month = m.start.slice(0, 7);
    let g = groups.at(-1);
    if (g?.year !== year) {
      g = { year, months: [] };
      groups.push(g);
    }
    let mg = g.months.at(-1);
    if (mg?.month !== month) {
      mg = { month, meetings: [] };
      g.months.push(mg);
    }
    mg.meetings.push(m);
  }
  return groups;
}

/** One meeting on the timeline. A component of its own, so that hydrating a long page can yield between stops. */
function TimelineStop({ meeting: m }: { meeting: MeetingEntry }) {
  const lang = useLang();
  const t = useT();
  return (
    <li className="timeline-stop">
      <p className="timeline-date">
        <DayRange start={m.start} end={m.end} />
      </p>
      <h4>
        <Link to={`${paths.release(lang, m.releaseId)}#meeting-${m.id}`}>
          <LocalText text={m.title} />
        </Link>
      </h4>
      <p className="meeting-meta">
        <LocalText text={m.place} />
        {m.chair && (
          <>
            <span aria-hidden="true"> · </span>
            <span className="with-colon">{t("timeline.chair")}</span> <LocalText text={m.chair} />
          </>
        )}
      </p>
      <LocalText as="p" className="timeline-summary" text={m.summary} />
      <p className="in-release">
        {t("timelineView.inRelease")}{" "}
        <Link to={paths.release(lang, m.releaseId)}>
          <LocalText text={m.releaseTitle} />
        </Link>
        {m.decisions > 0 && (
          <>
            <span aria-hidden="true"> · </span>
            {t("timelineView.outcomes", { count: m.decisions })}
          </>
        )}
      </p>
    </li>
  );
}

/** `/:lang/timeline`: every meeting of every release on one vertical timeline, by year and month. */
export function Component() {
  const { parsed, paged, calendar } = useLoaderData<typeof loader>();
  const lang = useLang();
  const t = useT();
  return (
    <div className="listing timeline-view">
      <ListingHeader
        title={t("timelineView.title")}
        intro={t("timelineView.intro")}
        count={t("timelineView.count", { count: paged.total })}
        parsed={parsed}
        calendar={calendar}
        pageProblem={paged.problem}
      />
      {paged.total === 0 && <EmptyList message={t("timelineView.empty")} clear={t("filter.clear")} />}
      {groupByYearAndMonth(paged.items).map((year) => (
        <section key={year.year} className="year" aria-labelledby={`year-${year.year}`}>
          <h2 id={`year-${year.year}`} className="year-heading">
            {year.year}
          </h2>
          {year.months.map((month) => (
            <section key={month.month} className="month" aria-labelledby={`month-${month.month}`}>
              <h3 id={`month-${month.month}`} className="month-heading">
                {formatMonth(`${month.month}-01`, lang)}
              </h3>
              <ol className="timeline">
                {month.meetings.map((m) => (
                  <TimelineStop key={`${m.releaseId}/${m.id}`} meeting={m} />
                ))}
              </ol>
            </section>
          ))}
        </section>
      ))}
      <Pager page={paged.page} pages={paged.pages} />
    </div>
  );
}
