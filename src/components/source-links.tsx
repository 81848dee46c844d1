import { useT } from "../i18n/index.ts";
import { ExternalLink } from "./external-link.tsx";

export type SourceRef = { publisher: string; url: string; thirdParty: boolean };

/** "Sources: NATO, Ukrinform via MENAFN (third party)" — each a link to the page itself. */
export function SourceLinks({ sources, className }: { sources: SourceRef[]; className?: string }) {
  const t = useT();
  if (sources.length === 0) return null;
  return (
    <p className={className}>
      {t("article.sourcesLabel")}{" "}
      {sources.map((s, i) => (
        <span key={s.url}>
          {i > 0 && ", "}
          <ExternalLink href={s.url}>{s.publisher}</ExternalLink>
          {s.thirdParty && ` (${t("article.thirdParty")})`}
        </span>
      ))}
    </p>
  );
}

/** The sources with these ids, in the order given. */
export function pickSources<S extends { id: string }>(all: S[], ids: string[] | undefined): S[] {
  return (ids ?? []).flatMap((id) => all.find((s) => s.id === id) ?? []);
}
