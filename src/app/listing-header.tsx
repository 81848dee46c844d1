import type { ReactNode } from "react";
import { Link } from "react-router";
import type { CalendarFile } from "../content/data-files.ts";
import { DateFilter } from "../features/date-filter/date-filter.tsx";
import type { PageProblem } from "../features/date-filter/pagination.ts";
import { quickRangesOf } from "../features/date-filter/quick-ranges.ts";
import type { ParsedRange } from "../features/date-filter/range.ts";
import { useT } from "../i18n/index.ts";

type Props = {
  title: string;
  intro: string;
  /** The result count in words ("12 meetings"), announced to screen readers when it changes. */
  count: string;
  parsed: ParsedRange;
  calendar: CalendarFile;
  pageProblem: PageProblem | undefined;
  /** Notices about the view's own parameters, in the reader's language. */
  otherProblems?: string[];
  heading?: string;
  /** More fields for the filter form. */
  children?: ReactNode;
};

/** Title, heading, introduction and the date filter of the archive, the timeline and the decisions. */
export function ListingHeader({ title, intro, count, parsed, calendar, pageProblem, otherProblems = [], heading, children }: Props) {
  const t = useT();
  const problems = [...otherProblems];
  if (pageProblem?.kind === "badPage") problems.push(t("filter.problem.badPage", { value: pageProblem.value }));
  if (pageProblem?.kind === "pageTooFar")
    problems.push(t("filter.problem.pageTooFar", { value: pageProblem.value, last: pageProblem.last }));
  return (
    <>
      <title>{`${title} — ${t("site.titleSuffix")}`}</title>
      <h1 id="page-title" tabIndex={-1}>
        {title}
      </h1>
      <p className="intro">{intro}</p>
      <DateFilter
        parsed={parsed}
        quickRanges={quickRangesOf(calendar, t("filter.latest"))}
        otherProblems={problems}
        count={count}
        {...(heading ? { heading } : {})}
      >
        {children}
      </DateFilter>
    </>
  );
}

/** What an empty list says, with a way to clear what emptied it. */
export function EmptyList({ message, clear }: { message: string; clear?: string }) {
  return (
    <p className="empty">
      {message}{" "}
      {clear && (
        <Link to={{ search: "" }} preventScrollReset>
          {clear}
        </Link>
      )}
    </p>
  );
}
