// Pure derivations from validated releases, shared by the content plugin (Node) and the views.
import type { Block, Localised, Meeting, Provenance, Release } from "./schema.ts";

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

/** Newest first, by publication, then by id for a stable order. */
export function byNewest(a: { publishedAt: string; id: string }, b: { publishedAt: string; id: string }): number {
  return b.publishedAt.slice(0, 10).localeCompare(a.publishedAt.slice(0, 10)) || a.id.localeCompare(b.id);
}
