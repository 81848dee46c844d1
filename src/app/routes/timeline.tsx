import { Link, type LoaderFunctionArgs, useLoaderData } from "react-router";
import { LocalText } from "../../components/local-text.tsx";
import { EmptyList, ListingHeader } from "../../features/listing/listing-header.tsx";
import { listingQueryOf } from "../../features/listing/listing-query.ts";
import { Pager } from "../../features/listing/pager.tsx";
import { groupByYearAndMonth } from "../../features/meeting-timeline/group-by-month.ts";
import { TimelineStop } from "../../features/meeting-timeline/timeline-stop.tsx";
import { TIMELINE_STRINGS } from "../../features/meeting-timeline/timeline-strings.ts";
import { loadLocale, useLang, useT } from "../../i18n/index.ts";
import { langParam } from "../../lib/lang.ts";
import { paths } from "../../lib/paths.ts";
import { contentContext } from "../content-context.ts";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const query = listingQueryOf(request);
  const content = context.get(contentContext);
  const lang = langParam(params.lang);
  const [page, calendar] = await Promise.all([
    content.queryMeetings(lang, query),
    content.getCalendar(),
    loadLocale(lang, [TIMELINE_STRINGS]),
  ]);
  return { query, page, calendar };
}

/** `/:lang/timeline`: every meeting of every release on one vertical timeline, by year and month. */
export function Component() {
  const { query, page, calendar } = useLoaderData<typeof loader>();
  const lang = useLang();
  const t = useT();
  return (
    <div className="listing timeline-view">
      <ListingHeader
        title={t("timelineView.title")}
        intro={t("timelineView.intro")}
        count={t("timelineView.count", { count: page.total })}
        query={query}
        page={page}
        calendar={calendar}
      />
      {page.total === 0 && <EmptyList message={t("timelineView.empty")} clear={t("filter.clear")} />}
      {groupByYearAndMonth(page.items).map((year) => (
        <section key={year.year} className="year" aria-labelledby={`year-${year.year}`}>
          <h2 id={`year-${year.year}`} className="year-heading">
            {year.year}
          </h2>
          {year.months.map((month) => (
            <section key={month.month} className="month" aria-labelledby={`month-${month.month}`}>
              <h3 id={`month-${month.month}`} className="month-heading">
                {month.meetings[0]?.shown.month}
              </h3>
              <ol className="timeline">
                {month.meetings.map((m) => {
                  const release = paths.release(lang, m.releaseId);
                  return (
                    <TimelineStop
                      key={`${m.releaseId}/${m.id}`}
                      start={m.start}
                      end={m.end}
                      days={m.shown.days}
                      title={m.title}
                      href={`${release}#meeting-${m.id}`}
                      headingLevel={4}
                      place={m.place}
                      {...(m.chair ? { chair: m.chair } : {})}
                      summary={m.summary}
                      sources={m.sources}
                    >
                      <p className="in-release">
                        {t("timelineView.inRelease")}{" "}
                        <Link to={release}>
                          <LocalText text={m.releaseTitle} />
                        </Link>
                        {m.decisions > 0 && (
                          <>
                            <span aria-hidden="true"> · </span>
                            {t("timelineView.decisions", { count: m.decisions })}
                          </>
                        )}
                      </p>
                    </TimelineStop>
                  );
                })}
              </ol>
            </section>
          ))}
        </section>
      ))}
      <Pager page={page.page} pages={page.pages} />
    </div>
  );
}
