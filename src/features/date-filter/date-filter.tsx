import type { FormEvent, ReactNode } from "react";
import { Link, useLocation, useNavigate } from "react-router";
import { useLang, useT } from "../../i18n/index.ts";
import { formatDay } from "../../lib/dates.ts";
import type { Lang } from "../../lib/lang.ts";
import { afterPaint, yieldToMain } from "../../lib/yield.ts";
import { useFollowUrl } from "./follow-url.ts";
import { type ParsedRange, type Range, type RangeProblem, withRange } from "./range.ts";

export type QuickRange = { label: string; range: Range };

type Props = {
  parsed: ParsedRange;
  quickRanges: QuickRange[];
  /** Messages about other parameters of the view (topic, kind, page), already in the reader's language. */
  otherProblems?: string[];
  /** More fields of the same form (the decisions view's topic and kind). */
  children?: ReactNode;
  /** The result count, e.g. "12 meetings": announced politely to screen readers when it changes. */
  count: string;
  /** The form's heading, when it filters by more than dates. */
  heading?: string;
};

/** What the filter applied, in words: "14 février 2023 – 15 février 2023", "since 1 June 2023". */
export function describeRange(range: Range, lang: Lang, t: ReturnType<typeof useT>): string {
  const from = range.from ? formatDay(range.from, lang) : undefined;
  const to = range.to ? formatDay(range.to, lang) : undefined;
  if (from && to) return range.from === range.to ? from : t("filter.echo.between", { from, to });
  if (from) return t("filter.echo.since", { from });
  if (to) return t("filter.echo.until", { to });
  return t("filter.echo.all");
}

function describeProblem(p: RangeProblem, lang: Lang, t: ReturnType<typeof useT>): string {
  if (p.kind === "reversed") return t("filter.problem.reversed", { from: formatDay(p.from, lang), to: formatDay(p.to, lang) });
  // invalid and impossible name the field ("Du", "From"); repeated names the parameter as the URL has it.
  return t(`filter.problem.${p.kind}`, { ...p, field: t(`filter.${p.param}`) });
}

/**
 * Set by a press on Apply with a mouse or a finger, read by the submission that follows. The press leaves
 * the focus in the field just typed in: moving it there and then (the field's change event and caret, the
 * button's focus) was most of the work of the frame that shows the press. The field is left in a task of
 * its own once the click is drawn, as where buttons take no focus from a click (Safari). At 10,000
 * releases and 4x CPU, presses shown within 16 ms went from 37 to 46 of 57.
 */
let pressed = false;

/**
 * The date-range filter shared by the archive, the timeline and the decisions view. The URL holds the
 * filter: the form (GET, so it works without JavaScript) and the quick ranges each make one history entry.
 */
export function DateFilter({ parsed, quickRanges, otherProblems = [], children, count, heading }: Props) {
  const lang = useLang();
  const t = useT();
  const location = useLocation();
  const navigate = useNavigate();
  const params = new URLSearchParams(location.search);
  const problems = [...parsed.problems.map((p) => describeProblem(p, lang, t)), ...otherProblems];
  const { range } = parsed;
  const fromField = useFollowUrl<HTMLInputElement>(range.from ?? "");
  const toField = useFollowUrl<HTMLInputElement>(range.to ?? "");

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget)) {
      if (typeof value === "string" && value !== "") next.append(key, value);
    }
    const search = next.toString();
    const leave = pressed;
    pressed = false;
    // Navigate after the next frame: the browser first paints the reader's click, then the list changes.
    void afterPaint().then(() => {
      navigate({ pathname: location.pathname, search: search ? `?${search}` : "" }, { preventScrollReset: true });
      // A phone's keyboard goes with the field's focus; a task of its own, while the results load.
      if (leave) void yieldToMain().then(() => (document.activeElement as HTMLElement | null)?.blur());
    });
  };

  return (
    <section className="filter" aria-labelledby="filter-heading">
      <form method="get" action={location.pathname} onSubmit={submit} className="filter-form">
        <h2 id="filter-heading" className="filter-heading">
          {heading ?? t("filter.heading")}
        </h2>
        {/* Days are typed as text, as the URL writes them (YYYY-MM-DD): browser date fields show the browser's own
            format (mm/dd/yyyy on a French page here), and each built its shadow tree and the locale's date
            pattern in the page's first layout, 45 ms at 1x of the archive's and the timeline's first paint. */}
        <p id="filter-format">{t("filter.format")}</p>
        <div className="filter-fields">
          <label>
            <span>{t("filter.from")}</span>
            <input ref={fromField} name="from" defaultValue={range.from ?? ""} aria-describedby="filter-format" />
          </label>
          <label>
            <span>{t("filter.to")}</span>
            <input ref={toField} name="to" defaultValue={range.to ?? ""} aria-describedby="filter-format" />
          </label>
          {children}
          <button
            type="submit"
            onMouseDown={(event) => {
              event.preventDefault();
              pressed = true;
            }}
          >
            {t("filter.apply")}
          </button>
        </div>
      </form>
      <p className="quick-ranges">
        <span>{t("filter.quick")}</span>{" "}
        {quickRanges.map((q) => (
          <Link key={q.label} to={{ pathname: location.pathname, search: withRange(params, q.range) }} preventScrollReset>
            {q.label}
          </Link>
        ))}
      </p>
      {problems.length > 0 && (
        <div className="filter-problems" role="alert">
          <p className="visually-hidden">{t("filter.problemsLabel")}</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <p className="filter-echo">
        {t("filter.showing")} <strong>{describeRange(range, lang, t)}</strong>
        {(range.from || range.to) && (
          <>
            {" "}
            <Link to={{ pathname: location.pathname, search: withRange(params, {}) }} preventScrollReset>
              {t("filter.clear")}
            </Link>
          </>
        )}
      </p>
      <p className="result-count" role="status" aria-live="polite">
        {count}
      </p>
    </section>
  );
}
