import { Link, type LoaderFunctionArgs, useLoaderData } from "react-router";
import { Day } from "../../components/day-range.tsx";
import { KindBadge } from "../../components/kind-badge.tsx";
import { LocalText } from "../../components/local-text.tsx";
import { SourceLinks } from "../../components/source-links.tsx";
import type { ChunkSummary } from "../../content/data-files.ts";
import type { DecisionEntry } from "../../content/derive.ts";
import { loadCalendar, loadDecisionIndex, loadDecisionsChunk } from "../../content/load.ts";
import { DECISION_KINDS } from "../../content/vocabulary.ts";
import { pageChunks } from "../../features/date-filter/page-chunks.ts";
import { Pager } from "../../features/date-filter/pager.tsx";
import { parseRange } from "../../features/date-filter/range.ts";
import { SelectField } from "../../features/date-filter/select-field.tsx";
import { parseListFilters } from "../../features/decision-list/filters.ts";
import { useLang, useT } from "../../i18n/index.ts";
import { langParam } from "../../lib/lang.ts";
import { paths } from "../../lib/paths.ts";
import { afterPaint } from "../../lib/yield.ts";
import { EmptyList, ListingHeader } from "../listing-header.tsx";

// A page of records stays well under the DOM budget (about 20 nodes a record) and renders in one frame.
const DECISIONS_PAGE = 20;

export async function loader({ request, params: route }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const lang = langParam(route.lang);
  const [index, calendar] = await Promise.all([loadDecisionIndex(), loadCalendar()]);
  const parsed = parseRange(params);
  const { topic, kind, unknown } = parseListFilters(params);
  await afterPaint(); // the reader's input is painted before the list is worked out
  const t = topic ? index.topics.indexOf(topic) : -1;
  const k = kind ? index.kinds.indexOf(kind) : -1;
  const keep =
    topic || kind
      ? {
          item: (d: DecisionEntry) => (!topic || d.topic === topic) && (!kind || d.kind === kind),
          count: (c: ChunkSummary) =>
            (c.counts ?? []).reduce((sum, n, i) => {
              const inTopic = !topic || Math.floor(i / index.kinds.length) === t;
              const inKind = !kind || i % index.kinds.length === k;
              return inTopic && inKind ? sum + n : sum;
            }, 0),
        }
      : undefined;
  const paged = await pageChunks(
    { chunks: index.chunks, read: (n) => loadDecisionsChunk(lang, n), days: (d) => [d.date, d.date] },
    { range: parsed.range, keep, params, size: DECISIONS_PAGE, newestFirst: true },
  );
  return { parsed, topic, kind, unknown, paged, calendar };
}

/** `/:lang/decisions`: every decision of every release, newest first, filtered by date, topic and kind. */
export function Component() {
  const { parsed, topic, kind, unknown, paged, calendar } = useLoaderData<typeof loader>();
  const lang = useLang();
  const t = useT();
  const otherProblems = [
    ...(unknown.topic ? [t("filter.problem.unknownTopic", { value: unknown.topic })] : []),
    ...(unknown.kind ? [t("filter.problem.unknownKind", { value: unknown.kind })] : []),
  ];
  const filtered = Boolean(parsed.range.from || parsed.range.to || topic || kind);
  return (
    <div className="listing decisions-view">
      <ListingHeader
        title={t("decisionsView.title")}
        intro={t("decisionsView.intro")}
        count={t("decisionsView.count", { count: paged.total })}
        parsed={parsed}
        calendar={calendar}
        pageProblem={paged.problem}
        otherProblems={otherProblems}
        heading={t("filter.headingAll")}
      >
        <SelectField
          label={t("filter.topic")}
          name="topic"
          value={topic}
          any={t("filter.anyTopic")}
          options={calendar.topics.map((value) => ({ value, label: t(`decisions.topic.${value}`) }))}
        />
        <SelectField
          label={t("filter.kind")}
          name="kind"
          value={kind}
          any={t("filter.anyKind")}
          options={DECISION_KINDS.map((value) => ({ value, label: t(`decisions.kind.${value}`) }))}
        />
      </ListingHeader>
      {paged.total === 0 && <EmptyList message={t("decisionsView.empty")} {...(filtered ? { clear: t("filter.clearAll") } : {})} />}
      {paged.total > 0 && (
        <ol className="decision-records decision-list-view">
          {paged.items.map((d) => {
            const release = paths.release(lang, d.releaseId);
            return (
              <li key={`${d.releaseId}/${d.id}`} className="decision">
                <p className="decision-text">
                  <KindBadge kind={d.kind} /> <LocalText text={d.text} />
                </p>
                <p className="decision-refs">
                  <span className="topic">{t(`decisions.topic.${d.topic}`)}</span>
                  <span aria-hidden="true"> · </span>
                  <Day day={d.date} />
                  <span aria-hidden="true"> · </span>
                  <Link to={`${release}#meeting-${d.meetingId}`}>
                    <LocalText text={d.meetingTitle} />
                  </Link>
                  <span aria-hidden="true"> · </span>
                  <Link to={`${release}#${d.block}`}>{t("decisions.fromParagraph")}</Link>
                </p>
                <p className="decision-refs">
                  {t("decisionsView.inRelease")}{" "}
                  <Link to={release}>
                    <LocalText text={d.releaseTitle} />
                  </Link>
                </p>
                <SourceLinks sources={d.sources} className="decision-refs" />
              </li>
            );
          })}
        </ol>
      )}
      <Pager page={paged.page} pages={paged.pages} />
    </div>
  );
}
