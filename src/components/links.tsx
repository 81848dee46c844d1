import type { ReactNode } from "react";
import { Link } from "react-router";
import { externalHref } from "../lib/urls.ts";

/** A link to another site; an address that is not http(s) is shown as text, never as a link. */
export function ExternalLink({ href, hrefLang, children }: { href: string; hrefLang?: string; children: ReactNode }) {
  const safe = externalHref(href);
  return safe ? (
    <a href={safe} hrefLang={hrefLang}>
      {children}
    </a>
  ) : (
    <span>{children}</span>
  );
}

/** A link within the app: to a place on this page (#fragment) as a plain link, to another page through the router. */
export function RefLink({ href, children }: { href: string; children: ReactNode }) {
  return href.startsWith("#") ? <a href={href}>{children}</a> : <Link to={href}>{children}</Link>;
}
