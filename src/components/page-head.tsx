// What a page tells search engines, feed readers and link previews about itself: its title and description, its one
// address, the same page in the other language, and a card. React puts these in <head>.
import { useLocation } from "react-router";
import { LANGS, type Lang, otherLang } from "../content/vocabulary.ts";
import { useLang, useT } from "../i18n/index.ts";
import { switchLang } from "../lib/paths.ts";
import { absoluteUrl } from "../lib/urls.ts";

const OG_LOCALE: Record<Lang, string> = { fr: "fr_FR", en: "en_GB" };

type Props = { title: string; description: string; type?: "website" | "article" };

export function PageHead({ title, description, type = "website" }: Props) {
  const lang = useLang();
  const t = useT();
  const { pathname } = useLocation();
  const inLang = (l: Lang) => switchLang({ pathname }, l);
  const here = absoluteUrl(pathname);
  // For no language in particular: the language choice for the archive, the English page otherwise.
  const xDefault = pathname === `/${lang}/` ? "/" : inLang("en");
  return (
    <>
      <title>{`${title} — ${t("site.titleSuffix")}`}</title>
      <meta name="description" content={description} />
      <link rel="canonical" href={here} />
      {LANGS.map((l) => (
        <link key={l} rel="alternate" hrefLang={l} href={absoluteUrl(inLang(l))} />
      ))}
      <link rel="alternate" hrefLang="x-default" href={absoluteUrl(xDefault)} />
      <meta property="og:type" content={type} />
      <meta property="og:site_name" content={t("site.name")} />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={description} />
      <meta property="og:url" content={here} />
      <meta property="og:locale" content={OG_LOCALE[lang]} />
      <meta property="og:locale:alternate" content={OG_LOCALE[otherLang(lang)]} />
      <meta name="twitter:card" content="summary" />
    </>
  );
}
