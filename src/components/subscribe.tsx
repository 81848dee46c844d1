// The language's feeds: advertised in <head> for feed readers, and a visible link for readers.
import { useLang, useT } from "../i18n/index.ts";
import { paths } from "../lib/paths.ts";
import { absoluteUrl } from "../lib/urls.ts";

/** A feed's address under the site's base: a plain link, the file is not a page of the app. */
const underBase = (path: string) => `${import.meta.env.BASE_URL}${path.slice(1)}`;

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
        href={absoluteUrl(paths.atomFeed(lang))}
      />
      <link
        rel="alternate"
        type="application/feed+json"
        hrefLang={lang}
        title={t("feeds.jsonTitle")}
        href={absoluteUrl(paths.jsonFeed(lang))}
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
      <a href={underBase(paths.atomFeed(lang))} type="application/atom+xml" className="subscribe-link">
        {t("feeds.subscribe")}
      </a>{" "}
      <span className="feed-formats">
        ({t("feeds.atom")} ·{" "}
        <a href={underBase(paths.jsonFeed(lang))} type="application/feed+json">
          {t("feeds.json")}
        </a>
        )
      </span>
    </p>
  );
}
