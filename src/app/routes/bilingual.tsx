import { data, type LoaderFunctionArgs, useLoaderData } from "react-router";
import { pickText } from "../../components/local-text.tsx";
import { PageHead } from "../../components/page-head.tsx";
import { summarise } from "../../content/derive.ts";
import { PARAGRAPH_STRINGS, ParagraphMark } from "../../features/article/paragraph-mark.tsx";
import { paragraphNumbers } from "../../features/article/paragraph-numbers.ts";
import { Sources } from "../../features/article/people-and-sources.tsx";
import { BilingualView } from "../../features/bilingual/bilingual-view.tsx";
import { loadLocale, useLang, useT } from "../../i18n/index.ts";
import { langParam } from "../../lib/lang.ts";
import { contentContext } from "../content-context.ts";

/** Like the article, it reads no query parameter. */
export const handle = { ignoresSearch: true };

/** The article's own file: it holds both languages, so the view asks for nothing more. */
export async function loader({ params, context }: LoaderFunctionArgs) {
  const id = params.id ?? "";
  const [release] = await Promise.all([
    context.get(contentContext).getRelease(id),
    loadLocale(langParam(params.lang), [PARAGRAPH_STRINGS]),
  ]);
  if (!release) throw data({ kind: "release", id }, { status: 404 });
  return { release };
}

/** Both languages side by side, with the article's paragraph numbers and its sources (a digest's column heads point to them). */
export function Component() {
  const { release } = useLoaderData<typeof loader>();
  const lang = useLang();
  const t = useT();
  const numbers = paragraphNumbers(release.body);
  return (
    <>
      <PageHead
        title={`${pickText(release.title, lang)} (${t("bilingual.kicker")})`}
        description={pickText(summarise(release).summary, lang)}
        type="article"
      />
      <BilingualView
        release={release}
        mark={(id) => {
          const n = numbers.get(id);
          return n === undefined ? null : <ParagraphMark id={id} n={n} />;
        }}
      />
      <footer className="release-footer">
        <Sources sources={release.sources} languages={release.shown[lang].languages} />
      </footer>
    </>
  );
}
