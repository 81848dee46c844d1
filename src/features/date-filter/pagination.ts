// Long lists are cut into pages (?page=N) so that a page's size, not the corpus's, sets its cost.

export const PAGE_SIZE = 50;

export type PageProblem = { kind: "badPage"; value: string } | { kind: "pageTooFar"; value: string; last: number };

export type Paged<T> = { items: T[]; page: number; pages: number; total: number; problem?: PageProblem };

/** The page the URL asks for, among `pages`; a page that is not a number, or too far, is reported. */
export function pageOf(params: URLSearchParams, pages: number): { page: number; problem?: PageProblem } {
  const raw = params.get("page");
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
  return problem ? { page, problem } : { page };
}

export function paged<T>(items: T[], at: { page: number; problem?: PageProblem }, pages: number, total: number): Paged<T> {
  const result: Paged<T> = { items, page: at.page, pages, total };
  if (at.problem) result.problem = at.problem;
  return result;
}

/** Cuts `items` at the page the URL asks for. */
export function paginate<T>(items: T[], params: URLSearchParams, size = PAGE_SIZE): Paged<T> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const at = pageOf(params, pages);
  return paged(items.slice((at.page - 1) * size, at.page * size), at, pages, items.length);
}
