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
import { LANGS, type Lang, TOPICS, type Topic } from "./vocabulary.ts";

/** Releases per archive chunk (and per archive page). */
export const ARCHIVE_CHUNK = 20;

/** `calendar.json`: what the quick ranges and topic menus offer. */
export type CalendarFile = { years: number[]; latest?: [string, string]; topics: Topic[] };
/** `archive/index.json`: the days each release covers, newest first — `spans[2i]`, `spans[2i + 1]`. */
export type ArchiveIndexFile = { total: number; spans: string[] };
/** `archive/<n>.json`: releases n×20 to n×20+19, newest first. */
export type ArchiveChunkFile = ReleaseSummary[];
/** `meetings-<lang>.json`: every meeting by first day, texts for one language. */
export type MeetingsFile = { longestSpanDays: number; meetings: MeetingEntry[] };
/** `decisions-<lang>.json`: every decision by day, texts for one language. */
export type DecisionsFile = { decisions: DecisionEntry[] };
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
  meetings: (lang: Lang) => `meetings-${lang}.json`,
  decisions: (lang: Lang) => `decisions-${lang}.json`,
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

function days(start: string, end: string): number {
  return (Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000;
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

  const longestSpanDays = meetings.reduce((max, m) => Math.max(max, days(m.start, m.end)), 0);
  for (const lang of LANGS) {
    files.set(dataPaths.meetings(lang), { longestSpanDays, meetings: meetings.map((m) => trimMeeting(m, lang)) } satisfies MeetingsFile);
    files.set(dataPaths.decisions(lang), { decisions: decisions.map((d) => trimDecision(d, lang)) } satisfies DecisionsFile);
  }
  for (const r of releases) files.set(dataPaths.release(r.id), r satisfies ReleaseFile);
  const shards = idShardCount(releases.length);
  for (let n = 0; n < shards; n++) {
    files.set(dataPaths.idShard(n), releases.map((r) => r.id).filter((id) => idShard(id, shards) === n) satisfies IdShardFile);
  }
  return files;
}
