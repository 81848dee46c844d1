import { pickSources } from "../../components/source-links.tsx";
import { decisionDays } from "../../content/derive.ts";
import type { Block, Decision, Meeting, Source } from "../../content/schema.ts";
import { useT } from "../../i18n/index.ts";
import type { DayRangeParts } from "../../lib/dates.ts";
import { DecisionRecord } from "./decision-record.tsx";
import { groupByTopic } from "./group-decisions.ts";

type Props = {
  decisions: Decision[];
  meetings: Meeting[];
  blocks: Block[];
  sources: Source[];
  /** What the records were compiled from: the release's own text, or the sources listed (digests). */
  compiledFrom: "release" | "sources";
  /** Each decision's days as the page shows them, by decision id. */
  days: Record<string, DayRangeParts>;
};

/** Every outcome of a release as a structured record, grouped by topic, linked to its meeting and source paragraph. */
export function DecisionList({ decisions, meetings, blocks, sources, compiledFrom, days }: Props) {
  const t = useT();
  if (decisions.length === 0) return null;
  return (
    <section className="decisions-section" aria-labelledby="decisions-heading">
      <h2 id="decisions-heading">
        {t("decisions.heading")} <span className="count">({t("decisions.count", { count: decisions.length })})</span>
      </h2>
      <p className="compiled">{t(`decisions.compiled.${compiledFrom}`)}</p>
      {groupByTopic(
        decisions.map((d) => ({
          ...d,
          days: decisionDays(
            d,
            meetings.find((m) => m.id === d.meetingId),
          ),
        })),
      ).map((group) => (
        <section key={group.topic} className="decision-group" aria-labelledby={`topic-${group.topic}`}>
          <h3 id={`topic-${group.topic}`}>{t(`decisions.topic.${group.topic}`)}</h3>
          <ul className="decision-records">
            {group.decisions.map((d) => {
              const meeting = meetings.find((m) => m.id === d.meetingId);
              const [start, end] = d.days;
              return (
                <DecisionRecord
                  key={d.id}
                  id={`decision-${d.id}`}
                  kind={d.kind}
                  text={d.text}
                  start={start}
                  end={end}
                  days={days[d.id] ?? { before: "", start, between: "", end: "" }}
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
