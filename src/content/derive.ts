// Pure derivations from validated releases, shared by the content plugin (Node) and the views.
import type { Block, Decision, Localised, Meeting, Provenance, Release, SourceRef } from "./schema.ts";
import { DECISION_KINDS } from "./vocabulary.ts";

/** What the archive shows of a release, without its body. */
export type ReleaseSummary = {
  /** Release id (URL slug). */
  id: string;
  /** First publication (date or date-time). */
  publishedAt: string;
  /** Last update (date or date-time). */
  updatedAt: string;
  /** Who published it. */
  publisher: Localised;
  /** Headline. */
  title: Localised;
  /** The summary, or the first paragraph when there is none. */
  summary: Localised;
  /** Who wrote each language. */
  provenance: { fr: Provenance["kind"]; en: Provenance["kind"] };
  /** First and last day of the meetings it covers. */
  span: [string, string];
  /** How many meetings and decisions it holds. */
  counts: { meetings: number; decisions: number };
};

/** First and last day of a meeting. */
export function meetingDays(m: Pick<Meeting, "date" | "start" | "end">): [string, string] {
  const start = m.date ?? m.start ?? "";
  return [start, m.date ?? m.end ?? start];
}

/** The day of an outcome, or, when the sources give none, the days of its meeting. */
export function decisionDays(d: Pick<Decision, "date">, meeting: Pick<Meeting, "date" | "start" | "end"> | undefined): [string, string] {
  if (d.date) return [d.date, d.date];
  return meeting ? meetingDays(meeting) : ["", ""];
}

export function firstParagraph(body: Block[]): Localised | undefined {
  const block = body.find((b) => b.type === "paragraph");
  return block?.text;
}

export function summarise(r: Release): ReleaseSummary {
  const days = r.meetings.map(meetingDays);
  const starts = days.map((d) => d[0]).sort();
  const ends = days.map((d) => d[1]).sort();
  return {
    id: r.id,
    publishedAt: r.publishedAt,
    updatedAt: r.updatedAt,
    publisher: r.publisher,
    title: r.title,
    summary: r.summary ?? firstParagraph(r.body) ?? r.title,
    provenance: { fr: r.provenance.fr.kind, en: r.provenance.en.kind },
    span: [starts[0] ?? r.publishedAt.slice(0, 10), ends[ends.length - 1] ?? r.publishedAt.slice(0, 10)],
    counts: { meetings: r.meetings.length, decisions: r.decisions.length },
  };
}

/** Newest first: by the last day of the meetings covered, then by publication, then by id. */
export function byNewest(a: ReleaseSummary, b: ReleaseSummary): number {
  return b.span[1].localeCompare(a.span[1]) || b.publishedAt.localeCompare(a.publishedAt) || a.id.localeCompare(b.id);
}

/** A meeting as the cross-release timeline shows it. */
export type MeetingEntry = {
  /** Release it comes from. */
  releaseId: string;
  /** That release's headline. */
  releaseTitle: Localised;
  /** Meeting id, unique within its release. */
  id: string;
  /** First and last day. */
  start: string;
  end: string;
  place: Localised;
  title: Localised;
  summary: Localised;
  /** Name of the chair (the people taking part are listed in the release). */
  chair?: Localised;
  /** How many decisions the release records for it. */
  decisions: number;
  /** The pages its record rests on, third parties marked. */
  sources: SourceRef[];
};

/** An outcome as the cross-release decision list shows it. */
export type DecisionEntry = {
  releaseId: string;
  releaseTitle: Localised;
  id: string;
  /** Its day, or its meeting's first and last day when the sources give no day. */
  start: string;
  end: string;
  kind: Decision["kind"];
  topic: Decision["topic"];
  text: Localised;
  meetingId: string;
  meetingTitle: Localised;
  /** The body blocks it comes from (their #fragments in the release), quotes marked. */
  blocks: { id: string; quote: boolean }[];
  /** Who published the pages it rests on, third parties marked. */
  sources: SourceRef[];
};

/** What a link to each of these sources needs, in the order given. */
function sourceRefs(r: Release, ids: string[] | undefined): SourceRef[] {
  return (ids ?? []).flatMap((id) => {
    const s = r.sources.find((x) => x.id === id);
    if (!s) return [];
    const ref: SourceRef = { publisher: s.publisher, url: s.url, thirdParty: s.thirdParty, lang: s.lang };
    if (s.title !== undefined) ref.title = s.title;
    return [ref];
  });
}

function names(r: Release, ids: string[]): Localised[] {
  return ids.flatMap((id) => r.people.find((p) => p.id === id)?.name ?? []);
}

/** Every meeting of every release, by first day then last day (the order range look-ups rely on). */
export function meetingEntries(releases: Release[]): MeetingEntry[] {
  return releases
    .flatMap((r) =>
      r.meetings.map((m): MeetingEntry => {
        const [start, end] = meetingDays(m);
        const chair = m.chair ? names(r, [m.chair])[0] : undefined;
        return {
          releaseId: r.id,
          releaseTitle: r.title,
          id: m.id,
          start,
          end,
          place: m.place,
          title: m.title,
          summary: m.summary,
          ...(chair ? { chair } : {}),
          decisions: r.decisions.filter((d) => d.meetingId === m.id).length,
          sources: sourceRefs(r, m.sources),
        };
      }),
    )
    .sort(
      (a, b) =>
        a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.releaseId.localeCompare(b.releaseId) || a.id.localeCompare(b.id),
    );
}

/** Every decision of every release, oldest first (the order range look-ups rely on); read from the end,
 *  newest first and, within a day, firmest first. */
export function decisionEntries(releases: Release[]): DecisionEntry[] {
  return releases
    .flatMap((r) =>
      r.decisions.map((d): DecisionEntry => {
        const meeting = r.meetings.find((m) => m.id === d.meetingId);
        const [start, end] = decisionDays(d, meeting);
        return {
          releaseId: r.id,
          releaseTitle: r.title,
          id: d.id,
          start,
          end,
          kind: d.kind,
          topic: d.topic,
          text: d.text,
          meetingId: d.meetingId,
          meetingTitle: meeting?.title ?? r.title,
          blocks: d.blocks.map((id) => ({ id, quote: r.body.find((b) => b.id === id)?.type === "quote" })),
          sources: sourceRefs(r, d.sources),
        };
      }),
    )
    .sort(
      (a, b) =>
        a.start.localeCompare(b.start) ||
        a.end.localeCompare(b.end) ||
        b.releaseId.localeCompare(a.releaseId) ||
        DECISION_KINDS.indexOf(b.kind) - DECISION_KINDS.indexOf(a.kind) ||
        b.id.localeCompare(a.id),
    );
}
