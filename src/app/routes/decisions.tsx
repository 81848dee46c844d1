import { type LoaderFunctionArgs, useLoaderData } from "react-router";
import { DECISION_KINDS } from "../../content/vocabulary.ts";
import { DecisionRecord } from "../../features/decision-list/decision-record.tsx";
import { EmptyList, ListingHeader } from "../../features/listing/listing-header.tsx";
import { listingQueryOf } from "../../features/listing/listing-query.ts";
import { Pager } from "../../features/listing/pager.tsx";
import { SelectField } from "../../features/listing/select-field.tsx";
import { useLang, useT } from "../../i18n/index.ts";
import { langParam } from "../../lib/lang.ts";
import { paths } from "../../lib/paths.ts";
import { contentContext } from "../content-context.ts";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const query = listingQueryOf(request, { filters: true });
  const content = context.get(contentContext);
  const [page, calendar] = await Promise.all([content.queryDecisions(langParam(params.lang), query), content.getCalendar()]);
  return { query, page, calendar };
}

/** `/:lang/decisions`: every decision of every release, newest first, filtered by date, topic and kind. */
export function Component() {
  const { query, page, calendar } = useLoaderData<typeof loader>();
  const lang = useLang();
  const t = useT();
  const filtered = Boolean(query.range.from || query.range.to || query.topic || query.kind);
  return (
    <div className="listing decisions-view">
      <ListingHeader
        title={t("decisionsView.title")}
        intro={t("decisionsView.intro")}
        count={t("decisionsView.count", { count: page.total })}
        query={query}
        page={page}
        calendar={calendar}
        heading={t("filter.headingAll")}
      >
        <SelectField
          label={t("filter.topic")}
          name="topic"
          value={query.topic}
          any={t("filter.anyTopic")}
          options={calendar.topics.map((value) => ({ value, label: t(`decisions.topic.${value}`) }))}
        />
        <SelectField
          label={t("filter.kind")}
          name="kind"
          value={query.kind}
          any={t("filter.anyKind")}
          options={DECISION_KINDS.map((value) => ({ value, label: t(`decisions.kind.${value}`) }))}
        />
      </ListingHeader>
      {page.total === 0 && <EmptyList message={t("decisionsView.empty")} {...(filtered ? { clear: t("filter.clearAll") } : {})} />}
      {page.total > 0 && (
        <ol className="decision-records decision-list-view" aria-labelledby="page-title">
          {page.items.map((d) => {
            const release = paths.release(lang, d.releaseId);
            return (
              <DecisionRecord
                key={`${d.releaseId}/${d.id}`}
                kind={d.kind}
                text={d.text}
                start={d.start}
                end={d.end}
                days={d.shown.days}
                topic={d.topic}
                meeting={{ href: `${release}#meeting-${d.meetingId}`, title: d.meetingTitle }}
                blocks={d.blocks.map((b) => ({ href: `${release}#${b.id}`, quote: b.quote }))}
                release={{ href: release, title: d.releaseTitle }}
                sources={d.sources}
              />
            );
          })}
        </ol>
      )}
      <Pager page={page.page} pages={page.pages} />
    </div>
  );
}
