import type { Decision } from "../../content/schema.ts";
import { DECISION_KINDS, TOPICS, type Topic } from "../../content/vocabulary.ts";
import { compareDays } from "../../lib/days.ts";

const KIND_RANK = new Map(DECISION_KINDS.map((k, i) => [k, i]));
const TOPIC_RANK = new Map(TOPICS.map((k, i) => [k, i]));

/** Decisions grouped by topic (in the schema's order); within a topic, firmest outcome first, then by date. */
export function groupByTopic<D extends Pick<Decision, "topic" | "kind"> & { days: [string, string] }>(
  decisions: D[],
): { topic: Topic; decisions: D[] }[] {
  const groups = new Map<Topic, D[]>();
  for (const d of decisions) {
    const list = groups.get(d.topic);
    if (list) list.push(d);
    else groups.set(d.topic, [d]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (TOPIC_RANK.get(a) ?? 0) - (TOPIC_RANK.get(b) ?? 0))
    .map(([topic, list]) => ({
      topic,
      decisions: [...list].sort(
        (a, b) =>
          (KIND_RANK.get(a.kind) ?? 0) - (KIND_RANK.get(b.kind) ?? 0) ||
          compareDays(a.days[0], b.days[0]) ||
          compareDays(a.days[1], b.days[1]),
      ),
    }));
}
