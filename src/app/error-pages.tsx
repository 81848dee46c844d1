import { isRouteErrorResponse, Link, useRouteError } from "react-router";
import { i18n, useLang, useT } from "../i18n/index.ts";
import { LANGS, preferredLang } from "../lib/lang.ts";
import { paths } from "../lib/paths.ts";

type NotFoundData = { kind: "release"; id: string };

function isNotFoundData(value: unknown): value is NotFoundData {
  return typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "release";
}

/** A page that does not exist, in the reader's language, with a way back. */
export function NotFound({ detail }: { detail?: NotFoundData }) {
  const lang = useLang();
  const t = useT();
  return (
    <div className="page-message">
      <title>{`${t("notFound.title")} — ${t("site.titleSuffix")}`}</title>
      <h1 id="page-title" tabIndex={-1}>
        {t("notFound.title")}
      </h1>
      <p>{detail ? t("notFound.release", { id: detail.id }) : t("notFound.body")}</p>
      <p>
        <Link to={paths.archive(lang)}>{t("notFound.back")}</Link>
      </p>
    </div>
  );
}

/** Errors below the layout: a 404 or a failed load, shown inside the page shell. */
export function PageErrorBoundary() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return <NotFound detail={isNotFoundData(error.data) ? error.data : undefined} />;
  }
  return <LoadError />;
}

function LoadError() {
  const lang = useLang();
  const t = useT();
  return (
    <div className="page-message" role="alert">
      <title>{`${t("error.title")} — ${t("site.titleSuffix")}`}</title>
      <h1 id="page-title" tabIndex={-1}>
        {t("error.title")}
      </h1>
      <p>{t("error.body")}</p>
      <p className="actions">
        <button type="button" onClick={() => window.location.reload()}>
          {t("error.retry")}
        </button>
        <a href={paths.archive(lang)}>{t("error.back")}</a>
      </p>
    </div>
  );
}

/** Last resort, when the shell itself fails: plain, in the reader's preferred language. */
export function RootErrorBoundary() {
  const lang = preferredLang();
  const t = i18n.getFixedT(lang);
  return (
    <main id="main" className="page-message" lang={lang}>
      <h1>{t("error.title")}</h1>
      <p>{t("error.body")}</p>
      <p className="actions">
        <button type="button" onClick={() => window.location.reload()}>
          {t("error.retry")}
        </button>
        <a href={paths.archive(lang)}>{t("error.back")}</a>
      </p>
    </main>
  );
}

/** Shown while the first page's data loads (client-only start); prerendered pages skip it. */
export function InitialLoad() {
  return null;
}

/** `/`: normally redirected at once to the reader's language; without JavaScript, a choice of both. */
export function LanguageChoice() {
  return (
    <main id="main" className="page-message language-choice">
      <h1>Communiqué</h1>
      <ul>
        {LANGS.map((lang) => (
          <li key={lang} lang={lang}>
            <a href={paths.archive(lang)} hrefLang={lang}>
              {i18n.getFixedT(lang)("site.tagline")}
            </a>
          </li>
        ))}
      </ul>
    </main>
  );
}
