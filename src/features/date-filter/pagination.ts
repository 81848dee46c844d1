// Long lists are cut into pages (?page=N) so that a page's size, not the corpus's, sets its cost.

export const PAGE_SIZE = 50;

export type PageProblem = { kind: "badPage"; value: string } | { kind: "pageTooFar"; value: string; last: number };

export type Paged<T> = { items: T[]; page: number; pages: number; total: number; problem?: PageProblem };

/** Cuts `items` at the page the URL asks for; a page that is not a number, or too far, is reported. */
export function paginate<T>(items: T[], params: URLSearchParams, size = PAGE_SIZE): Paged<T> {
  const raw = params.get("page");
  const pages = Math.max(1, Math.ceil(items.length / size));
  let page = 1;
  let problem: PageProblem | undefined;
  if (raw !== null && raw !== "") {
    if (/^[1-9]\d{0,8}$/.test(raw)) page = Number(raw);
    else problem = { kind: "badPage", value: raw.length > 20 ? `${raw.slice(0, 20)}…` : raw };
  }
  if (page > pages) {
    problem = { kind: "pageTooFar", value: String(page), last: pages };
    page = pages;
  }
  const result: Paged<T> = { items: items.slice((page - 1) * size, page * size), page, pages, total: items.length };
  if (problem) result.problem = problem;
  return result;
}
