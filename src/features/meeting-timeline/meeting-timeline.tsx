import { DayRange } from "../../components/day-range.tsx";
import { KindBadge } from "../../components/kind-badge.tsx";
import { LocalText } from "../../components/local-text.tsx";
import { meetingDays } from "../../content/derive.ts";
import type { Decision, Meeting, Person } from "../../content/schema.ts";
import { useT } from "../../i18n/index.ts";
import { compareDays } from "../../lib/days.ts";

type Props = { meetings: Meeting[]; decisions: Decision[]; people: Person[] };

/** The meetings of a release as a vertical, dated, ordered list, each with what came out of it. */
export function MeetingTimeline({ meetings, decisions, people }: Props) {
  const t = useT();
  const ordered = [...meetings].sort((a, b) => compareDays(meetingDays(a)[0], meetingDays(b)[0]));
  const person = (id: string) => people.find((p) => p.id === id);
  return (
    <section className="timeline-section" aria-labelledby="meetings-heading">
      <h2 id="meetings-heading">{t("timeline.heading")}</h2>
      <p className="compiled">{t("article.compiled")}</p>
      <ol className="timeline">
        {ordered.map((m) => {
          const [start, end] = meetingDays(m);
          const chair = m.chair ? person(m.chair) : undefined;
          const participants = m.participants.map(person).filter((p) => p !== undefined);
          const outcomes = decisions.filter((d) => d.meetingId === m.id);
          return (
            <li key={m.id} id={`meeting-${m.id}`} data-anchor tabIndex={-1} className="timeline-stop">
              <p className="timeline-date">
                <DayRange start={start} end={end} />
              </p>
              <LocalText as="h3" text={m.title} />
              <dl className="facts">
                <div>
                  <dt>{t("timeline.place")}</dt>
                  <dd>
                    <LocalText text={m.place} />
                  </dd>
                </div>
                {chair && (
                  <div>
                    <dt>{t("timeline.chair")}</dt>
                    <dd>
                      <LocalText text={chair.name} />
                    </dd>
                  </div>
                )}
                {participants.length > 0 && (
                  <div>
                    <dt>{t("timeline.participants")}</dt>
                    <dd>
                      <ul className="inline-list">
                        {participants.map((p) => (
                          <li key={p.id}>
                            <a href={`#person-${p.id}`}>
                              <LocalText text={p.name} />
                            </a>
                            , <LocalText text={p.role} />
                          </li>
                        ))}
                      </ul>
                    </dd>
                  </div>
                )}
              </dl>
              <LocalText as="p" className="timeline-summary" text={m.summary} />
              {outcomes.length > 0 && (
                <>
                  <h4 className="outcomes-heading">{t("timeline.outcomes")}</h4>
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
            </li>
          );
        })}
      </ol>
    </section>
  );
}
