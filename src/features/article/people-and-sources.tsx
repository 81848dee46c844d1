import { ExternalLink } from "../../components/links.tsx";
import { LocalText } from "../../components/local-text.tsx";
import type { Person, Source } from "../../content/schema.ts";
import { useLang, useT } from "../../i18n/index.ts";

export function People({ people }: { people: Person[] }) {
  const t = useT();
  if (people.length === 0) return null;
  return (
    <section className="people" aria-labelledby="people-heading">
      <h2 id="people-heading">{t("article.people")}</h2>
      <ul>
        {people.map((p) => (
          <li key={p.id} id={`person-${p.id}`}>
            <LocalText as="strong" text={p.name} />, <LocalText text={p.role} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The release's sources; `languages` names their languages in the page's language. */
export function Sources({ sources, languages }: { sources: Source[]; languages: Record<string, string> }) {
  const lang = useLang();
  const t = useT();
  return (
    <section className="sources" aria-labelledby="sources-heading">
      <h2 id="sources-heading">{t("article.sources")}</h2>
      <ul>
        {sources.map((s) => (
          <li key={s.id} id={`source-${s.id}`}>
            <ExternalLink href={s.url} hrefLang={s.lang}>
              {s.title ? <span lang={s.lang === lang ? undefined : s.lang}>{s.title}</span> : s.url}
            </ExternalLink>
            <span className="source-meta">
              {" "}
              — <LocalText text={s.publisher} />, {t("article.sourceLanguage", { lang: languages[s.lang] ?? s.lang })}
              {s.thirdParty && <>, {t("article.thirdParty")}</>}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
