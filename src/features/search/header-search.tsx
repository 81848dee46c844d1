import { Form } from "react-router";
import { useLang, useT } from "../../i18n/index.ts";
import { paths } from "../../lib/paths.ts";

/** The search field of every page's header: a GET form to the search page, which works without JavaScript. */
export function HeaderSearch() {
  const lang = useLang();
  const t = useT();
  return (
    <Form method="get" action={paths.search(lang)} role="search" aria-label={t("search.label")} className="header-search">
      <input type="search" name="q" aria-label={t("search.headerField")} maxLength={10_000} autoComplete="off" enterKeyHint="search" />
      <button type="submit">{t("search.submit")}</button>
    </Form>
  );
}
