import type { PageProblem } from "../features/date-filter/pagination.ts";
import { useT } from "../i18n/index.ts";

/** A page number the list could not show, in the reader's language. */
export function usePageProblem(problem: PageProblem | undefined): string[] {
  const t = useT();
  if (!problem) return [];
  return [
    problem.kind === "badPage"
      ? t("filter.problem.badPage", { value: problem.value })
      : t("filter.problem.pageTooFar", { value: problem.value, last: problem.last }),
  ];
}
