import { Link } from "react-router";
import { DayRange } from "../../components/day-range.tsx";
import type { Lang } from "../../content/vocabulary.ts";
import { useLang, useT } from "../../i18n/index.ts";
import { paths } from "../../lib/paths.ts";
import type { ExcerptPart } from "./excerpt.ts";
import type { Hit, Place } from "./search-engine.ts";

/** An excerpt as text, its matched words in <mark>: never HTML from the index. */
export function Excerpt({ parts }: { parts: ExcerptPart[] }) {
  return (
    <>
      {parts.map((part, n) =>
        part.mark ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one excerpt never move
          <mark key={n}>{part.text}</mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

function placeHref(hit: Hit, place: Place): string {
  const release = paths.release(hit.lang, hit.id);
  return place.id ? `${release}#${encodeURIComponent(place.id)}` : release;
}

/** The releases found, as a list of links: each its title, days, who wrote it, and its matching places. */
export function SearchResults({ hits }: { hits: Hit[] }) {
  const lang = useLang();
  const t = useT();
  return (
    <ol className="search-results" aria-labelledby="search-results-heading">
      {hits.map((hit) => {
        const own = hit.lang === lang;
        const other: { lang?: Lang; hrefLang?: Lang } = own ? {} : { lang: hit.lang, hrefLang: hit.lang };
        return (
          <li key={`${hit.lang}/${hit.id}`} className="search-result">
            <h3>
              <Link to={paths.release(hit.lang, hit.id)} {...other}>
                {hit.title}
              </Link>
            </h3>
            <p className="search-result-about">
              {hit.when && <DayRange start={hit.days[0]} end={hit.days[1]} parts={hit.when} />}
              <span>{t(`provenance.kind.${hit.provenance}`)}</span>
              {!own && <span>{t("search.inLanguage", { lang: hit.langName })}</span>}
            </p>
            {hit.places.length > 0 && (
              <ul className="search-places">
                {hit.places.map((place) => (
                  <li key={place.id ?? "top"}>
                    <Link to={placeHref(hit, place)} {...other}>
                      <span className="search-place-kind">{t(`search.place.${place.kind}`)}</span>{" "}
                      <span className="search-excerpt">
                        <Excerpt parts={place.excerpt} />
                      </span>
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/** Said when nothing matches, with a way to drop the filters and keep the words. */
export function NoResults({ q, filtered, clearFilters }: { q: string; filtered: boolean; clearFilters: string }) {
  const t = useT();
  return (
    <section className="empty" aria-labelledby="empty-heading">
      <h2 id="empty-heading">{t("search.none.heading")}</h2>
      <p>
        {t("search.none.text", { q })}{" "}
        {filtered && (
          <Link to={{ search: clearFilters }} preventScrollReset>
            {t("search.none.clearFilters")}
          </Link>
        )}
      </p>
    </section>
  );
}
