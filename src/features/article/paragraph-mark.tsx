import { useHref } from "react-router";
import { announce } from "../../components/live-region.tsx";
import { type LocalePart, useT } from "../../i18n/index.ts";

/** The paragraph numbers' words: loaded by the views that number paragraphs (the article, side by side). */
export const PARAGRAPH_STRINGS: LocalePart = {
  name: "paragraph",
  fr: () => import("../../i18n/locales/parts/paragraph.fr.json"),
  en: () => import("../../i18n/locales/parts/paragraph.en.json"),
};

/** ¶ n in the margin: a link to the paragraph's #fragment, and a button that copies that link's address. */
export function ParagraphMark({ id, n }: { id: string; n: number }) {
  const t = useT();
  // This page's address (the view, under the site's base path), without its query.
  const page = useHref(".");
  const copy = async () => {
    const url = `${window.location.origin}${page}#${encodeURIComponent(id)}`;
    try {
      await navigator.clipboard.writeText(url);
      announce(t("paragraph.copied", { n }));
    } catch {
      // No clipboard (an insecure page, an old browser) or permission refused: say so, and where the link is.
      announce(t("paragraph.refused", { n }));
    }
  };
  return (
    <div className="para-mark">
      <a className="para-number" href={`#${encodeURIComponent(id)}`} aria-label={t("paragraph.number", { n })}>
        ¶{"\u00a0"}
        {n}
      </a>
      <button type="button" className="copy-link" aria-label={t("paragraph.copyLabel", { n })} onClick={() => void copy()}>
        {t("paragraph.copy")}
      </button>
    </div>
  );
}
