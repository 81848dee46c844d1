import { Link, useLocation } from "react-router";
import { useT } from "../../i18n/index.ts";
import { PAGE_TURN } from "../../lib/page-turn.ts";

/** Previous / next links for a paged list; the page number lives in the URL. */
export function Pager({ page, pages }: { page: number; pages: number }) {
  const t = useT();
  const location = useLocation();
  if (pages <= 1) return null;
  const to = (n: number) => {
    const params = new URLSearchParams(location.search);
    if (n === 1) params.delete("page");
    else params.set("page", String(n));
    const search = params.toString();
    return { pathname: location.pathname, search: search ? `?${search}` : "" };
  };
  return (
    <nav className="pager" aria-label={t("pages.label")}>
      {page > 1 ? (
        <Link to={to(page - 1)} state={PAGE_TURN}>
          {t("pages.previous")}
        </Link>
      ) : (
        <span />
      )}
      <span>{t("pages.status", { page, pages })}</span>
      {page < pages ? (
        <Link to={to(page + 1)} state={PAGE_TURN}>
          {t("pages.next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
