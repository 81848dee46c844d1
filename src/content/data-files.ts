// The data files the app reads at run time, built from validated releases: each view fetches only what
// it shows, so the cost of a page grows with what it shows, not with the size of the corpus.
import {
  byNewest,
  type DecisionEntry,
  decisionEntries,
  type MeetingEntry,
  meetingEntries,
  type ReleaseSummary,
  summarise,
} from "./derive.ts";
import type { Localised, Release } from "./schema.ts";
import { DECISION_KINDS, type DecisionKind, LANGS, type Lang, TOPICS, type Topic } from "./vocabulary.ts";

/** Releases per archive chunk (and per archive page). */
export const ARCHIVE_CHUNK = 20;
/** Meetings per timeline chunk, decisions per decision-list chunk: a few pages' worth each. */
export const MEETINGS_CHUNK = 100;
export const DECISIONS_CHUNK = 200;

/** `calendar.json`: what the quick ranges and topic menus offer. */
export type CalendarFile = { years: number[]; latest?: [string, string]; topics: Topic[] };
/** `archive/index.json`: the days each release covers, newest first — `spans[2i]`, `spans[2i + 1]`. */
export type ArchiveIndexFile = { total: number; spans: string[] };
/** `archive/<n>.json`: releases n×20 to n×20+19, newest first. */
export type ArchiveChunkFile = ReleaseSummary[];
/**
 * What the index of a list cut into chunks says of one chunk, so that a date range is answered without
 * reading it: how many items, the bounds of their first days and of their last days, and (decisions)
 * how many of each topic × kind, `counts[topic × kinds + kind]`.
 */
export type ChunkSummary = { n: number; start: [string, string]; end: [string, string]; counts?: number[] };
/** `meetings/index.json`: the chunks of every meeting, by first day. */
export type MeetingIndexFile = { total: number; chunks: ChunkSummary[] };
/** `meetings/<lang>/<n>.json`: meetings n×100 to n×100+99, texts for one language. */
export type MeetingsChunkFile = MeetingEntry[];
/** `decisions/index.json`: the chunks of every decision, by day, with the order of their counts. */
export type DecisionIndexFile = { total: number; topics: Topic[]; kinds: DecisionKind[]; chunks: ChunkSummary[] };
/** `decisions/<lang>/<n>.json`: decisions n×200 to n×200+199, texts for one language. */
export type DecisionsChunkFile = DecisionEntry[];
/** `releases/<id>.json`: one whole release. */
export type ReleaseFile = Release;

/** `releases/ids-<n>.json`: the release ids whose hash falls in shard n, so that an unknown id is
 * answered without asking for a file that does not exist. */
export type IdShardFile = string[];

/** How many id shards a corpus gets: about 128 ids each, a power of two. */
export function idShardCount(total: number): number {
  return 2 ** Math.max(0, Math.ceil(Math.log2(total / 128)));
}

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
  archiveIndex: "archive/index.json",
  archiveChunk: (n: number) => `archive/${n}.json`,
  meetingIndex: "meetings/index.json",
  meetingsChunk: (lang: Lang, n: number) => `meetings/${lang}/${n}.json`,
  decisionIndex: "decisions/index.json",
  decisionsChunk: (lang: Lang, n: number) => `decisions/${lang}/${n}.json`,
  release: (id: string) => `releases/${id}.json`,
  idShard: (n: number) => `releases/ids-${n}.json`,
};

/** A localised text as one language's page needs it: the other language only where this one is missing. */
export function trimFor(text: Localised, lang: Lang): Localised {
  const other: Lang = lang === "fr" ? "en" : "fr";
  const own = text[lang];
  return { [lang]: own, [other]: own === null ? text[other] : null } as Record<Lang, Localised[Lang]>;
}

function trimMeeting(m: MeetingEntry, lang: Lang): MeetingEntry {
  const trimmed: MeetingEntry = {
    ...m,
    releaseTitle: trimFor(m.releaseTitle, lang),
    place: trimFor(m.place, lang),
    title: trimFor(m.title, lang),
    summary: trimFor(m.summary, lang),
    participants: m.participants.map((p) => trimFor(p, lang)),
  };
  if (m.chair) trimmed.chair = trimFor(m.chair, lang);
  return trimmed;
}

function trimDecision(d: DecisionEntry, lang: Lang): DecisionEntry {
  return { ...d, releaseTitle: trimFor(d.releaseTitle, lang), meetingTitle: trimFor(d.meetingTitle, lang), text: trimFor(d.text, lang) };
}

function bounds(values: string[]): [string, string] {
  let lo = values[0] ?? "";
  let hi = lo;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}

/** Cuts a list sorted by first day into chunks, and sums each chunk up for the index. */
export function chunkList<T>(items: T[], size: number, days: (t: T) => [string, string], counts?: (chunk: T[]) => number[]) {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  const summaries = chunks.map((chunk): ChunkSummary => {
    const spans = chunk.map(days);
    const summary: ChunkSummary = { n: chunk.length, start: bounds(spans.map((s) => s[0])), end: bounds(spans.map((s) => s[1])) };
    if (counts) summary.counts = counts(chunk);
    return summary;
  });
  return { chunks, summaries };
}

function topicKindCounts(chunk: DecisionEntry[]): number[] {
  const counts = new Array<number>(TOPICS.length * DECISION_KINDS.length).fill(0);
  for (const d of chunk) {
    const at = TOPICS.indexOf(d.topic) * DECISION_KINDS.length + DECISION_KINDS.indexOf(d.kind);
    counts[at] = (counts[at] ?? 0) + 1;
  }
  return counts;
}

/** Every data file, by path. */
export function buildDataFiles(releases: Release[]): Map<string, unknown> {
  const files = new Map<string, unknown>();
  const summaries = releases.map(summarise).sort(byNewest);
  const meetings = meetingEntries(releases);
  const decisions = decisionEntries(releases);

  const years = new Set<number>();
  for (const s of summaries) {
    years.add(Number(s.span[0].slice(0, 4)));
    years.add(Number(s.span[1].slice(0, 4)));
  }
  const calendar: CalendarFile = {
    years: [...years].sort((a, b) => b - a),
    topics: TOPICS.filter((t) => decisions.some((d) => d.topic === t)),
  };
  const latest = summaries[0]?.span;
  if (latest) calendar.latest = latest;
  files.set(dataPaths.calendar, calendar);

  const index: ArchiveIndexFile = { total: summaries.length, spans: summaries.flatMap((s) => s.span) };
  files.set(dataPaths.archiveIndex, index);
  for (let n = 0; n * ARCHIVE_CHUNK < summaries.length; n++) {
    files.set(dataPaths.archiveChunk(n), summaries.slice(n * ARCHIVE_CHUNK, (n + 1) * ARCHIVE_CHUNK) satisfies ArchiveChunkFile);
  }

  const m = chunkList(meetings, MEETINGS_CHUNK, (x) => [x.start, x.end]);
  files.set(dataPaths.meetingIndex, { total: meetings.length, chunks: m.summaries } satisfies MeetingIndexFile);
  const d = chunkList(decisions, DECISIONS_CHUNK, (x) => [x.date, x.date], topicKindCounts);
  files.set(dataPaths.decisionIndex, {
    total: decisions.length,
    topics: [...TOPICS],
    kinds: [...DECISION_KINDS],
    chunks: d.summaries,
  } satisfies DecisionIndexFile);
  for (const lang of LANGS) {
    for (const [n, chunk] of m.chunks.entries()) {
      files.set(dataPaths.meetingsChunk(lang, n), chunk.map((x) => trimMeeting(x, lang)) satisfies MeetingsChunkFile);
    }
    for (const [n, chunk] of d.chunks.entries()) {
      files.set(dataPaths.decisionsChunk(lang, n), chunk.map((x) => trimDecision(x, lang)) satisfies DecisionsChunkFile);
    }
  }
  for (const r of releases) files.set(dataPaths.release(r.id), r satisfies ReleaseFile);
  const shards = idShardCount(releases.length);
  for (let n = 0; n < shards; n++) {
    files.set(dataPaths.idShard(n), releases.map((r) => r.id).filter((id) => idShard(id, shards) === n) satisfies IdShardFile);
  }
  return files;
}
