import { Link, type LoaderFunctionArgs, useLoaderData } from "react-router";
import { DayRange } from "../../components/day-range.tsx";
import { LocalText } from "../../components/local-text.tsx";
import { ARCHIVE_CHUNK } from "../../content/data-files.ts";
import { loadArchiveChunk, loadArchiveIndex, loadCalendar } from "../../content/load.ts";
import { Pager } from "../../features/date-filter/pager.tsx";
import { paginate } from "../../features/date-filter/pagination.ts";
import { overlaps, parseRange } from "../../features/date-filter/range.ts";
import { useLang, useT } from "../../i18n/index.ts";
import { formatDateTime } from "../../lib/dates.ts";
import { paths } from "../../lib/paths.ts";
import { EmptyList, ListingHeader } from "../listing-header.tsx";

export async function loader({ request }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const parsed = parseRange(params);
  const [index, calendar] = await Promise.all([loadArchiveIndex(), loadCalendar()]);
  // Positions (newest first) of the releases whose meetings touch the range; only their chunks are read.
  const positions: number[] = [];
  for (let i = 0; i < index.total; i++) {
    if (overlaps(index.spans[2 * i] ?? "", index.spans[2 * i + 1] ?? "", parsed.range)) positions.push(i);
  }
  const page = paginate(positions, params, ARCHIVE_CHUNK);
  const chunkNumbers = [...new Set(page.items.map((p) => Math.floor(p / ARCHIVE_CHUNK)))];
  const chunks = new Map(await Promise.all(chunkNumbers.map(async (n) => [n, await loadArchiveChunk(n)] as const)));
  const items = page.items.flatMap((p) => chunks.get(Math.floor(p / ARCHIVE_CHUNK))?.[p % ARCHIVE_CHUNK] ?? []);
  return { parsed, paged: { ...page, items }, calendar };
}

/** `/:lang/`: the releases, newest first, filtered by the days of the meetings they cover. */
export function Component() {
  const { parsed, paged, calendar } = useLoaderData<typeof loader>();
  const lang = useLang();
  const t = useT();
  return (
    <div className="listing archive">
      <ListingHeader
        title={t("archive.title")}
        intro={t("archive.intro")}
        count={t("archive.count", { count: paged.total })}
        parsed={parsed}
        calendar={calendar}
        pageProblem={paged.problem}
      />
      {paged.total === 0 ? (
        <EmptyList message={t("archive.empty")} clear={t("filter.clear")} />
      ) : (
        <ol className="release-list">
          {paged.items.map((r) => (
            <li key={r.id}>
              <article className="release-card" aria-labelledby={`card-${r.id}`}>
                <p className="kicker">
                  <DayRange start={r.span[0]} end={r.span[1]} />
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
                  <LocalText text={r.publisher} />, <time dateTime={r.publishedAt}>{formatDateTime(r.publishedAt, lang)}</time>
                  <span aria-hidden="true"> · </span>
                  {t("decisions.count", { count: r.counts.decisions })}
                </p>
              </article>
            </li>
          ))}
        </ol>
      )}
      <Pager page={paged.page} pages={paged.pages} />
    </div>
  );
}
