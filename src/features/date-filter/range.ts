// The date-range filter's rules: the URL (?from=YYYY-MM-DD&to=YYYY-MM-DD, either optional) in and out,
// and which items a range keeps. Forgiving and honest: what it cannot use is reported, never dropped silently.
import { isCalendarDay } from "../../lib/days.ts";

/** Inclusive calendar days; either end may be open. */
export type Range = { from?: string; to?: string };

export type RangeParam = "from" | "to";

/** Something in the URL the filter could not use as given. */
export type RangeProblem =
  | { kind: "invalid"; param: RangeParam; value: string }
  | { kind: "impossible"; param: RangeParam; value: string }
  | { kind: "repeated"; param: RangeParam }
  | { kind: "reversed"; from: string; to: string };

export type ParsedRange = { range: Range; problems: RangeProblem[] };

const SHAPE = /^\d{4}-\d{2}-\d{2}$/;
// Echoed values are cut short: a URL may carry anything.
const MAX_ECHO = 40;

function clip(value: string): string {
  return value.length > MAX_ECHO ? `${value.slice(0, MAX_ECHO)}…` : value;
}

function parseDay(params: URLSearchParams, param: RangeParam, problems: RangeProblem[]): string | undefined {
  const values = params.getAll(param);
  if (values.length > 1) problems.push({ kind: "repeated", param });
  const value = (values[0] ?? "").trim();
  if (value === "") return undefined;
  if (!SHAPE.test(value)) {
    problems.push({ kind: "invalid", param, value: clip(value) });
    return undefined;
  }
  if (!isCalendarDay(value)) {
    problems.push({ kind: "impossible", param, value });
    return undefined;
  }
  return value;
}

/** Reads the range from a query string; never throws. A reversed range is turned round and reported. */
export function parseRange(params: URLSearchParams): ParsedRange {
  const problems: RangeProblem[] = [];
  let from = parseDay(params, "from", problems);
  let to = parseDay(params, "to", problems);
  if (from && to && from > to) {
    problems.push({ kind: "reversed", from, to });
    [from, to] = [to, from];
  }
  const range: Range = {};
  if (from) range.from = from;
  if (to) range.to = to;
  return { range, problems };
}

/** The query string for a range, other parameters kept (a new range starts again at page 1). */
export function withRange(params: URLSearchParams, range: Range): string {
  const next = new URLSearchParams(params);
  next.delete("from");
  next.delete("to");
  next.delete("page");
  if (range.from) next.set("from", range.from);
  if (range.to) next.set("to", range.to);
  const search = next.toString();
  return search ? `?${search}` : "";
}

/** True when the days start..end (inclusive) touch the range. */
export function overlaps(start: string, end: string, range: Range): boolean {
  return (range.to === undefined || start <= range.to) && (range.from === undefined || end >= range.from);
}

export function isOpen(range: Range): boolean {
  return range.from === undefined && range.to === undefined;
}
