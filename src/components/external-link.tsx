import type { ReactNode } from "react";
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
