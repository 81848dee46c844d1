import type { ReactNode } from "react";
import { Link } from "react-router";

/** A link within the app: to a place on this page (#fragment) as a plain link, to another page through the router. */
export function RefLink({ href, children }: { href: string; children: ReactNode }) {
  return href.startsWith("#") ? <a href={href}>{children}</a> : <Link to={href}>{children}</Link>;
}
