import { Day } from "../../components/day-range.tsx";
import { KindBadge } from "../../components/kind-badge.tsx";
import { LocalText } from "../../components/local-text.tsx";
import { pickSources, SourceLinks } from "../../components/source-links.tsx";
import type { Block, Decision, Meeting, Source } from "../../content/schema.ts";
import { useT } from "../../i18n/index.ts";
import { groupByTopic } from "./group-decisions.ts";

type Props = { decisions: Decision[]; meetings: Meeting[]; blocks: Block[]; sources: Source[] };

/** Every outcome of a release as a structured record, grouped by topic, linked to its meeting and source paragraph. */
export function DecisionList({ decisions, meetings, blocks, sources }: Props) {
  const t = useT();
  if (decisions.length === 0) return null;
  return (
    <section className="decisions-section" aria-labelledby="decisions-heading">
      <h2 id="decisions-heading">
        {t("decisions.heading")} <span className="count">({t("decisions.count", { count: decisions.length })})</span>
      </h2>
      <p className="compiled">{t("article.compiled")}</p>
      {groupByTopic(decisions).map((group) => (
        <section key={group.topic} className="decision-group" aria-labelledby={`topic-${group.topic}`}>
          <h3 id={`topic-${group.topic}`}>{t(`decisions.topic.${group.topic}`)}</h3>
          <ul className="decision-records">
            {group.decisions.map((d) => {
              const meeting = meetings.find((m) => m.id === d.meetingId);
              return (
                <li key={d.id} id={`decision-${d.id}`} data-anchor tabIndex={-1} className="decision">
                  <p className="decision-text">
                    <KindBadge kind={d.kind} /> <LocalText text={d.text} />
                  </p>
                  <p className="decision-refs">
                    {meeting && (
                      <a href={`#meeting-${meeting.id}`}>
                        <Day day={d.date} />
                        <span className="visually-hidden">, </span>
                        <span aria-hidden="true"> · </span>
                        <LocalText text={meeting.title} />
                      </a>
                    )}
                    {d.blocks.map((id) => {
                      const block = blocks.find((b) => b.id === id);
                      return (
                        <span key={id}>
                          <span aria-hidden="true"> · </span>
                          <a href={`#${id}`}>{t(block?.type === "quote" ? "decisions.fromQuote" : "decisions.fromParagraph")}</a>
                        </span>
                      );
                    })}
                  </p>
                  <SourceLinks sources={pickSources(sources, d.sources)} className="decision-refs" />
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </section>
  );
}
