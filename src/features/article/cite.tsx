// « Citer ce communiqué » / "Cite this release": the citation the build wrote for the page's language (decision
// 0013), a copy button per form, the RIS and BibTeX files, and the head tags reference managers read.
import { useId, useRef, useState } from "react";
import { useLocation } from "react-router";
import { type CitationPart, citationMetaTags, citationText, newsArticleJsonLd } from "../../content/citation-meta.ts";
import type { ReleaseFile } from "../../content/data-paths.ts";
import { useLang, useT } from "../../i18n/index.ts";
import { paths } from "../../lib/paths.ts";
import { absoluteUrl } from "../../lib/urls.ts";

const FORMS = ["apa", "note", "bibliography"] as const;
type Form = (typeof FORMS)[number];

/** A file's address under the site's base: a plain link, the file is not a page of the app. */
const underBase = (path: string) => `${import.meta.env.BASE_URL}${path.slice(1)}`;

/** The Cite block of a release's page, and its citation metadata (meta tags hoisted into <head>, JSON-LD). */
export function Cite({ release }: { release: ReleaseFile }) {
  const lang = useLang();
  const t = useT();
  const { pathname } = useLocation();
  const url = absoluteUrl(pathname);
  const cite = release.shown[lang].cite;
  const { work } = cite;
  const [status, setStatus] = useState("");
  const texts = useRef(new Map<Form, HTMLElement>());
  const id = useId();

  async function copy(form: Form) {
    const label = t(`cite.form.${form}`);
    // Emptied first, so that copying the same form again is announced again.
    setStatus("");
    try {
      await navigator.clipboard.writeText(citationText(cite[form], url));
      setStatus(t("cite.copied", { form: label }));
    } catch {
      // Refused (permission, insecure context, no clipboard): select the text, so that the keyboard can copy it.
      const element = texts.current.get(form);
      const selection = window.getSelection();
      if (element && selection) selection.selectAllChildren(element);
      setStatus(t("cite.refused", { form: label }));
    }
  }

  return (
    <section className="cite" aria-labelledby={`${id}-heading`}>
      <link rel="schema.DC" href="http://purl.org/dc/elements/1.1/" />
      {citationMetaTags(work, url).map(([name, content]) => (
        <meta key={`${name} ${content}`} name={name} content={content} />
      ))}
      <script type="application/ld+json">{newsArticleJsonLd(work, url, absoluteUrl("/"))}</script>
      <h2 id={`${id}-heading`}>{t("cite.heading")}</h2>
      <p className="cite-who">
        {work.kind === "official" && t("cite.who.official", { author: work.author })}
        {work.kind === "translation" && t("cite.who.translation", { author: work.author, institution: work.basedOn[0]?.publisher ?? "" })}
        {work.kind === "digest" && t("cite.who.digest", { author: work.author })}
      </p>
      {FORMS.map((form) => (
        <div className="cite-form" key={form}>
          <h3>{t(`cite.form.${form}`)}</h3>
          <p
            className="cite-text"
            ref={(element) => {
              if (element) texts.current.set(form, element);
              else texts.current.delete(form);
            }}
          >
            <CitationParts parts={cite[form]} url={url} />
          </p>
          {/* Named with the form it copies; the visible word starts the name. */}
          <button
            type="button"
            className="cite-copy"
            aria-label={`${t("cite.copy")} ${t(`cite.form.${form}`)}`}
            onClick={() => void copy(form)}
          >
            {t("cite.copy")}
          </button>
        </div>
      ))}
      <p className="cite-files">
        {t("cite.files")}{" "}
        <a href={underBase(paths.ris(lang, release.id))} type="application/x-research-info-systems" download>
          {t("cite.ris")}
        </a>
        {", "}
        <a href={underBase(paths.bibtex(lang, release.id))} type="application/x-bibtex" download>
          {t("cite.bibtex")}
        </a>
      </p>
      <p className="cite-status" role="status">
        {status}
      </p>
    </section>
  );
}

function CitationParts({ parts, url }: { parts: CitationPart[]; url: string }) {
  return parts.map((part, i) => {
    // The parts never change order: their place is their identity.
    const key = String(i);
    if ("url" in part)
      return (
        <span key={key} className="cite-url">
          {url}
        </span>
      );
    return part.em ? <em key={key}>{part.text}</em> : <span key={key}>{part.text}</span>;
  });
}
