import { LocalText } from "../../components/local-text.tsx";
import type { Release } from "../../content/schema.ts";
import { useLang, useT } from "../../i18n/index.ts";
import { formatDateTime, hasTime } from "../../lib/dates.ts";
import { Provenance } from "./provenance.tsx";

/** Kicker (publisher, date), headline, standfirst, publication and update dates, provenance. */
export function ArticleHeader({ release }: { release: Release }) {
  const lang = useLang();
  const t = useT();
  return (
    <header className="article-header">
      <p className="kicker">
        <LocalText text={release.publisher} />
        <span aria-hidden="true"> · </span>
        <time dateTime={release.publishedAt.slice(0, 10)}>{formatDateTime(release.publishedAt.slice(0, 10), lang)}</time>
      </p>
      <LocalText as="h1" id="page-title" tabIndex={-1} className="headline" text={release.title} />
      {release.summary && <LocalText as="p" className="standfirst" text={release.summary} />}
      <dl className="article-dates">
        <div>
          <dt>{t("dates.published")}</dt>
          <dd>
            <PointInTime value={release.publishedAt} />
          </dd>
        </div>
        <div>
          <dt>{t("dates.updated")}</dt>
          <dd>
            <PointInTime value={release.updatedAt} />
          </dd>
        </div>
      </dl>
      <Provenance release={release} />
    </header>
  );
}

function PointInTime({ value }: { value: string }) {
  const lang = useLang();
  const t = useT();
  return (
    <>
      <time dateTime={value}>{formatDateTime(value, lang)}</time>
      {hasTime(value) && <span className="tz"> ({t("dates.brusselsTime")})</span>}
    </>
  );
}
