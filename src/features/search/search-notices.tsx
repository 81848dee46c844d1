import { Link } from "react-router";
import { useLang, useT } from "../../i18n/index.ts";
import { paths } from "../../lib/paths.ts";

/** What the page says before a search: how to search. */
export function SearchGuide() {
  const t = useT();
  return (
    <section className="search-guide" aria-labelledby="search-guide-heading">
      <h2 id="search-guide-heading">{t("search.guide.heading")}</h2>
      <ul>
        <li>{t("search.guide.words")}</li>
        <li>{t("search.guide.filters")}</li>
      </ul>
    </section>
  );
}

/**
 * Without JavaScript, said at the top of the page, before the field it makes useless, with where to look
 * instead. In the prerendered page; hidden once the app runs (styles.css).
 */
export function SearchNeedsScript() {
  const lang = useLang();
  const t = useT();
  return (
    <p className="search-needs-js">
      {t("search.noScript")} <Link to={paths.archive(lang)}>{t("search.noScriptArchive")}</Link>{" "}
      <Link to={paths.decisions(lang)}>{t("search.noScriptDecisions")}</Link>
    </p>
  );
}

/** Said instead of searching when every word is one every release holds, or when the query holds no word. */
export function NothingToSearch({ q, why }: { q: string; why: "stopWords" | "noWords" }) {
  const t = useT();
  return (
    <section className="empty" aria-labelledby="empty-heading">
      <h2 id="empty-heading">{t("search.stopWords.heading")}</h2>
      <p>{why === "stopWords" ? t("search.stopWords.text", { q }) : t("search.noWords", { q })}</p>
    </section>
  );
}

/** Said when the engine or its index could not be loaded; the rest of the page keeps working. */
export function SearchFailed({ retry }: { retry: () => void }) {
  const t = useT();
  return (
    <section className="search-failed" role="alert" aria-labelledby="search-failed-heading">
      <h2 id="search-failed-heading">{t("search.failed.heading")}</h2>
      <p>{t("search.failed.text")}</p>
      <button type="button" onClick={retry}>
        {t("search.failed.retry")}
      </button>
    </section>
  );
}
