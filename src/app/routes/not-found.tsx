import { data } from "react-router";

/** Any path under a language that is not a page. */
export function loader(): never {
  throw data(null, { status: 404 });
}

export function Component() {
  return null; // never rendered: the loader always throws to the page error boundary
}
