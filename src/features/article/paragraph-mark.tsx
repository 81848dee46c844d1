import { announce } from "../../components/live-region.tsx";
import { useT } from "../../i18n/index.ts";

/** ¶ n in the margin: a link to the paragraph's #fragment, and a button that copies that link's address. */
export function ParagraphMark({ id, n }: { id: string; n: number }) {
  const t = useT();
  const copy = async () => {
    // The page's own address (the view, the base path) with the paragraph's fragment.
    const url = new URL(`#${encodeURIComponent(id)}`, window.location.href).href;
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
