import { pickSources } from "../../components/source-links.tsx";
import type { Block, Decision, Meeting, Source } from "../../content/schema.ts";
import { useT } from "../../i18n/index.ts";
import { DecisionRecord } from "./decision-record.tsx";
import { groupByTopic } from "./group-decisions.ts";

type Props = {
  decisions: Decision[];
  meetings: Meeting[];
  blocks: Block[];
  sources: Source[];
  /** Each outcome's day as the page shows it, by decision id. */
  days: Record<string, string>;
};

/** Every outcome of a release as a structured record, grouped by topic, linked to its meeting and source paragraph. */
export function DecisionList({ decisions, meetings, blocks, sources, days }: Props) {
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
                <DecisionRecord
                  key={d.id}
                  id={`decision-${d.id}`}
                  kind={d.kind}
                  text={d.text}
                  date={d.date}
                  day={days[d.id] ?? d.date}
                  {...(meeting ? { meeting: { href: `#meeting-${meeting.id}`, title: meeting.title } } : {})}
                  blocks={d.blocks.map((id) => ({ href: `#${id}`, quote: blocks.find((b) => b.id === id)?.type === "quote" }))}
                  sources={pickSources(sources, d.sources)}
                />
              );
            })}
          </ul>
        </section>
      ))}
    </section>
  );
}
