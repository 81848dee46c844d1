// The data files the app reads at run time, built from validated releases (in Node, by the content plugin):
// each view fetches only what it shows, so the cost of a page grows with what it shows, not with the size
// of the corpus. Every list (the archive, the meetings, the decisions) has one format: an index that sums
// up each chunk (`<list>/index.json`), and the chunks with one language's texts (`<list>/<lang>/<n>.json`).
// Paths and shapes: data-paths.ts.

import { type DayRangeParts, formatDateTime, formatDayRangeParts, formatMonth, languageName } from "../lib/dates.ts";
import { releaseCitation } from "./citation.ts";
import {
  type ArchiveItem,
  type CalendarFile,
  type ChunkSummary,
  countIndex,
  type DecisionItem,
  dataPaths,
  type IdShardFile,
  idShard,
  LISTS,
  type ListIndexFile,
  type ListName,
  type MeetingItem,
  type ReleaseFile,
  type ReleaseShown,
} from "./data-paths.ts";
import {
  byNewest,
  type DecisionEntry,
  decisionDays,
  decisionEntries,
  type MeetingEntry,
  meetingDays,
  meetingEntries,
  type ReleaseSummary,
  summarise,
} from "./derive.ts";
import type { Localised, Release, SourceRef } from "./schema.ts";
import { DECISION_KINDS, LANGS, type Lang, otherLang, TOPICS } from "./vocabulary.ts";

/** How many id shards a corpus gets: about 128 ids each, a power of two. */
export function idShardCount(total: number): number {
  return 2 ** Math.max(0, Math.ceil(Math.log2(total / 128)));
}

/** A localised text as one language's page needs it: the other language only where this one is missing. */
export function trimFor(text: Localised, lang: Lang): Localised {
  const own = text[lang];
  const other = own === null ? text[otherLang(lang)] : null;
  return lang === "fr" ? { fr: own, en: other } : { fr: other, en: own };
}

function trimSources(sources: SourceRef[], lang: Lang): SourceRef[] {
  return sources.map((s) => ({ ...s, publisher: trimFor(s.publisher, lang) }));
}

function days(span: [string, string], lang: Lang): DayRangeParts {
  return formatDayRangeParts(span[0], span[1], lang);
}

function trimSummary(s: ReleaseSummary, lang: Lang): ArchiveItem {
  return {
    ...s,
    publisher: trimFor(s.publisher, lang),
    title: trimFor(s.title, lang),
    summary: trimFor(s.summary, lang),
    shown: { span: days(s.span, lang), published: formatDateTime(s.publishedAt, lang) },
  };
}

function trimMeeting(m: MeetingEntry, lang: Lang): MeetingItem {
  const trimmed: MeetingItem = {
    ...m,
    shown: { days: days([m.start, m.end], lang), month: formatMonth(m.start, lang) },
    releaseTitle: trimFor(m.releaseTitle, lang),
    place: trimFor(m.place, lang),
    title: trimFor(m.title, lang),
    summary: trimFor(m.summary, lang),
    sources: trimSources(m.sources, lang),
  };
  if (m.chair) trimmed.chair = trimFor(m.chair, lang);
  return trimmed;
}

function trimDecision(d: DecisionEntry, lang: Lang): DecisionItem {
  return {
    ...d,
    shown: { days: days([d.start, d.end], lang) },
    releaseTitle: trimFor(d.releaseTitle, lang),
    meetingTitle: trimFor(d.meetingTitle, lang),
    text: trimFor(d.text, lang),
    sources: trimSources(d.sources, lang),
  };
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

/** Cuts a list into chunks, and sums each chunk up for the index. */
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
    const at = countIndex(d.topic, d.kind);
    counts[at] = (counts[at] ?? 0) + 1;
  }
  return counts;
}

/** A release's dates and the languages it names, as `lang`'s page shows them. */
export function shownRelease(r: Release, lang: Lang): ReleaseShown {
  const tags = new Set<string>([...LANGS, ...r.sources.map((s) => s.lang), ...(r.officialTitles ?? []).map((t) => t.lang)]);
  return {
    span: days(summarise(r).span, lang),
    published: formatDateTime(r.publishedAt, lang),
    updated: formatDateTime(r.updatedAt, lang),
    meetings: Object.fromEntries(r.meetings.map((m) => [m.id, days(meetingDays(m), lang)])),
    decisions: Object.fromEntries(
      r.decisions.map((d) => [
        d.id,
        days(
          decisionDays(
            d,
            r.meetings.find((m) => m.id === d.meetingId),
          ),
          lang,
        ),
      ]),
    ),
    languages: Object.fromEntries([...tags].map((tag) => [tag, languageName(tag, lang)])),
    cite: releaseCitation(r, lang),
  };
}

/** Every data file, by path. */
export function buildDataFiles(releases: Release[]): Map<string, unknown> {
  const files = new Map<string, unknown>();
  // Lists are stored oldest first; views that show the newest first read them from the end.
  const summaries = releases.map(summarise).sort(byNewest).reverse();
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
  const latest = summaries.at(-1)?.span;
  if (latest) calendar.latest = latest;
  files.set(dataPaths.calendar, calendar);

  const addList = <T, U>(
    list: ListName,
    items: T[],
    days: (t: T) => [string, string],
    trim: (t: T, lang: Lang) => U,
    counts?: (chunk: T[]) => number[],
  ) => {
    const { chunks, summaries } = chunkList(items, LISTS[list], days, counts);
    files.set(dataPaths.listIndex(list), { total: items.length, chunks: summaries } satisfies ListIndexFile);
    for (const lang of LANGS) {
      for (const [n, chunk] of chunks.entries())
        files.set(
          dataPaths.listChunk(list, lang, n),
          chunk.map((item) => trim(item, lang)),
        );
    }
  };
  addList("archive", summaries, (s) => s.span, trimSummary);
  addList("meetings", meetings, (m) => [m.start, m.end], trimMeeting);
  addList("decisions", decisions, (d) => [d.start, d.end], trimDecision, topicKindCounts);

  for (const r of releases)
    files.set(dataPaths.release(r.id), { ...r, shown: { fr: shownRelease(r, "fr"), en: shownRelease(r, "en") } } satisfies ReleaseFile);
  const shards = idShardCount(releases.length);
  for (let n = 0; n < shards; n++) {
    files.set(dataPaths.idShard(n), releases.map((r) => r.id).filter((id) => idShard(id, shards) === n) satisfies IdShardFile);
  }
  return files;
}
