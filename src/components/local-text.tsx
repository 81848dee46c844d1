// Renders a localised text in the page language. A fragment written in another language carries its own
// `lang`; a text missing in the page language shows the other language's text with a notice, never a blank.
import type { ElementType, ReactNode } from "react";
import type { Localised } from "../content/schema.ts";
import { type Lang, otherLang } from "../content/vocabulary.ts";
import { useLang, useT } from "../i18n/index.ts";
import { languageName } from "../lib/dates.ts";

export type Picked = { text: string; lang: Lang; missing: boolean };

/** The text to show for `lang`: its own, or the other language's when it is marked missing. */
export function pick(value: Localised, lang: Lang): Picked {
  const own = value[lang];
  const missing = own === null;
  const slot: Lang = missing ? otherLang(lang) : lang;
  // The schema guarantees that at least one language holds a text.
  const text = (missing ? value[slot] : own) ?? "";
  return typeof text === "string" ? { text, lang: slot, missing } : { text: text.text, lang: text.lang, missing };
}

/** Plain string of a localised text, for attributes and document titles. */
export function pickText(value: Localised, lang: Lang): string {
  return pick(value, lang).text;
}

type Props = {
  text: Localised;
  /** Element to render: inline ones get an inline notice, block ones a notice paragraph above. */
  as?: ElementType;
  className?: string;
  id?: string;
  tabIndex?: number;
  children?: (text: string) => ReactNode;
};

const BLOCK = new Set(["p", "div", "blockquote", "h1", "h2", "h3"]);

export function LocalText({ text, as: Tag = "span", className, id, tabIndex, children }: Props) {
  const lang = useLang();
  const t = useT();
  const v = pick(text, lang);
  const body = (
    <Tag id={id} className={className} tabIndex={tabIndex} lang={v.lang === lang ? undefined : v.lang}>
      {children ? children(v.text) : v.text}
    </Tag>
  );
  if (!v.missing) return body;
  const other = languageName(v.lang, lang);
  if (typeof Tag === "string" && BLOCK.has(Tag)) {
    return (
      <>
        <p className="missing-note" role="note">
          {t("article.missingText", { lang: other })}
        </p>
        {body}
      </>
    );
  }
  return (
    <>
      {body} <small className="missing-note">({t("article.missingInline", { lang: other })})</small>
    </>
  );
}
