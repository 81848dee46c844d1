import { Link, type LoaderFunctionArgs, useLoaderData } from "react-router";
import { DayRange } from "../../components/day-range.tsx";
import { LocalText } from "../../components/local-text.tsx";
import { SubscribeLinks } from "../../components/subscribe.tsx";
import { EmptyList, ListingHeader } from "../../features/listing/listing-header.tsx";
import { listingQueryOf } from "../../features/listing/listing-query.ts";
import { Pager } from "../../features/listing/pager.tsx";
import { useLang, useT } from "../../i18n/index.ts";
import { langParam } from "../../lib/lang.ts";
import { paths } from "../../lib/paths.ts";
import { contentContext } from "../content-context.ts";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const query = listingQueryOf(request);
  const content = context.get(contentContext);
  const [page, calendar] = await Promise.all([content.queryArchive(langParam(params.lang), query), content.getCalendar()]);
  return { query, page, calendar };
}

/** `/:lang/`: the releases, newest first, filtered by the days of the meetings they cover. */
export function Component() {
  const { query, page, calendar } = useLoaderData<typeof loader>();
  const lang = useLang();
  const t = useT();
  return (
    <div className="listing archive">
      <ListingHeader
        title={t("archive.title")}
        intro={t("archive.intro")}
        afterIntro={<SubscribeLinks className="archive-subscribe" />}
        count={t("archive.count", { count: page.total })}
        query={query}
        page={page}
        calendar={calendar}
      />
      {page.total === 0 ? (
        <EmptyList message={t("archive.empty")} clear={t("filter.clear")} />
      ) : (
        <ol className="release-list" aria-labelledby="page-title">
          {page.items.map((r) => (
            <li key={r.id}>
              <article className="release-card" aria-labelledby={`card-${r.id}`}>
                <p className="kicker">
                  <DayRange start={r.span[0]} end={r.span[1]} parts={r.shown.span} />
                  <span aria-hidden="true"> · </span>
                  <span className={`provenance-tag provenance-tag-${r.provenance[lang]}`}>
                    {t(`provenance.kind.${r.provenance[lang]}`)}
                  </span>
                </p>
                <h2 id={`card-${r.id}`}>
                  <Link to={paths.release(lang, r.id)}>
                    <LocalText text={r.title} />
                  </Link>
                </h2>
                <LocalText as="p" className="card-summary" text={r.summary} />
                <p className="card-meta">
                  <LocalText text={r.publisher} />, <time dateTime={r.publishedAt}>{r.shown.published}</time>
                  <span aria-hidden="true"> · </span>
                  {t("decisions.count", { count: r.counts.decisions })}
                </p>
              </article>
            </li>
          ))}
        </ol>
      )}
      <Pager page={page.page} pages={page.pages} />
    </div>
  );
}
