import { type LoaderFunctionArgs, redirect } from "react-router";
import { i18n, loadLocale } from "../i18n/index.ts";
import { isLang, LANGS, langOfTag, preferredLang } from "../lib/lang.ts";

// Looks like a language tag: "de", "DE", "fr-CA", "en_GB".
const LANGUAGE_TAG = /^[a-z]{2}(?:[-_][a-z0-9]{2,8})*$/i;

/** `/`: the saved choice, else the browser's languages. Prerendered, it is a page linking both languages. */
export async function rootLoader() {
  if (typeof document !== "undefined") return redirect(`/${preferredLang()}/`);
  await Promise.all(LANGS.map(loadLocale));
  return null;
}

/**
 * `/:lang/*`: a supported language goes on; another language tag (`/de/…`, `/FR/…`) is replaced by the best
 * supported one; a path with no language at all (`/releases/…`) gets the reader's language in front.
 */
export async function langLoader({ params, request }: LoaderFunctionArgs) {
  const segment = params.lang ?? "";
  if (isLang(segment)) {
    await loadLocale(segment);
    if (i18n.language !== segment) await i18n.changeLanguage(segment);
    return null;
  }
  const url = new URL(request.url);
  if (LANGUAGE_TAG.test(segment)) {
    const rest = url.pathname.replace(/^\/[^/]*/, "");
    throw redirect(`/${langOfTag(segment) ?? preferredLang()}${rest || "/"}${url.search}`);
  }
  throw redirect(`/${preferredLang()}${url.pathname}${url.search}`);
}
