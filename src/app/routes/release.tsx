import { data, type LoaderFunctionArgs, useLoaderData } from "react-router";
import { pickText } from "../../components/local-text.tsx";
import { PageHead } from "../../components/page-head.tsx";
import { summarise } from "../../content/derive.ts";
import { ArticleBody } from "../../features/article/article-body.tsx";
import { ArticleHeader } from "../../features/article/article-header.tsx";
import { CiteLater, citeLoaded, loadCite } from "../../features/article/cite-later.tsx";
import { PARAGRAPH_STRINGS } from "../../features/article/paragraph-mark.tsx";
import { People, Sources } from "../../features/article/people-and-sources.tsx";
import { DecisionList } from "../../features/decision-list/decision-list.tsx";
import { MeetingTimeline } from "../../features/meeting-timeline/meeting-timeline.tsx";
import { loadLocale, useLang, useT } from "../../i18n/index.ts";
import { langParam } from "../../lib/lang.ts";
import { contentContext } from "../content-context.ts";

/** The article reads no query parameter, so its prerendered HTML hydrates whatever the query string. */
export const handle = { ignoresSearch: true };

export async function loader({ params, context }: LoaderFunctionArgs) {
  const id = params.id ?? "";
  const lang = langParam(params.lang);
  // The Cite block's code and strings, fetched beside the data; waited for only when the block will show at
  // once (its code is here, from an earlier page): the prerenderer loads them itself; a failure is the
  // block's own (cite-later.tsx).
  const cite = loadCite(lang).catch(() => undefined);
  const [release] = await Promise.all([
    context.get(contentContext).getRelease(id),
    loadLocale(lang, [PARAGRAPH_STRINGS]),
    citeLoaded() ? cite : undefined,
  ]);
  if (!release) throw data({ kind: "release", id }, { status: 404 });
  return { release };
}

/** The article view: headline, dates, provenance, body; the meeting timeline and the decisions beside it. */
export function Component() {
  const { release } = useLoaderData<typeof loader>();
  const lang = useLang();
  const t = useT();
  // A digest's records come from the sources it lists; an official text's (and its translation's) from that text.
  const compiledFrom = release.provenance.fr.kind === "digest" && release.provenance.en.kind === "digest" ? "sources" : "release";
  const own = release.provenance[lang];
  return (
    <article className="release">
      <PageHead title={pickText(release.title, lang)} description={pickText(summarise(release).summary, lang)} type="article" />
      <ArticleHeader release={release} />
      <ArticleBody
        blocks={release.body}
        people={release.people}
        sources={release.sources}
        {...(own.kind === "translation" ? { translatedFrom: release.shown[lang].languages[own.from] ?? own.from } : {})}
      />
      <aside className="release-aside" aria-label={`${t("timeline.heading")}, ${t("decisions.heading")}`}>
        <MeetingTimeline
          meetings={release.meetings}
          decisions={release.decisions}
          people={release.people}
          days={release.shown[lang].meetings}
          sources={release.sources}
          compiledFrom={compiledFrom}
        />
        <DecisionList
          decisions={release.decisions}
          meetings={release.meetings}
          blocks={release.body}
          sources={release.sources}
          days={release.shown[lang].decisions}
          compiledFrom={compiledFrom}
        />
      </aside>
      <footer className="release-footer">
        <People people={release.people} />
        <Sources sources={release.sources} languages={release.shown[lang].languages} />
        <CiteLater release={release} />
      </footer>
    </article>
  );
}
