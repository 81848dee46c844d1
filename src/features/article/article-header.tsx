import { DayRange } from "../../components/day-range.tsx";
import { ExternalLink } from "../../components/links.tsx";
import { LocalText, pickText } from "../../components/local-text.tsx";
import type { ReleaseFile } from "../../content/data-paths.ts";
import { summarise } from "../../content/derive.ts";
import { useLang, useT } from "../../i18n/index.ts";
import { hasTime } from "../../lib/dates.ts";
import { Provenance } from "./provenance.tsx";

/** Kicker (publisher, days of the meetings), headline, official titles, standfirst, dates, provenance. */
export function ArticleHeader({ release }: { release: ReleaseFile }) {
  const t = useT();
  const shown = release.shown[useLang()];
  return (
    <header className="article-header">
      <p className="kicker">
        <LocalText text={release.publisher} />
        <span aria-hidden="true"> · </span>
        <MeetingSpan release={release} />
      </p>
      <LocalText as="h1" id="page-title" tabIndex={-1} className="headline" text={release.title} />
      <OfficialTitles release={release} />
      {release.summary && <LocalText as="p" className="standfirst" text={release.summary} />}
      <dl className="article-dates">
        <div>
          <dt>{t("dates.published")}</dt>
          <dd>
            <PointInTime value={release.publishedAt} text={shown.published} />
          </dd>
        </div>
        <div>
          <dt>{t("dates.updated")}</dt>
          <dd>
            <PointInTime value={release.updatedAt} text={shown.updated} />
          </dd>
        </div>
      </dl>
      <Provenance release={release} />
    </header>
  );
}

function PointInTime({ value, text }: { value: string; text: string }) {
  const t = useT();
  return (
    <>
      <time dateTime={value}>{text}</time>
      {hasTime(value) && <span className="tz"> ({t("dates.brusselsTime")})</span>}
    </>
  );
}

/** The institution's own titles, quoted exactly, page language first; a digest's headline is ours. */
function OfficialTitles({ release }: { release: ReleaseFile }) {
  const lang = useLang();
  const t = useT();
  // On the page whose headline is that very title (the official text), the line would only repeat it.
  const headline = release.title[lang];
  const titles = [...(release.officialTitles ?? [])]
    .filter((title) => !(title.lang === lang && title.text === (typeof headline === "string" ? headline : headline?.text)))
    .sort((a, b) => Number(b.lang === lang) - Number(a.lang === lang));
  if (titles.length === 0) return null;
  const institution = pickText(release.institution, lang);
  return (
    <ul className="official-titles">
      {titles.map((title) => {
        const source = release.sources.find((s) => s.id === title.source);
        return (
          <li key={`${title.lang}-${title.text}`}>
            {t("article.officialTitle", { institution, lang: release.shown[lang].languages[title.lang] ?? title.lang })}{" "}
            <cite lang={title.lang === lang ? undefined : title.lang}>
              {source ? <ExternalLink href={source.url}>{title.text}</ExternalLink> : title.text}
            </cite>
          </li>
        );
      })}
    </ul>
  );
}

/** The days of the meetings the release covers: what a reader dates it by. */
function MeetingSpan({ release }: { release: ReleaseFile }) {
  const [start, end] = summarise(release).span;
  return <DayRange start={start} end={end} parts={release.shown[useLang()].span} />;
}
