import { Link, useLoaderData } from "react-router";
import { DayRange } from "../../components/day-range.tsx";
import { LocalText } from "../../components/local-text.tsx";
import { listReleases } from "../../content/load.ts";
import { useLang, useT } from "../../i18n/index.ts";
import { formatDateTime } from "../../lib/dates.ts";
import { paths } from "../../lib/paths.ts";

export function loader() {
  return { releases: listReleases() };
}

/** `/:lang/`: every release, newest first, with its date, title and summary. */
export function Component() {
  const lang = useLang();
  const t = useT();
  const { releases } = useLoaderData<typeof loader>();
  return (
    <div className="archive">
      <title>{`${t("archive.title")} — ${t("site.titleSuffix")}`}</title>
      <h1 id="page-title" tabIndex={-1}>
        {t("archive.title")}
      </h1>
      <p className="intro">{t("archive.intro")}</p>
      <p className="count">{t("archive.count", { count: releases.length })}</p>
      <ol className="release-list">
        {releases.map((r) => (
          <li key={r.id}>
            <article className="release-card" aria-labelledby={`card-${r.id}`}>
              <p className="kicker">
                <LocalText text={r.publisher} />
                <span aria-hidden="true"> · </span>
                <time dateTime={r.publishedAt.slice(0, 10)}>{formatDateTime(r.publishedAt.slice(0, 10), lang)}</time>
                <span aria-hidden="true"> · </span>
                <span className={`provenance-tag provenance-tag-${r.provenance[lang]}`}>{t(`provenance.kind.${r.provenance[lang]}`)}</span>
              </p>
              <h2 id={`card-${r.id}`}>
                <Link to={paths.release(lang, r.id)}>
                  <LocalText text={r.title} />
                </Link>
              </h2>
              <LocalText as="p" className="card-summary" text={r.summary} />
              <p className="card-meta">
                {t("archive.meetings")} <DayRange start={r.span[0]} end={r.span[1]} />
                <span aria-hidden="true"> · </span>
                {t("decisions.count", { count: r.counts.decisions })}
              </p>
            </article>
          </li>
        ))}
      </ol>
    </div>
  );
}
