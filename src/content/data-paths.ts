// Where the data files are and what they hold: shared by the build (data-files.ts) and the browser
// (queries.ts). Nothing here builds them, so the browser bundle carries none of the build's code.
import type { DayRangeParts } from "../lib/dates.ts";
import type { ReleaseCitation } from "./citation-meta.ts";
import type { DecisionEntry, MeetingEntry, ReleaseSummary } from "./derive.ts";
import type { Release } from "./schema.ts";
import { DECISION_KINDS, type DecisionKind, type Lang, TOPICS, type Topic } from "./vocabulary.ts";

/** The lists, and how many items each chunk file holds: a few pages' worth. */
export const LISTS = { archive: 50, meetings: 100, decisions: 200 } as const;
export type ListName = keyof typeof LISTS;

// Dates and language names ride with the data, written by the build with Intl in the page's language
// (lib/dates.ts): a page load then runs no Intl formatter, whose first use on a page loads ICU's data.

/** An archive chunk's item: a release summed up, its dates as shown. */
export type ArchiveItem = ReleaseSummary & { shown: { span: DayRangeParts; published: string } };
/** A meetings chunk's item: a meeting, its days and month as shown. */
export type MeetingItem = MeetingEntry & { shown: { days: DayRangeParts; month: string } };
/** A decisions chunk's item: an outcome, its day as shown. */
export type DecisionItem = DecisionEntry & { shown: { days: DayRangeParts } };
/** What one language's page of a release shows of its dates and of the languages it names. */
export type ReleaseShown = {
  span: DayRangeParts;
  published: string;
  updated: string;
  /** Each meeting's days, by meeting id. */
  meetings: Record<string, DayRangeParts>;
  /** Each decision's day, or its meeting's days when the sources give no day, by decision id. */
  decisions: Record<string, DayRangeParts>;
  /** The name of each language the page names (its own, the other, its sources'), by tag. */
  languages: Record<string, string>;
  /** How to cite this language's page: the work and its APA and Chicago forms (citation.ts). */
  cite: ReleaseCitation;
};
/** `releases/<id>.json`: the release, and how each language's page shows its dates. */
export type ReleaseFile = Release & { shown: Record<Lang, ReleaseShown> };

/** `calendar.json`: what the quick ranges and topic menus offer. */
export type CalendarFile = { years: number[]; latest?: [string, string]; topics: Topic[] };

/**
 * What a list's index says of one chunk, so that a date range is answered without reading it: how many
 * items, the bounds of their first days and of their last days, and (decisions) how many of each
 * topic × kind, at `countIndex(topic, kind)`.
 */
export type ChunkSummary = { n: number; start: [string, string]; end: [string, string]; counts?: number[] };
/** `<list>/index.json`. */
export type ListIndexFile = { total: number; chunks: ChunkSummary[] };

/** `releases/ids-<n>.json`: the release ids whose hash falls in shard n, so that an unknown id is
 * answered without asking for a file that does not exist. */
export type IdShardFile = string[];

/** FNV-1a: a small, stable hash, the same in Node and in the browser. */
export function idShard(id: string, count: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % count;
}

export const dataPaths = {
  calendar: "calendar.json",
  listIndex: (list: ListName) => `${list}/index.json`,
  listChunk: (list: ListName, lang: Lang, n: number) => `${list}/${lang}/${n}.json`,
  release: (id: string) => `releases/${id}.json`,
  idShard: (n: number) => `releases/ids-${n}.json`,
};

/** Where the count of decisions of a topic and kind sits in a chunk summary. */
export function countIndex(topic: Topic, kind: DecisionKind): number {
  return TOPICS.indexOf(topic) * DECISION_KINDS.length + DECISION_KINDS.indexOf(kind);
}
