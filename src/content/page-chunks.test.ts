import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, type Range } from "../lib/days.ts";
import { chunkList } from "./data-files.ts";
import { pageChunks } from "./page-chunks.ts";

type Item = { start: string; end: string; tag: number };

const day = (n: number) => addDays("2023-01-01", n);

/** A list as the build writes it: sorted by first day, cut into chunks with their summaries. */
function list(items: Item[], size: number) {
  const sorted = [...items].sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.tag - b.tag);
  const { chunks, summaries } = chunkList(
    sorted,
    size,
    (t) => [t.start, t.end],
    (c) => [0, 1, 2].map((k) => c.filter((t) => t.tag === k).length),
  );
  const reads: number[] = [];
  return {
    sorted,
    reads,
    list: {
      chunks: summaries,
      days: (t: Item): [string, string] => [t.start, t.end],
      read: async (n: number) => {
        reads.push(n);
        return chunks[n] ?? [];
      },
    },
  };
}

/** The reference: the whole list filtered, then cut at the page (a page past the last gives the last). */
function paginate<T>(items: T[], page: number, size: number) {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const at = Math.min(page, pages);
  return { items: items.slice((at - 1) * size, at * size), page: at, pages, total: items.length };
}

const touches = (t: Item, r: Range) => (!r.to || t.start <= r.to) && (!r.from || t.end >= r.from);

const itemArb = fc
  .record({ start: fc.integer({ min: 0, max: 60 }), span: fc.integer({ min: 0, max: 3 }), tag: fc.integer({ min: 0, max: 2 }) })
  .map(({ start, span, tag }): Item => ({ start: day(start), end: day(start + span), tag }));
const rangeArb = fc
  .record({ from: fc.option(fc.integer({ min: -5, max: 65 })), length: fc.option(fc.integer({ min: 0, max: 40 })) })
  .map(({ from, length }): Range => {
    const r: Range = {};
    if (from !== null) r.from = day(from);
    if (length !== null) r.to = day((from ?? 0) + length);
    return r;
  });

describe("a page of a list cut into chunks", () => {
  it("is the page that filtering the whole list, then paging it, gives", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(itemArb, { maxLength: 120 }),
        fc.integer({ min: 1, max: 17 }),
        rangeArb,
        fc.option(fc.integer({ min: 0, max: 2 })),
        fc.integer({ min: 1, max: 6 }),
        fc.boolean(),
        async (items, chunkSize, range, tag, page, newestFirst) => {
          const { sorted, list: chunked } = list(items, chunkSize);
          const keep =
            tag === null ? undefined : { item: (t: Item) => t.tag === tag, count: (c: { counts?: number[] }) => c.counts?.[tag] ?? 0 };
          const result = await pageChunks(chunked, { range, keep, page, size: 5, newestFirst });
          const all = sorted.filter((t) => touches(t, range) && (tag === null || t.tag === tag));
          const expected = paginate(newestFirst ? [...all].reverse() : all, page, 5);
          expect(result).toEqual(expected);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("reads only the chunks at the range's edges and those holding the page", async () => {
    const items = Array.from(
      { length: 10_000 },
      (_, i): Item => ({ start: day(Math.floor(i / 4)), end: day(Math.floor(i / 4)), tag: i % 3 }),
    );
    const { reads, list: chunked } = list(items, 100);
    const range = { from: day(500), to: day(1500) };
    const result = await pageChunks(chunked, { range, page: 3, size: 20, newestFirst: true });
    expect(result.total).toBe(4004);
    expect(result.items[0]?.start).toBe(day(1500 - 10));
    expect(reads.length).toBeLessThanOrEqual(3);
  });
});
