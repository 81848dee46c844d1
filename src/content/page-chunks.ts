// A page of a long list cut into chunk files, read without reading the whole list: the index's summaries
// count every chunk that lies wholly inside or outside the range; only the chunks at its edges, and those
// that hold the page, are fetched. A filter change costs the size of the page, not the size of the corpus.
import { overlaps, type Range } from "../lib/days.ts";
import type { ChunkSummary } from "./data-paths.ts";

/** One page of a list: the page shown (1 when the list is empty, never past the last), of how many. */
export type Page<T> = { items: T[]; page: number; pages: number; total: number };

export type ChunkedList<T> = {
  chunks: ChunkSummary[];
  /** Reads chunk n. */
  read: (n: number) => Promise<T[]>;
  /** An item's first and last day. */
  days: (t: T) => [string, string];
};

export type ChunkQuery<T> = {
  range: Range;
  /** The filters other than the dates: the test for one item, and its count for a chunk from the summary. */
  keep?: { item: (t: T) => boolean; count: (c: ChunkSummary) => number };
  /** The page asked for, from 1; a page past the last gives the last. */
  page: number;
  size: number;
  newestFirst?: boolean;
};

/** The page asked for of the items whose days touch the range (inclusive) and that `keep` keeps. */
export async function pageChunks<T>(list: ChunkedList<T>, query: ChunkQuery<T>): Promise<Page<T>> {
  const { range } = query;
  const touches = (t: T) => overlaps(...list.days(t), range);
  const keep = query.keep;
  const matches = keep ? (t: T) => touches(t) && keep.item(t) : touches;

  // Exact counts: from the summary where a chunk lies wholly inside the range, by reading it at the edges.
  const counts = new Array<number>(list.chunks.length).fill(0);
  const read = new Map<number, T[]>();
  const edges: number[] = [];
  list.chunks.forEach((c, n) => {
    const kept = keep ? keep.count(c) : c.n;
    // None of its items can touch the range when even the earliest start and the latest end miss it;
    // all of them do when even the latest start and the earliest end touch it.
    if (kept === 0 || !overlaps(c.start[0], c.end[1], range)) return;
    if (overlaps(c.start[1], c.end[0], range)) counts[n] = kept;
    else edges.push(n);
  });
  await Promise.all(
    edges.map(async (n) => {
      const items = await list.read(n);
      read.set(n, items);
      counts[n] = items.filter(matches).length;
    }),
  );
  const total = counts.reduce((a, b) => a + b, 0);
  const pages = Math.max(1, Math.ceil(total / query.size));
  const page = Math.min(Math.max(1, Math.floor(query.page)), pages);

  // The chunks that hold the page, and how many of their matches come before it.
  const order = list.chunks.map((_, n) => n);
  if (query.newestFirst) order.reverse();
  let skip = (page - 1) * query.size;
  let wanted = query.size;
  const holding: { n: number; skip: number }[] = [];
  for (const n of order) {
    const count = counts[n] ?? 0;
    if (wanted <= 0) break;
    if (count === 0) continue;
    if (skip >= count) {
      skip -= count;
      continue;
    }
    holding.push({ n, skip });
    wanted -= count - skip;
    skip = 0;
  }
  await Promise.all(holding.filter((h) => !read.has(h.n)).map(async (h) => read.set(h.n, await list.read(h.n))));
  const items: T[] = [];
  const step = query.newestFirst ? -1 : 1;
  for (const h of holding) {
    const chunk = read.get(h.n) ?? [];
    let seen = 0;
    for (let i = query.newestFirst ? chunk.length - 1 : 0; i >= 0 && i < chunk.length && items.length < query.size; i += step) {
      const item = chunk[i] as T;
      if (!matches(item)) continue;
      if (seen++ >= h.skip) items.push(item);
    }
  }
  return { items, page, pages, total };
}
