// A listing's URL (?from=&to=&page=, and on the decisions &topic=&kind=) read once into the question the
// content answers and one list of problems, each reported next to the filter in the reader's language.
// Forgiving and honest: what it understands is applied and written back canonically (YYYY-MM-DD), what it
// cannot use is named, never dropped silently.
import type { TFunction } from "i18next";
import { replace } from "react-router";
import type { DecisionQuery, Page } from "../../content/queries.ts";
import { isDecisionKind, isTopic, type Lang } from "../../content/vocabulary.ts";
import { formatDay, formatDayRange } from "../../lib/dates.ts";
import type { Range } from "../../lib/days.ts";
import { appPath } from "../../lib/paths.ts";
import { clip, isolate } from "../../lib/text.ts";
import { type ParsedDate, parseDate } from "./parse-date.ts";

export type DateParam = "from" | "to";

/** Something in the URL the listing could not use as given. */
export type ListingProblem =
  | { kind: "invalid" | "impossible"; param: DateParam; value: string }
  | { kind: "repeated"; param: string }
  | { kind: "reversed"; from: string; to: string }
  | { kind: "unknownTopic" | "unknownKind" | "badPage"; value: string }
  | { kind: "pageTooFar"; value: number; last: number };

export type ListingQuery = DecisionQuery & {
  problems: ListingProblem[];
  /** What the date fields show: the day applied, or what the reader wrote when it could not be read. */
  fields: Record<DateParam, string>;
};

/** The listing's question and problems, and the query string that writes it canonically. */
export type ReadListing = { query: ListingQuery; canonical: string };

const PAGE = /^[1-9]\d{0,8}$/;

/** The first value of a parameter, a repeat reported. */
function first(params: URLSearchParams, name: string, problems: ListingProblem[]): string {
  const values = params.getAll(name);
  if (values.length > 1) problems.push({ kind: "repeated", param: clip(name) });
  return (values[0] ?? "").trim();
}

function readDate(value: string, param: DateParam, problems: ListingProblem[]): Extract<ParsedDate, { ok: true }> | undefined {
  if (value === "") return undefined;
  const parsed = parseDate(value);
  if (parsed.ok) return parsed;
  problems.push({ kind: parsed.problem, param, value: clip(value) });
  return undefined;
}

/**
 * Reads a listing's parameters; never throws. `filters` is true where topic and kind apply (the
 * decisions). A month or a year means the whole period: its first day in "from", its last in "to".
 */
export function readListing(params: URLSearchParams, { filters = false }: { filters?: boolean } = {}): ReadListing {
  const problems: ListingProblem[] = [];
  const raw = { from: first(params, "from", problems), to: first(params, "to", problems) };
  const from = readDate(raw.from, "from", problems);
  const to = readDate(raw.to, "to", problems);
  const range: Range = {};
  if (from) range.from = from.first;
  if (to) range.to = to.last;
  const reversed = from !== undefined && to !== undefined && from.first > to.last;
  if (reversed) {
    problems.push({ kind: "reversed", from: from.first, to: to.last });
    range.from = to.first;
    range.to = from.last;
  }

  const rawPage = first(params, "page", problems);
  let page = 1;
  if (PAGE.test(rawPage)) page = Number(rawPage);
  else if (rawPage !== "") problems.push({ kind: "badPage", value: clip(rawPage) });

  const fields = { from: range.from ?? clip(raw.from), to: range.to ?? clip(raw.to) };
  const query: ListingQuery = { range, page, problems, fields };
  if (filters) {
    const topic = first(params, "topic", problems);
    const kind = first(params, "kind", problems);
    if (isTopic(topic)) query.topic = topic;
    else if (topic) problems.push({ kind: "unknownTopic", value: clip(topic) });
    if (isDecisionKind(kind)) query.kind = kind;
    else if (kind) problems.push({ kind: "unknownKind", value: clip(kind) });
  }

  // Canonical: empty parameters dropped, a date understood written YYYY-MM-DD. A value with a problem (a
  // repeat, a reversed range, what could not be read) stays as it was, so that a reload reports it again.
  const canonical = new URLSearchParams();
  for (const [name, value] of params) {
    const single = params.getAll(name).length === 1;
    if (single && value.trim() === "" && ["from", "to", "page", "topic", "kind"].includes(name)) continue;
    if (name === "from" && from && single && !reversed) canonical.append(name, from.first);
    else if (name === "to" && to && single && !reversed) canonical.append(name, to.last);
    else canonical.append(name, value);
  }
  return { query, canonical: canonical.toString() };
}

/** The listing's problems, with the one the page shows: a page past the last is reported. */
export function listingProblems(query: ListingQuery, result: Pick<Page<unknown>, "page" | "pages">): ListingProblem[] {
  return query.page > result.pages ? [...query.problems, { kind: "pageTooFar", value: query.page, last: result.pages }] : query.problems;
}

/** A problem as the reader reads it, in their language. */
export function describeProblem(p: ListingProblem, lang: Lang, t: TFunction): string {
  switch (p.kind) {
    case "invalid":
    case "impossible":
      return t(`filter.problem.${p.kind}`, { value: isolate(p.value), field: t(`filter.${p.param}`) });
    case "reversed":
      return t("filter.problem.reversed", { from: formatDay(p.from, lang), to: formatDay(p.to, lang) });
    case "repeated":
      return t("filter.problem.repeated", { param: isolate(p.param) });
    case "pageTooFar":
      return t("filter.problem.pageTooFar", { value: p.value, last: p.last });
    default:
      return t(`filter.problem.${p.kind}`, { value: isolate(p.value) });
  }
}

/** The days applied, in words: "14–15 février 2023", "since 1 June 2023", "all dates". */
export function describeRange(range: Range, lang: Lang, t: TFunction): string {
  if (range.from && range.to) return formatDayRange(range.from, range.to, lang);
  if (range.from) return t("filter.echo.since", { from: formatDay(range.from, lang) });
  if (range.to) return t("filter.echo.until", { to: formatDay(range.to, lang) });
  return t("filter.echo.all");
}

/** The query string for a range, other parameters kept (a new range starts again at page 1). */
export function withRange(search: string, range: Range): string {
  const next = new URLSearchParams(search);
  next.delete("from");
  next.delete("to");
  next.delete("page");
  if (range.from) next.set("from", range.from);
  if (range.to) next.set("to", range.to);
  const s = next.toString();
  return s ? `?${s}` : "";
}

/**
 * A listing loader's query, from its request. An address that is not canonical (a link with 15/02/2023 in
 * it, an empty parameter) is replaced by the canonical one, so that it always reads YYYY-MM-DD; replaced,
 * not pushed, so that Back does not lead to it again. (The filter form submits canonically already.) The
 * request has no #fragment: the address opened keeps its own (a shared link to a month).
 */
export function listingQueryOf(request: Request, options: { filters?: boolean } = {}): ListingQuery {
  const url = new URL(request.url);
  const { query, canonical } = readListing(url.searchParams, options);
  if (canonical === url.searchParams.toString()) return query;
  const opened = typeof window !== "undefined" && window.location.href.split("#")[0] === url.href ? window.location.hash : "";
  throw replace(`${appPath(url.pathname)}${canonical ? `?${canonical}` : ""}${opened}`);
}
