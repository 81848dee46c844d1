// The language's feeds: advertised in <head> for feed readers, and a visible link for readers.
import type { Lang } from "../content/vocabulary.ts";
import { useLang, useT } from "../i18n/index.ts";
import { absoluteUrl } from "../lib/urls.ts";

/** Where a language's feeds are, under the site's base (written by the build: scripts/site-files.ts). */
export const feedHref = {
  atom: (lang: Lang) => `${import.meta.env.BASE_URL}${lang}/feed.xml`,
  json: (lang: Lang) => `${import.meta.env.BASE_URL}${lang}/feed.json`,
};

/** `<link rel="alternate">` to the page language's Atom and JSON feeds; React puts them in <head>. */
export function FeedLinks() {
  const lang = useLang();
  const t = useT();
  return (
    <>
      <link
        rel="alternate"
        type="application/atom+xml"
        hrefLang={lang}
        title={t("feeds.atomTitle")}
        href={absoluteUrl(`/${lang}/feed.xml`)}
      />
      <link
        rel="alternate"
        type="application/feed+json"
        hrefLang={lang}
        title={t("feeds.jsonTitle")}
        href={absoluteUrl(`/${lang}/feed.json`)}
      />
    </>
  );
}

/** « S’abonner » / "Subscribe": the Atom feed, and the JSON one beside it. */
export function SubscribeLinks({ className }: { className?: string }) {
  const lang = useLang();
  const t = useT();
  return (
    <p className={className}>
      <a href={feedHref.atom(lang)} type="application/atom+xml" className="subscribe-link">
        {t("feeds.subscribe")}
      </a>{" "}
      <span className="feed-formats">
        ({t("feeds.atom")} ·{" "}
        <a href={feedHref.json(lang)} type="application/feed+json">
          {t("feeds.json")}
        </a>
        )
      </span>
    </p>
  );
}
