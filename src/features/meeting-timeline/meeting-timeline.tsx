import { KindBadge } from "../../components/kind-badge.tsx";
import { LocalText } from "../../components/local-text.tsx";
import { pickSources } from "../../components/source-links.tsx";
import { meetingDays } from "../../content/derive.ts";
import type { Decision, Meeting, Person, Source } from "../../content/schema.ts";
import { useT } from "../../i18n/index.ts";
import type { DayRangeParts } from "../../lib/dates.ts";
import { compareDays } from "../../lib/days.ts";
import { TimelineStop } from "./timeline-stop.tsx";

type Props = {
  meetings: Meeting[];
  decisions: Decision[];
  people: Person[];
  sources: Source[];
  /** What the records were compiled from: the release's own text, or the sources listed (digests). */
  compiledFrom: "release" | "sources";
  /** Each meeting's days as the page shows them, by meeting id. */
  days: Record<string, DayRangeParts>;
};

/** The meetings of a release as a vertical, dated, ordered list, each with what came out of it. */
export function MeetingTimeline({ meetings, decisions, people, sources, compiledFrom, days }: Props) {
  const t = useT();
  const ordered = [...meetings].sort((a, b) => compareDays(meetingDays(a)[0], meetingDays(b)[0]));
  const person = (id: string) => people.find((p) => p.id === id);
  return (
    <section className="timeline-section" aria-labelledby="meetings-heading">
      <h2 id="meetings-heading">{t("timeline.heading")}</h2>
      <p className="compiled">{t(`timeline.compiled.${compiledFrom}`)}</p>
      <ol className="timeline">
        {ordered.map((m) => {
          const [start, end] = meetingDays(m);
          const chair = m.chair ? person(m.chair)?.name : undefined;
          const outcomes = decisions.filter((d) => d.meetingId === m.id);
          return (
            <TimelineStop
              key={m.id}
              id={`meeting-${m.id}`}
              start={start}
              end={end}
              days={days[m.id] ?? { before: "", start, between: start === end ? "" : "–", end: start === end ? "" : end }}
              title={m.title}
              headingLevel={3}
              place={m.place}
              {...(chair ? { chair } : {})}
              participants={m.participants.flatMap((id) => {
                const p = person(id);
                return p ? [{ key: p.id, name: p.name, role: p.role, href: `#person-${p.id}` }] : [];
              })}
              summary={m.summary}
              sources={pickSources(sources, m.sources)}
            >
              {outcomes.length > 0 && (
                <>
                  <h4 className="outcomes-heading">{t("timeline.decisions")}</h4>
                  <ul className="outcomes">
                    {outcomes.map((d) => (
                      <li key={d.id}>
                        <KindBadge kind={d.kind} />{" "}
                        <a href={`#decision-${d.id}`}>
                          <LocalText text={d.text} />
                        </a>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </TimelineStop>
          );
        })}
      </ol>
    </section>
  );
}
