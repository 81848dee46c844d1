// What the views ask of the content: a release, the calendar, and a page of the archive, the meetings or
// the decisions for a range of days. Chunks, their summaries and id shards stay in here.
// The data files were written by our own build from validated content (data-files.ts), so their shape is known.
import type { Range } from "../lib/days.ts";
import {
  type ArchiveItem,
  type CalendarFile,
  type ChunkSummary,
  countIndex,
  type DecisionItem,
  dataPaths,
  type IdShardFile,
  idShard,
  type ListIndexFile,
  type ListName,
  type MeetingItem,
  type ReleaseFile,
} from "./data-paths.ts";
import { type Page, pageChunks } from "./page-chunks.ts";
import { DECISION_KINDS, type DecisionKind, isSlug, type Lang, TOPICS, type Topic } from "./vocabulary.ts";

export type { Page };

/** Reads one data file; resolves undefined when there is no such file, rejects when it cannot be read. */
export type DataReader = (path: string) => Promise<unknown>;

/** Thrown when a data file cannot be read (network down, a deploy removed it): the page shows a retry. */
export class DataUnavailable extends Error {
  constructor(path: string, detail: string) {
    super(`Could not load ${path}: ${detail}`);
    this.name = "DataUnavailable";
  }
}

/** A listing's question: the days, and the page from 1 (a page past the last gives the last). */
export type ListQuery = { range: Range; page: number };
/** The decisions' question: also a topic and a kind. */
export type DecisionQuery = ListQuery & { topic?: Topic; kind?: DecisionKind };

/** Items on a page of each listing: a page stays small enough to draw in one frame. */
export const PAGE_SIZE = { archive: 20, meetings: 50, decisions: 20 } as const;

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

export type Content = ReturnType<typeof createContent>;

/**
 * The content, read through `read`: fetched in the browser, read from disk by the prerenderer and the
 * tests. `idShards` is how many files the release ids are spread over (written by the build).
 */
export function createContent(read: DataReader, { idShards }: { idShards: number }) {
  // One request per file; a failed read is forgotten so that a retry fetches again.
  const cache = new Map<string, Promise<unknown>>();
  const file = async <T>(path: string): Promise<T> => {
    let pending = cache.get(path);
    if (!pending) {
      pending = read(path);
      pending.catch(() => cache.delete(path));
      cache.set(path, pending);
    }
    const value = await pending;
    if (value === undefined) throw new DataUnavailable(path, "missing");
    return value as T;
  };

  const list = async <T>(name: ListName, lang: Lang, days: (t: T) => [string, string]) => {
    const index = await file<ListIndexFile>(dataPaths.listIndex(name));
    return { chunks: index.chunks, days, read: (n: number) => file<T[]>(dataPaths.listChunk(name, lang, n)) };
  };

  return {
    /** The release with this id, or undefined when there is none (asked of its id shard, never with a 404). */
    async getRelease(id: string): Promise<ReleaseFile | undefined> {
      if (!isSlug(id)) return undefined;
      const ids = await file<IdShardFile>(dataPaths.idShard(idShard(id, idShards)));
      return ids.includes(id) ? file<ReleaseFile>(dataPaths.release(id)) : undefined;
    },

    /** The years and latest meeting the quick ranges offer, and the topics the decisions have. */
    getCalendar(): Promise<CalendarFile> {
      return file(dataPaths.calendar);
    },

    /** Releases whose meetings touch the range, newest first. */
    async queryArchive(lang: Lang, query: ListQuery): Promise<Page<ArchiveItem>> {
      const archive = await list<ArchiveItem>("archive", lang, (r) => r.span);
      return pageChunks(archive, { ...query, size: PAGE_SIZE.archive, newestFirst: true });
    },

    /** Meetings that touch the range, in order. */
    async queryMeetings(lang: Lang, query: ListQuery): Promise<Page<MeetingItem>> {
      const meetings = await list<MeetingItem>("meetings", lang, (m) => [m.start, m.end]);
      return pageChunks(meetings, { ...query, size: PAGE_SIZE.meetings });
    },

    /** Decisions in the range, of the topic and kind asked for, newest first. */
    async queryDecisions(lang: Lang, { topic, kind, ...query }: DecisionQuery): Promise<Page<DecisionItem>> {
      const decisions = await list<DecisionItem>("decisions", lang, (d) => [d.start, d.end]);
      const topics = topic ? [topic] : TOPICS;
      const kinds = kind ? [kind] : DECISION_KINDS;
      const keep =
        topic || kind
          ? {
              item: (d: DecisionItem) => (!topic || d.topic === topic) && (!kind || d.kind === kind),
              count: (c: ChunkSummary) => sum(topics.flatMap((t) => kinds.map((k) => c.counts?.[countIndex(t, k)] ?? 0))),
            }
          : undefined;
      return pageChunks(decisions, { ...query, keep, size: PAGE_SIZE.decisions, newestFirst: true });
    },
  };
}
