import { isRouteErrorResponse, Link, useRouteError } from "react-router";
import { LANGS, type Lang } from "../content/vocabulary.ts";
import { i18n, useLang, useT } from "../i18n/index.ts";
import { preferredLang } from "../lib/lang.ts";
import { paths } from "../lib/paths.ts";
import { clip, isolate } from "../lib/text.ts";

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
      <p>{detail ? t("notFound.release", { id: isolate(clip(detail.id)) }) : t("notFound.body")}</p>
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

/** A failed load inside the page shell: the page's own title and heading (focused on arrival), as any page. */
function LoadError() {
  const lang = useLang();
  const t = useT();
  return (
    <div className="page-message" role="alert">
      <title>{`${ERROR_TEXT[lang].title} — ${t("site.titleSuffix")}`}</title>
      <ErrorText lang={lang} heading={{ id: "page-title", tabIndex: -1 }} />
    </div>
  );
}

// Written here, not in the locale files: the last resort must show even when a language's strings could not be
// loaded (a failed chunk), and the page error says the same.
export const ERROR_TEXT = {
  fr: {
    title: "Impossible d’afficher cette page",
    body: "Une erreur est survenue pendant son chargement. Cela peut arriver juste après une mise à jour du site.",
    retry: "Réessayer",
    back: "Aller à la liste des communiqués",
  },
  en: {
    title: "This page could not be shown",
    body: "Something went wrong while loading it. This can happen just after the site is updated.",
    retry: "Try again",
    back: "Go to the list of releases",
  },
};

function ErrorText({ lang, heading }: { lang: Lang; heading?: { id: string; tabIndex: number } }) {
  const text = ERROR_TEXT[lang];
  return (
    <>
      <h1 {...heading}>{text.title}</h1>
      <p>{text.body}</p>
      <p className="actions">
        <button type="button" onClick={() => window.location.reload()}>
          {text.retry}
        </button>
        <Link to={paths.archive(lang)} reloadDocument>
          {text.back}
        </Link>
      </p>
    </>
  );
}

/** Last resort, when the shell itself fails: plain, in the reader's preferred language. */
export function RootErrorBoundary() {
  const lang = preferredLang();
  return (
    <main id="main" className="page-message" lang={lang}>
      <ErrorText lang={lang} />
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
            <Link to={paths.archive(lang)} hrefLang={lang}>
              {i18n.getFixedT(lang)("site.tagline")}
            </Link>
          </li>
        ))}
      </ul>
    </main>
  );
}
