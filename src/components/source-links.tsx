import type { SourceRef } from "../content/schema.ts";
import { useT } from "../i18n/index.ts";
import { ExternalLink } from "./links.tsx";
import { LocalText } from "./local-text.tsx";

/** "Sources: NATO, Ukrinform via MENAFN (third party)" — each a link to the page itself. Where two pages
 *  of one publisher would be two links named "NATO", a link also names its page: the page's title, when
 *  known, follows the publisher as hidden text in the page's language (for screen readers and link lists;
 *  the line on screen stays short, and the article lists the titles under Sources). */
export function SourceLinks({ sources, className }: { sources: SourceRef[]; className?: string }) {
  const t = useT();
  if (sources.length === 0) return null;
  return (
    <p className={className}>
      {t("article.sourcesLabel")}{" "}
      {sources.map((s, i) => (
        <span key={s.url}>
          {i > 0 && ", "}
          <ExternalLink href={s.url}>
            <LocalText text={s.publisher} />
            {s.title && (
              <span className="visually-hidden" lang={s.lang}>
                {`: ${s.title}`}
              </span>
            )}
          </ExternalLink>
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
