// The decisions view's own filters, read from the URL: ?topic= and ?kind=. An unknown value is reported
// (cut short: a URL may carry anything) and the filter left open.
import { DECISION_KINDS, type DecisionKind, TOPICS, type Topic } from "../../content/vocabulary.ts";

export type ListFilters = { topic?: Topic; kind?: DecisionKind; unknown: { topic?: string; kind?: string } };

function isKind(value: string): value is DecisionKind {
  return (DECISION_KINDS as readonly string[]).includes(value);
}

function isTopic(value: string): value is Topic {
  return (TOPICS as readonly string[]).includes(value);
}

function clip(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

export function parseListFilters(params: URLSearchParams): ListFilters {
  const rawTopic = params.get("topic") ?? "";
  const rawKind = params.get("kind") ?? "";
  const filters: ListFilters = { unknown: {} };
  if (isTopic(rawTopic)) filters.topic = rawTopic;
  else if (rawTopic) filters.unknown.topic = clip(rawTopic);
  if (isKind(rawKind)) filters.kind = rawKind;
  else if (rawKind) filters.unknown.kind = clip(rawKind);
  return filters;
}
