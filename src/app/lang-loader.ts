import { type LoaderFunctionArgs, redirect } from "react-router";
import { isLang, LANGS, type Lang } from "../content/vocabulary.ts";
import { i18n, loadLocale } from "../i18n/index.ts";
import { langOfTag, preferredLang } from "../lib/lang.ts";
import { appPath, canonicalPath } from "../lib/paths.ts";

// Looks like a language tag: "de", "DE", "fr-CA", "en_GB".
const LANGUAGE_TAG = /^[a-z]{2}(?:[-_][a-z0-9]{2,8})*$/i;

/** `/`: the saved choice, else the browser's languages. Prerendered, it is a page linking both languages. */
export async function rootLoader() {
  if (typeof document !== "undefined") return redirect(`/${preferredLang()}/`);
  await Promise.all(LANGS.map((lang) => loadLocale(lang)));
  return null;
}

/**
 * Where a path under the app's base must go, or null when its first segment is a supported language:
 * another language tag (`/de/…`, `/FR/…`) is replaced by the best supported one; a path with no language
 * (`/releases/…`) gets the reader's language in front. Pure, so that any URL can be tried against it.
 */
export function languageRedirect(appPath: string, search: string, preferred: Lang): string | null {
  const segment = appPath.split("/")[1] ?? "";
  if (isLang(segment)) return null;
  if (LANGUAGE_TAG.test(segment)) {
    const rest = appPath.slice(segment.length + 1);
    return `/${langOfTag(segment) ?? preferred}${rest || "/"}${search}`;
  }
  return `/${preferred}${appPath.startsWith("/") ? appPath : `/${appPath}`}${search}`;
}

/**
 * `/:lang/*`: a path the static host would redirect goes to the same place (see canonicalPath); a supported
 * language loads its strings; anything else is redirected (see languageRedirect).
 */
export async function langLoader({ params, request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const canonical = canonicalPath(appPath(url.pathname));
  if (canonical !== null) throw redirect(`${canonical}${url.search}`);
  const segment = params.lang ?? "";
  if (isLang(segment)) {
    await loadLocale(segment);
    if (i18n.language !== segment) await i18n.changeLanguage(segment);
    return null;
  }
  throw redirect(languageRedirect(appPath(url.pathname), url.search, preferredLang()) ?? "/");
}
