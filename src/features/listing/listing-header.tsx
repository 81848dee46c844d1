import type { ReactNode } from "react";
import { Link } from "react-router";
import { PageHead } from "../../components/page-head.tsx";
import type { CalendarFile } from "../../content/data-paths.ts";
import type { Page } from "../../content/queries.ts";
import { useT } from "../../i18n/index.ts";
import { FilterForm } from "./filter-form.tsx";
import { type ListingQuery, listingProblems } from "./listing-query.ts";
import { quickRangesOf } from "./quick-ranges.ts";

type Props = {
  title: string;
  /** The window's title and the shared link's, when it says more than the heading (the words searched). */
  pageTitle?: string;
  intro: string;
  /** The result count in words ("12 meetings"), announced to screen readers when it changes. */
  count: string;
  query: ListingQuery;
  /** The page shown, of how many: a page asked for past the last is reported. */
  page: Pick<Page<unknown>, "page" | "pages">;
  calendar: CalendarFile;
  heading?: string;
  /** What follows the introduction (the archive's subscribe link). */
  afterIntro?: ReactNode;
  /** More fields for the filter form. */
  children?: ReactNode;
  /** The filter form's id, for fields placed elsewhere on the page. */
  formId?: string;
};

/** Title, heading, introduction and the filter of the archive, the timeline and the decisions. */
export function ListingHeader({ title, pageTitle, intro, count, query, page, calendar, heading, afterIntro, children, formId }: Props) {
  const t = useT();
  return (
    <>
      <PageHead title={pageTitle ?? title} description={intro} />
      <h1 id="page-title" tabIndex={-1}>
        {title}
      </h1>
      <p className="intro">{intro}</p>
      {afterIntro}
      <FilterForm
        query={query}
        problems={listingProblems(query, page)}
        quickRanges={quickRangesOf(calendar, t("filter.latest"))}
        count={count}
        {...(heading ? { heading } : {})}
        {...(formId ? { formId } : {})}
      >
        {children}
      </FilterForm>
    </>
  );
}

/** What an empty list says, with a way to clear what emptied it. */
export function EmptyList({ message, clear }: { message: string; clear?: string }) {
  const t = useT();
  return (
    <section className="empty" aria-labelledby="empty-heading">
      <h2 id="empty-heading">{t("filter.noResults")}</h2>
      <p>
        {message}{" "}
        {clear && (
          <Link to={{ search: "" }} preventScrollReset>
            {clear}
          </Link>
        )}
      </p>
    </section>
  );
}
