import type { ReactNode } from "react";
import { Link } from "react-router";
import { ExternalLink } from "../../components/links.tsx";
import { pick, pickText } from "../../components/local-text.tsx";
import { pickSources, SourceLinks } from "../../components/source-links.tsx";
import type { ReleaseFile } from "../../content/data-paths.ts";
import type { Block } from "../../content/schema.ts";
import { type Lang, otherLang } from "../../content/vocabulary.ts";
import { useLang, useT } from "../../i18n/index.ts";
import { paths } from "../../lib/paths.ts";
import { type Cell, cells, pairBlocks } from "./pair-blocks.ts";

type Props = {
  release: ReleaseFile;
  /** What goes in a block's margin (its paragraph number), if anything. */
  mark?: (id: string) => ReactNode;
};

/**
 * The release in both languages, the page's language leading: what each language's text is, the titles,
 * then every body block beside itself in the other language. The DOM reads pair by pair, each cell with its `lang`.
 */
export function BilingualView({ release, mark }: Props) {
  const lang = useLang();
  const t = useT();
  const pairs = pairBlocks(release.body, lang);
  const [leadTitle, otherTitle] = cells(release.title, lang);
  return (
    <article className="bilingual">
      <header className="bilingual-header">
        <p className="kicker">{t("bilingual.kicker")}</p>
        <p className="view-switch">
          <Link to={paths.release(lang, release.id)}>{t("bilingual.back")}</Link>
        </p>
      </header>
      <div className="pair pair-heads">
        <ColumnHead release={release} slot={lang} />
        <ColumnHead release={release} slot={otherLang(lang)} />
      </div>
      <div className="pair pair-title">
        <PairCell release={release} cell={leadTitle}>
          {(text) => (
            <h1 id="page-title" tabIndex={-1} className="headline">
              {text}
            </h1>
          )}
        </PairCell>
        <PairCell release={release} cell={otherTitle}>
          {(text) => <p className="headline">{text}</p>}
        </PairCell>
      </div>
      {pairs.map(({ block, cells: [lead, other] }) => (
        <div key={block.id} id={block.id} data-anchor tabIndex={-1} className={`pair pair-${block.type}`}>
          {mark?.(block.id)}
          <PairCell release={release} cell={lead}>
            {(text, textLang) => <BlockText release={release} block={block} text={text} lang={textLang} slot={lead.slot} />}
          </PairCell>
          <PairCell release={release} cell={other}>
            {(text, textLang) => <BlockText release={release} block={block} text={text} lang={textLang} slot={other.slot} />}
          </PairCell>
          {/* A digest's paragraph rests on the same sources in both languages: named once, after the pair. */}
          {block.type === "paragraph" && <SourceLinks sources={pickSources(release.sources, block.sources)} className="pair-sources" />}
        </div>
      ))}
    </article>
  );
}

/** Which language this is and what its text is (official, our translation, our digest), with where it comes from. */
function ColumnHead({ release, slot }: { release: ReleaseFile; slot: Lang }) {
  const lang = useLang();
  const t = useT();
  const own = release.provenance[slot];
  const institution = pickText(release.institution, lang);
  const languages = release.shown[lang].languages;
  const official = own.kind === "translation" ? release.provenance[own.from] : own;
  return (
    <div className={`cell column-head provenance-${own.kind} ${slot === lang ? "cell-lead" : "cell-other"}`}>
      <p className="cell-label">{label(release, slot, lang, t)}</p>
      <p>
        {own.kind === "official" && t("provenance.official", { institution })}
        {own.kind === "translation" && t("provenance.translation", { from: languages[own.from] ?? own.from, institution })}
        {own.kind === "digest" && t("provenance.digest", { institution })}{" "}
        {official.kind === "official" ? (
          <ExternalLink href={official.url} hrefLang={own.kind === "translation" ? own.from : slot}>
            {t("provenance.officialLink")}
          </ExternalLink>
        ) : (
          <a href="#sources-heading">{t("bilingual.sourcesLink")}</a>
        )}
      </p>
    </div>
  );
}

/** "English · our translation", in the page's language. */
function label(release: ReleaseFile, slot: Lang, lang: Lang, t: ReturnType<typeof useT>): string {
  return t("bilingual.label", {
    lang: release.shown[lang].languages[slot] ?? slot,
    kind: t(`provenance.kind.${release.provenance[slot].kind}`),
  });
}

/** One language's side of a pair, marked with its language and what it is; a text missing in it is an explicit gap. */
function PairCell({ release, cell, children }: { release: ReleaseFile; cell: Cell; children: (text: string, lang: Lang) => ReactNode }) {
  const lang = useLang();
  const t = useT();
  const ui = cell.slot === lang ? undefined : lang;
  return (
    <div lang={cell.slot} className={`cell ${cell.slot === lang ? "cell-lead" : "cell-other"}${cell.text === null ? " cell-gap" : ""}`}>
      <p className="cell-label" lang={ui}>
        {label(release, cell.slot, lang, t)}
      </p>
      {cell.text === null ? (
        <p className="gap" lang={ui}>
          {t("bilingual.gap", { lang: release.shown[lang].languages[cell.slot] ?? cell.slot })}
        </p>
      ) : (
        children(cell.text, cell.lang)
      )}
    </div>
  );
}

/** A block's text in one language: a paragraph, a quotation with its speaker, or a caption. */
function BlockText({ release, block, text, lang, slot }: { release: ReleaseFile; block: Block; text: string; lang: Lang; slot: Lang }) {
  const page = useLang();
  const t = useT();
  const own = lang === slot ? undefined : lang;
  const ui = slot === page ? undefined : page;
  switch (block.type) {
    case "paragraph":
      return <p lang={own}>{text}</p>;
    case "quote": {
      const speaker = release.people.find((p) => p.id === block.speaker);
      const provenance = release.provenance[slot];
      // Words we translated are not the words spoken: said at the quotation, as in the article.
      const translated = provenance.kind === "translation" && lang === slot;
      const name = speaker && pick(speaker.name, slot);
      const role = speaker && pick(speaker.role, slot);
      return (
        <figure>
          <blockquote>
            <p lang={own}>{text}</p>
          </blockquote>
          {(name || translated) && (
            <figcaption>
              {name && role && (
                <>
                  <span lang={name.lang === slot ? undefined : name.lang}>{name.text}</span>,{" "}
                  <span lang={role.lang === slot ? undefined : role.lang}>{role.text}</span>
                </>
              )}
              {translated && (
                <span className="translation-mark" lang={ui}>
                  {" "}
                  ({t("article.ourTranslation", { from: release.shown[page].languages[provenance.from] ?? provenance.from })})
                </span>
              )}
            </figcaption>
          )}
        </figure>
      );
    }
    case "image":
      return (
        <p className="caption">
          <span className="caption-label" lang={ui}>
            {t("bilingual.caption")}
          </span>{" "}
          <span lang={own}>{text}</span>
        </p>
      );
  }
}
