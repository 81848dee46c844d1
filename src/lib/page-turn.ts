// A page of results turned with the pager: the view goes to the top of the new page, and focus with it
// (app/layout.tsx), not left on the pager far below.

/** The history state of a page turned. */
export const PAGE_TURN = { pageTurn: true } as const;

/** True for the history state of a page of results turned with the pager. */
export function isPageTurn(state: unknown): boolean {
  return typeof state === "object" && state !== null && "pageTurn" in state;
}
