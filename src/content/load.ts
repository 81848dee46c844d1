// The accessors every view uses. The data behind them was validated at build time and written by the
// content plugin (data-files.ts); the browser fetches it, the prerenderer reads it from disk.
import { DATA_FOLDER, ID_SHARDS } from "virtual:communique/build";
import {
  type ArchiveChunkFile,
  type ArchiveIndexFile,
  type CalendarFile,
  type DecisionIndexFile,
  type DecisionsChunkFile,
  dataPaths,
  type IdShardFile,
  idShard,
  type MeetingIndexFile,
  type MeetingsChunkFile,
  type ReleaseFile,
} from "./data-files.ts";
import type { Lang } from "./vocabulary.ts";

/** Reads one data file; resolves undefined when there is no such file. */
export type DataReader = (path: string) => Promise<unknown>;

/** Thrown when a data file cannot be read (network down, a deploy removed it): the page shows a retry. */
export class DataUnavailable extends Error {
  constructor(path: string, detail: string) {
    super(`Could not load ${path}: ${detail}`);
    this.name = "DataUnavailable";
  }
}

async function fetchData(path: string): Promise<unknown> {
  const url = `${import.meta.env.BASE_URL}${DATA_FOLDER}${path}`;
  let response: Response;
  try {
    response = await fetch(url, { headers: { Accept: "application/json" } });
  } catch (error) {
    throw new DataUnavailable(path, (error as Error).message);
  }
  if (response.status === 404) return undefined;
  if (!response.ok || !response.headers.get("Content-Type")?.includes("json")) {
    throw new DataUnavailable(path, `HTTP ${response.status} ${response.headers.get("Content-Type") ?? ""}`);
  }
  return response.json();
}

let reader: DataReader = fetchData;
const cache = new Map<string, Promise<unknown>>();

/** Where data comes from: fetched by default; the prerenderer and the tests read it directly. */
export function setDataReader(next: DataReader): void {
  reader = next;
  cache.clear();
}

// One request per file per page load; a failed read is forgotten so that a retry fetches again.
// The files were written by our own build from validated content, so their shape is known.
function read<T>(path: string): Promise<T | undefined> {
  let pending = cache.get(path);
  if (!pending) {
    pending = reader(path);
    pending.catch(() => cache.delete(path));
    cache.set(path, pending);
  }
  return pending as Promise<T | undefined>;
}

async function readRequired<T>(path: string): Promise<T> {
  const value = await read<T>(path);
  if (value === undefined) throw new DataUnavailable(path, "missing");
  return value;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True for a string shaped like a release id (a URL-safe slug, at most 200 characters). */
export function isReleaseId(id: string): boolean {
  return id.length <= 200 && SLUG.test(id);
}

/** The release with this id, or undefined when there is none (asked of its id shard, never with a 404). */
export async function loadRelease(id: string): Promise<ReleaseFile | undefined> {
  if (!isReleaseId(id)) return undefined;
  const ids = await readRequired<IdShardFile>(dataPaths.idShard(idShard(id, ID_SHARDS)));
  return ids.includes(id) ? readRequired<ReleaseFile>(dataPaths.release(id)) : undefined;
}

export function loadCalendar(): Promise<CalendarFile> {
  return readRequired(dataPaths.calendar);
}

export function loadArchiveIndex(): Promise<ArchiveIndexFile> {
  return readRequired(dataPaths.archiveIndex);
}

export function loadArchiveChunk(n: number): Promise<ArchiveChunkFile> {
  return readRequired(dataPaths.archiveChunk(n));
}

/** The chunks of every meeting, by first day. */
export function loadMeetingIndex(): Promise<MeetingIndexFile> {
  return readRequired(dataPaths.meetingIndex);
}

/** Chunk n of the meetings, with the texts of one language. */
export function loadMeetingsChunk(lang: Lang, n: number): Promise<MeetingsChunkFile> {
  return readRequired(dataPaths.meetingsChunk(lang, n));
}

/** The chunks of every decision, by day, with their counts by topic and kind. */
export function loadDecisionIndex(): Promise<DecisionIndexFile> {
  return readRequired(dataPaths.decisionIndex);
}

/** Chunk n of the decisions, with the texts of one language. */
export function loadDecisionsChunk(lang: Lang, n: number): Promise<DecisionsChunkFile> {
  return readRequired(dataPaths.decisionsChunk(lang, n));
}
