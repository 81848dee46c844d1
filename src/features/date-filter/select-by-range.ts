// Range look-ups over lists sorted by first day: a binary search finds the window, so a filter change
// costs the size of the answer, not the size of the corpus.
import { addDays } from "../../lib/days.ts";
import type { Range } from "./range.ts";

function firstIndex<T>(sorted: T[], key: (t: T) => string, atLeast: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(sorted[mid] as T) < atLeast) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function afterIndex<T>(sorted: T[], key: (t: T) => string, atMost: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(sorted[mid] as T) <= atMost) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The window [lo, hi) of `sorted` (ascending by `start`) that can touch the range, and the test that
 * keeps exactly the items that do. `maxSpanDays` is the longest (end − start) in the list, so that an item
 * starting before `from` but ending inside it is found.
 */
export function rangeWindow<T>(
  sorted: T[],
  start: (t: T) => string,
  end: (t: T) => string,
  range: Range,
  maxSpanDays = 0,
): { lo: number; hi: number; touches: (t: T) => boolean } {
  const lo = range.from ? firstIndex(sorted, start, addDays(range.from, -maxSpanDays)) : 0;
  const hi = range.to ? afterIndex(sorted, start, range.to) : sorted.length;
  const from = range.from;
  return { lo, hi, touches: from ? (t) => end(t) >= from : () => true };
}

/** The items of `sorted` (ascending by `start`) whose days touch the range. */
export function selectByRange<T>(sorted: T[], start: (t: T) => string, end: (t: T) => string, range: Range, maxSpanDays = 0): T[] {
  const { lo, hi, touches } = rangeWindow(sorted, start, end, range, maxSpanDays);
  const out: T[] = [];
  for (let i = lo; i < hi; i++) {
    const item = sorted[i] as T;
    if (touches(item)) out.push(item);
  }
  return out;
}
