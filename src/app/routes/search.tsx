import { type LoaderFunctionArgs, useLoaderData, useRevalidator } from "react-router";
import { DECISION_KINDS } from "../../content/vocabulary.ts";
import { ListingHeader } from "../../features/listing/listing-header.tsx";
import { listingQueryOf } from "../../features/listing/listing-query.ts";
import { Pager } from "../../features/listing/pager.tsx";
import { SelectField } from "../../features/listing/select-field.tsx";
import { findReleases, loadSearch, SEARCH_RESULTS_STRINGS, SEARCH_STRINGS } from "../../features/search/find-releases.ts";
import { SearchField } from "../../features/search/search-field.tsx";
import { NothingToSearch, SearchFailed, SearchGuide, SearchNeedsScript } from "../../features/search/search-notices.tsx";
import { MAX_QUERY_CHARS, readSearch, type StopWords, searchLangs } from "../../features/search/search-query.ts";
import { NoResultsLater, SearchResultsLater } from "../../features/search/search-results-later.tsx";
import { loadLocale, useLang, useT } from "../../i18n/index.ts";
import { langParam } from "../../lib/lang.ts";
import { clip, isolate } from "../../lib/text.ts";
import { contentContext } from "../content-context.ts";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const lang = langParam(params.lang);
  const listing = listingQueryOf(request, { filters: true });
  const asked = new URL(request.url).searchParams;
  // The stop words load with a query, not with the page (the guide needs none), while the engine starts to
  // load; if they cannot load, every word is searched (and the search, offline too, says it failed).
  const words = asked.get("q")?.trim();
  if (words && !import.meta.env.SSR) void loadSearch(lang).catch(() => {});
  const stopWords: StopWords = words
    ? await import("../../features/search/stop-words.ts").then(
        (m) => m.isStopWord,
        () => () => false,
      )
    : () => false;
  const search = readSearch(asked, lang, stopWords);
  const [found, calendar] = await Promise.all([
    findReleases(search, lang, listing),
    context.get(contentContext).getCalendar(),
    // What says there is nothing to search for, or that the words were cut, is in the results' words: no first paint needs it.
    loadLocale(lang, search.onlyStopWords || search.noWords || search.cut ? [SEARCH_STRINGS, SEARCH_RESULTS_STRINGS] : [SEARCH_STRINGS]),
  ]);
  return { listing, search, found, calendar };
}

const FORM_ID = "search-form";

/** `/:lang/search?q=`: the releases that hold the words, with the listings' filters. */
export function Component() {
  const { listing, search, found, calendar } = useLoaderData<typeof loader>();
  const lang = useLang();
  const t = useT();
  const revalidator = useRevalidator();
  const q = isolate(clip(search.q));
  const filtered = Boolean(listing.range.from || listing.range.to || listing.topic || listing.kind);
  const nothingToSearch = search.onlyStopWords ? "stopWords" : search.noWords ? "noWords" : null;
  const said =
    found.kind === "found"
      ? t(search.both ? "search.countBoth" : "search.count", { count: found.total, q }) // both: a release's two texts are two results
      : found.kind === "failed"
        ? t("search.failed.heading")
        : nothingToSearch
          ? t("search.stopWords.heading")
          : t("search.countEmpty");
  // A query cut to its first characters is said where the count is, and announced with it.
  const count = search.cut ? `${t("search.cut", { max: MAX_QUERY_CHARS })} ${said}` : said;
  const withoutFilters = () => {
    const params = new URLSearchParams();
    params.set("q", search.q);
    if (search.both) params.set("in", "both");
    return `?${params}`;
  };
  const retry = () => {
    document.getElementById("search-q")?.focus();
    void revalidator.revalidate();
  };
  return (
    <div className="listing search-view">
      <ListingHeader
        title={t("search.title")}
        // The words in the tab, the history and a shared link: "ukraine — Search".
        {...(search.q ? { pageTitle: `${clip(search.q)} — ${t("search.title")}` } : {})}
        intro={t("search.intro")}
        count={count}
        query={listing}
        // Without results (none searched, or the search failed), how many pages there are is not known: no
        // page is reported as past the last.
        page={found.kind === "found" ? found : { page: listing.page, pages: listing.page }}
        calendar={calendar}
        heading={t("search.filterHeading")}
        formId={FORM_ID}
        afterIntro={
          <>
            <SearchNeedsScript />
            <SearchField query={search} form={FORM_ID} other={t("search.otherLanguage")} langs={searchLangs(search, lang)} />
          </>
        }
      >
        <SelectField
          label={t("filter.topic")}
          name="topic"
          value={listing.topic}
          any={t("filter.anyTopic")}
          options={calendar.topics.map((value) => ({ value, label: t(`decisions.topic.${value}`) }))}
        />
        <SelectField
          label={t("filter.kind")}
          name="kind"
          value={listing.kind}
          any={t("filter.anyKind")}
          options={DECISION_KINDS.map((value) => ({ value, label: t(`decisions.kind.${value}`) }))}
        />
      </ListingHeader>
      {found.kind === "none" && (nothingToSearch ? <NothingToSearch q={q} why={nothingToSearch} /> : <SearchGuide />)}
      {found.kind === "failed" && <SearchFailed retry={retry} />}
      {found.kind === "found" && found.total === 0 && <NoResultsLater q={q} filtered={filtered} clearFilters={withoutFilters()} />}
      {found.kind === "found" && found.total > 0 && (
        <section className="search-found" aria-labelledby="search-results-heading">
          <h2 id="search-results-heading">{t("search.resultsHeading")}</h2>
          <SearchResultsLater hits={found.hits} />
          <Pager page={found.page} pages={found.pages} />
        </section>
      )}
    </div>
  );
}
