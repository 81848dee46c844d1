import type { ReactNode } from "react";
import { DayRange } from "../../components/day-range.tsx";
import { RefLink } from "../../components/links.tsx";
import { LocalText } from "../../components/local-text.tsx";
import { SourceLinks } from "../../components/source-links.tsx";
import type { Localised, SourceRef } from "../../content/schema.ts";
import { useT } from "../../i18n/index.ts";
import type { DayRangeParts } from "../../lib/dates.ts";

/** Someone taking part: a name, and where the release has it, a role and a link to the list of people. */
export type Participant = { key: string; name: Localised; role?: Localised; href?: string };

type Props = {
  /** The stop's own #fragment, on the release's page. */
  id?: string;
  start: string;
  end: string;
  /** The days as the page shows them. */
  days: DayRangeParts;
  title: Localised;
  /** Where the title leads, on the timeline of every release: the meeting in its release. */
  href?: string;
  headingLevel: 3 | 4;
  place: Localised;
  chair?: Localised;
  /** Those taking part, where the release lists them. */
  participants?: Participant[];
  summary: Localised;
  /** The pages the meeting's record rests on, third parties marked (digests). */
  sources?: SourceRef[];
  /** What follows the summary: the meeting's outcomes, or the release it is in. */
  children?: ReactNode;
};

/** One meeting on a timeline, of one release or of them all: its days, title, place, people and summary. */
export function TimelineStop({
  id,
  start,
  end,
  days,
  title,
  href,
  headingLevel,
  place,
  chair,
  participants = [],
  summary,
  sources = [],
  children,
}: Props) {
  const t = useT();
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <li id={id} data-anchor={id ? true : undefined} tabIndex={id ? -1 : undefined} className="timeline-stop">
      <p className="timeline-date">
        <DayRange start={start} end={end} parts={days} />
      </p>
      <Heading>
        {href ? (
          <RefLink href={href}>
            <LocalText text={title} />
          </RefLink>
        ) : (
          <LocalText text={title} />
        )}
      </Heading>
      <dl className="facts">
        <div>
          <dt>{t("timeline.place")}</dt>
          <dd>
            <LocalText text={place} />
          </dd>
        </div>
        {chair && (
          <div>
            <dt>{t("timeline.chair")}</dt>
            <dd>
              <LocalText text={chair} />
            </dd>
          </div>
        )}
        {participants.length > 0 && (
          <div>
            <dt>{t("timeline.participants")}</dt>
            <dd>
              <ul className="inline-list">
                {participants.map((p) => (
                  <li key={p.key}>
                    {p.href ? (
                      <a href={p.href}>
                        <LocalText text={p.name} />
                      </a>
                    ) : (
                      <LocalText text={p.name} />
                    )}
                    {p.role && (
                      <>
                        , <LocalText text={p.role} />
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
      <LocalText as="p" className="timeline-summary" text={summary} />
      <SourceLinks sources={sources} className="timeline-sources" />
      {children}
    </li>
  );
}
