import { LocalText, pick, pickText } from "../../components/local-text.tsx";
import { pickSources, SourceLinks } from "../../components/source-links.tsx";
import type { Block, Person, Source } from "../../content/schema.ts";
import { useLang, useT } from "../../i18n/index.ts";
import { localImage } from "../../lib/urls.ts";
import { ParagraphMark } from "./paragraph-mark.tsx";
import { paragraphNumbers } from "./paragraph-numbers.ts";

type BodyProps = {
  blocks: Block[];
  people: Person[];
  sources: Source[];
  /** Set when the page language's text is our translation: its quotations are marked as translated from this
   *  language, named in the page's language ("French"). */
  translatedFrom?: string;
};

/** The body blocks in order; each block's id is its #fragment in both languages, each paragraph's number ¶ n in the margin. */
export function ArticleBody({ blocks, people, sources, translatedFrom }: BodyProps) {
  const numbers = paragraphNumbers(blocks);
  return (
    <div className="article-body">
      {blocks.map((block, i) => (
        <BodyBlock
          key={block.id}
          block={block}
          people={people}
          sources={sources}
          lead={i === 0}
          n={numbers.get(block.id)}
          {...(translatedFrom ? { translatedFrom } : {})}
        />
      ))}
    </div>
  );
}

function BodyBlock({
  block,
  people,
  sources,
  lead,
  n,
  translatedFrom,
}: {
  block: Block;
  people: Person[];
  sources: Source[];
  lead: boolean;
  /** The paragraph's number, for paragraphs and quotations. */
  n: number | undefined;
  translatedFrom?: string;
}) {
  const mark = n === undefined ? null : <ParagraphMark id={block.id} n={n} />;
  const lang = useLang();
  const t = useT();
  switch (block.type) {
    case "paragraph":
      return (
        <div id={block.id} data-anchor tabIndex={-1} className={lead ? "block block-lead" : "block"}>
          {mark}
          <LocalText as="p" text={block.text} />
          <SourceLinks sources={pickSources(sources, block.sources)} className="block-sources" />
        </div>
      );
    case "quote": {
      const speaker = people.find((p) => p.id === block.speaker);
      // Words we translated are not the words spoken: say so at the quotation, not only in the page's notice.
      const translated = translatedFrom && pick(block.text, lang).lang === lang;
      return (
        <figure id={block.id} data-anchor tabIndex={-1} className="block block-quote">
          {mark}
          <blockquote>
            <LocalText as="p" text={block.text} />
          </blockquote>
          {speaker && (
            <figcaption>
              <a href={`#person-${speaker.id}`}>{pickText(speaker.name, lang)}</a>, <LocalText text={speaker.role} />
              {translated && <span className="translation-mark"> ({t("article.ourTranslation", { from: translatedFrom })})</span>}
            </figcaption>
          )}
          {!speaker && translated && (
            <figcaption className="translation-mark">({t("article.ourTranslation", { from: translatedFrom })})</figcaption>
          )}
        </figure>
      );
    }
    case "image": {
      const src = block.src ? localImage(block.src) : undefined;
      return (
        <figure id={block.id} data-anchor tabIndex={-1} className="block block-image">
          {src && block.alt ? (
            <img src={src} alt={pickText(block.alt, lang)} loading="lazy" />
          ) : (
            <div className="photo-placeholder">{t("article.photoNotReproduced")}</div>
          )}
          <figcaption>
            <LocalText text={block.caption} />
            {block.credit && <span className="credit">{t("article.photoCredit", { credit: block.credit })}</span>}
          </figcaption>
        </figure>
      );
    }
  }
}
