import { DayRange } from "../../components/day-range.tsx";
import { KindBadge } from "../../components/kind-badge.tsx";
import { RefLink } from "../../components/links.tsx";
import { LocalText } from "../../components/local-text.tsx";
import { SourceLinks } from "../../components/source-links.tsx";
import type { Localised, SourceRef } from "../../content/schema.ts";
import type { DecisionKind, Topic } from "../../content/vocabulary.ts";
import { useT } from "../../i18n/index.ts";
import type { DayRangeParts } from "../../lib/dates.ts";

type Props = {
  /** The record's own #fragment, on the release's page. */
  id?: string;
  kind: DecisionKind;
  text: Localised;
  /** Its day, or its meeting's days when the sources give no day. */
  start: string;
  end: string;
  /** The days as the page shows them. */
  days: DayRangeParts;
  /** Shown where the list is not already grouped by topic. */
  topic?: Topic;
  /** The meeting it was taken at, and where that meeting is. */
  meeting?: { href: string; title: Localised };
  /** The paragraphs and quotes it comes from. */
  blocks: { href: string; quote: boolean }[];
  /** The release it is in, on the list of every decision. */
  release?: { href: string; title: Localised };
  sources: SourceRef[];
};

/** One outcome as a record: its kind and text, its day and meeting, the paragraphs it comes from, its sources. */
export function DecisionRecord({ id, kind, text, start, end, days, topic, meeting, blocks, release, sources }: Props) {
  const t = useT();
  return (
    <li id={id} data-anchor={id ? true : undefined} tabIndex={id ? -1 : undefined} className="decision">
      <p className="decision-text">
        <KindBadge kind={kind} /> <LocalText text={text} />
      </p>
      <p className="decision-refs">
        {topic && (
          <>
            <span className="topic">{t(`decisions.topic.${topic}`)}</span>
            <span aria-hidden="true"> · </span>
          </>
        )}
        {meeting ? (
          <RefLink href={meeting.href}>
            <DayRange start={start} end={end} parts={days} />
            <span className="visually-hidden">, </span>
            <span aria-hidden="true"> · </span>
            <LocalText text={meeting.title} />
          </RefLink>
        ) : (
          <DayRange start={start} end={end} parts={days} />
        )}
        {blocks.map((b) => (
          <span key={b.href}>
            <span aria-hidden="true"> · </span>
            <RefLink href={b.href}>{t(b.quote ? "decisions.fromQuote" : "decisions.fromParagraph")}</RefLink>
          </span>
        ))}
      </p>
      {release && (
        <p className="decision-refs">
          {t("decisionsView.inRelease")}{" "}
          <RefLink href={release.href}>
            <LocalText text={release.title} />
          </RefLink>
        </p>
      )}
      <SourceLinks sources={sources} className="decision-refs" />
    </li>
  );
}
