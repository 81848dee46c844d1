import type { FormEvent, ReactNode } from "react";
import { Form, Link, useLocation, useSubmit } from "react-router";
import { useLang, useT } from "../../i18n/index.ts";
import { prepareDayFormat } from "../../lib/dates.ts";
import { useFollowUrl } from "./follow-url.ts";
import {
  type DateParam,
  describeProblem,
  describeRange,
  type ListingProblem,
  type ListingQuery,
  readListing,
  withRange,
} from "./listing-query.ts";
import { prepareMonthNames } from "./parse-date.ts";
import type { QuickRange } from "./quick-ranges.ts";

type Props = {
  query: ListingQuery;
  /** Every problem with the URL, the page's own included. */
  problems: ListingProblem[];
  quickRanges: QuickRange[];
  /** More fields of the same form (the decisions view's topic and kind). */
  children?: ReactNode;
  /** The result count, e.g. "12 meetings": announced politely to screen readers when it changes. */
  count: string;
  /** The form's heading, when it filters by more than dates. */
  heading?: string;
  /** The form's id, for fields placed elsewhere on the page (the search page's words). */
  formId?: string;
};

/**
 * The filter of the archive, the timeline and the decisions view: a GET form, so the URL holds the filter
 * and a submission is one history entry. It echoes the days it applied, in words, and names what it could
 * not use, next to the fields; a field it could not read is marked invalid and described by the message.
 */
export function FilterForm({ query, problems, quickRanges, children, count, heading, formId }: Props) {
  const lang = useLang();
  const t = useT();
  const location = useLocation();
  const { range } = query;
  const messages = problems.map((p) => describeProblem(p, lang, t));
  const applied = [
    describeRange(range, lang, t),
    ...(query.topic ? [t(`decisions.topic.${query.topic}`)] : []),
    ...(query.kind ? [t(`decisions.kind.${query.kind}`)] : []),
  ];
  const unread = (param: DateParam) => problems.some((p) => (p.kind === "invalid" || p.kind === "impossible") && p.param === param);
  const submit = useSubmit();
  // The form's own GET submission, written canonically first (a typed 15/02/2023 as 2023-02-15, empty
  // fields left out), so that the address a submission pushes is the one the listing keeps.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const fields = new URLSearchParams();
    for (const [name, value] of new FormData(event.currentTarget)) if (typeof value === "string") fields.append(name, value);
    const { canonical } = readListing(fields);
    // As a browser's own submission to the address it is already at, an unchanged filter adds no history entry.
    const replace = canonical === new URLSearchParams(location.search).toString();
    void submit(new URLSearchParams(canonical), { method: "get", action: location.pathname, preventScrollReset: true, replace });
  };

  // Reading and writing dates needs Intl's calendar data, whose first use is a long task on a phone: it is
  // loaded when the reader comes to the form, not in the press on Apply (nor with the page).
  const onFocus = () => {
    prepareDayFormat(lang);
    prepareMonthNames();
  };

  return (
    <section className="filter" aria-labelledby="filter-heading">
      {/* A static page is never filtered: without the script, the reader is told so before using the form. */}
      <noscript>
        <p className="filter-needs-js">{t("filter.needsScript")}</p>
      </noscript>
      <Form method="get" action={location.pathname} onSubmit={onSubmit} onFocus={onFocus} className="filter-form" id={formId}>
        <h2 id="filter-heading" className="filter-heading">
          {heading ?? t("filter.heading")}
        </h2>
        <p id="filter-format">{t("filter.format")}</p>
        <div className="filter-fields">
          <DateField param="from" value={query.fields.from} unread={unread("from")} />
          <DateField param="to" value={query.fields.to} unread={unread("to")} />
          {children}
          <button type="submit">{t("filter.apply")}</button>
        </div>
      </Form>
      {/* biome-ignore lint/a11y/useSemanticElements: a named group of links; a fieldset groups form controls */}
      <div className="quick-ranges" role="group" aria-labelledby="quick-ranges-label">
        <span id="quick-ranges-label">{t("filter.quick")}</span>{" "}
        {quickRanges.map((q) => (
          <Link key={q.label} to={{ pathname: location.pathname, search: withRange(location.search, q.range) }} preventScrollReset>
            {q.label}
          </Link>
        ))}
      </div>
      {messages.length > 0 && (
        <div className="filter-problems" id="filter-problems" role="alert">
          <p className="visually-hidden">{t("filter.problemsLabel")}</p>
          <ul>
            {messages.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}
      {/* Prerendered pages are unfiltered: opened from a filtered link, the page shows this until the filter applies (main.tsx). */}
      <p className="filter-applying" data-applying hidden>
        {t("filter.applying")}
      </p>
      {/* biome-ignore lint/a11y/useSemanticElements: a named group of text and a link; a fieldset groups form controls */}
      <div className="filter-echo" role="group" aria-labelledby="filter-echo-label">
        <span id="filter-echo-label">{t("filter.showing")}</span> <strong>{describeRange(range, lang, t)}</strong>
        {(range.from || range.to) && (
          <>
            {" "}
            <Link to={{ pathname: location.pathname, search: withRange(location.search, {}) }} preventScrollReset>
              {t("filter.clear")}
            </Link>
          </>
        )}
      </div>
      {/* The count with what was applied: every change of the filter is announced, even to the same count. */}
      <p className="result-count" role="status" aria-live="polite">
        {count}
        <span className="visually-hidden">{`, ${applied.join(", ")}`}</span>
      </p>
    </section>
  );
}

/**
 * A date field of the filter. It shows the URL's day (or what could not be read, to correct it), follows
 * the URL when it changes under it (Back, a quick range, Clear), and when unread is marked invalid and
 * described by the problems.
 */
function DateField({ param, value, unread }: { param: DateParam; value: string; unread: boolean }) {
  const t = useT();
  const field = useFollowUrl<HTMLInputElement>(value);
  return (
    <label>
      <span>{t(`filter.${param}`)}</span>
      <input
        ref={field}
        name={param}
        defaultValue={value}
        aria-invalid={unread || undefined}
        aria-describedby={unread ? "filter-format filter-problems" : "filter-format"}
        autoComplete="off"
      />
    </label>
  );
}
