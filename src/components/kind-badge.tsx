import type { DecisionKind } from "../content/vocabulary.ts";
import { useT } from "../i18n/index.ts";

/** The kind of an outcome (approved, agreed, decided, announced, stated, discussed) as a badge. */
export function KindBadge({ kind }: { kind: DecisionKind }) {
  const t = useT();
  return <span className={`badge badge-${kind}`}>{t(`decisions.kind.${kind}`)}</span>;
}
